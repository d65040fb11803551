import { databaseTestTargets } from '@thidua/db/testing';
import { nthWorkingDay } from '@thidua/vocabulary';
import { describe, expect, it } from 'vitest';
import { auditOf, useTestApp } from './harness';
import { buildWorld, type ErrorJson, fileDossier } from './meetings-awards-fixtures';
import { SAMPLES, upload } from './scoring-fixture';

// Issue #14 §2: the lists of orders, State honorary titles and national emulation fighters are posted
// publicly for at least 10 working days before the council deliberates (Nghị định 152/2025/NĐ-CP
// Art. 44); the comments received are recorded with their handling.

type Posting = {
  required: boolean;
  startsOn: string | null;
  endsOn: string | null;
  place: string | null;
  workingDays: number | null;
  earliestEndOn: string | null;
  batchVersion: number;
  comments: { id: string; sender: string | null; senderName: string; content: string; version: number }[];
  abilities: { change: boolean };
};

describe.each(databaseTestTargets())('public posting of a dossier batch on $name', (target) => {
  const { db, app, as } = useTestApp(target);

  async function batchWith(kind: string, awardName: string | null = null) {
    const world = await buildWorld(db(), { members: 3, scored: false });
    const office = await as(world.users.standingOffice.username);
    const { batch, dossier } = await fileDossier(office, world, 'Đợt đề nghị cấp Nhà nước', {
      kind,
      level: 'national',
      awardName,
    });
    return { world, office, batch, dossier };
  }

  it('refuses a posting shorter than 10 working days, naming the earliest valid end (Tết 2026 in between)', async () => {
    const { office, batch } = await batchWith('huanChuong', 'Huân chương Lao động hạng Ba');
    const url = `/dossier-batches/${batch.id}`;
    const short = await office.patch(url, {
      version: batch.version,
      postingStartsOn: '2026-02-09',
      postingEndsOn: '2026-02-26',
      postingPlace: 'Cổng thông tin điện tử của tỉnh',
    });
    expect(short.statusCode).toBe(400);
    expect(short.json<ErrorJson>().error.fields).toEqual([
      {
        path: 'body.postingEndsOn',
        message:
          'phải công khai ít nhất 10 ngày làm việc (Điều 44 Nghị định 152/2025/NĐ-CP): ngày kết thúc sớm nhất là 27/02/2026',
      },
    ]);
    const partial = await office.patch(url, { version: batch.version, postingStartsOn: '2026-02-09' });
    expect(partial.statusCode).toBe(400);
    expect(partial.json<ErrorJson>().error.fields!.map((f) => f.path)).toEqual([
      'body.postingEndsOn',
      'body.postingPlace',
    ]);

    const before = (await office.get(`${url}/posting`)).json<Posting>();
    expect(before).toMatchObject({ required: true, startsOn: null, workingDays: null, comments: [] });

    const ok = await office.patch(url, {
      version: batch.version,
      postingStartsOn: '2026-02-09',
      postingEndsOn: '2026-02-27',
      postingPlace: 'Cổng thông tin điện tử của tỉnh',
      reason: 'Niêm yết theo Điều 44',
    });
    expect(ok.statusCode, ok.body).toBe(200);
    const posting = (await office.get(`${url}/posting`)).json<Posting>();
    expect(posting).toMatchObject({
      required: true,
      startsOn: '2026-02-09',
      endsOn: '2026-02-27',
      place: 'Cổng thông tin điện tử của tỉnh',
      workingDays: 10,
      earliestEndOn: '2026-02-27',
      abilities: { change: true },
    });
    const [audited] = await auditOf(db(), batch.id, 'update');
    expect(audited).toMatchObject({ reason: 'Niêm yết theo Điều 44' });
    expect(audited!.new).toMatchObject({ postingEndsOn: '2026-02-27' });
  });

  it('approves a dossier that Art. 44 covers only after the posting has ended', async () => {
    const { office, batch, dossier } = await batchWith('other', 'Nhà giáo ưu tú');
    const kinds = ['toTrinh', 'baoCaoThanhTich', 'bienBan', 'danhSachTrichNgang'];
    for (const [i, kind] of kinds.entries()) {
      const sent = await upload(app(), office, `/dossiers/${dossier.id}/components?kind=${kind}`, {
        name: `${kind}.pdf`,
        bytes: Buffer.concat([SAMPLES.pdf, Buffer.from(`% ${i}\n`)]),
      });
      expect(sent.statusCode, sent.body).toBe(201);
    }
    const appraise = (appraisedOn: string) =>
      office.post(`/dossiers/${dossier.id}/appraisal`, {
        version: dossier.version,
        outcome: 'approved',
        appraisedOn,
      });
    const unposted = await appraise('2072-03-20');
    expect(unposted.statusCode).toBe(409);
    expect(unposted.json<ErrorJson>().error).toMatchObject({ code: 'POSTING_NOT_ENDED' });
    expect(unposted.json<ErrorJson>().error.message).toContain('Điều 44 Nghị định 152/2025/NĐ-CP');

    const end = nthWorkingDay('2072-03-01', 10);
    const posted = await office.patch(`/dossier-batches/${batch.id}`, {
      version: batch.version,
      postingStartsOn: '2072-03-01',
      postingEndsOn: end,
      postingPlace: 'Trụ sở Sở Nội vụ',
    });
    expect(posted.statusCode, posted.body).toBe(200);
    const onLastDay = await appraise(end);
    expect(onLastDay.statusCode).toBe(409);
    expect(onLastDay.json<ErrorJson>().error.code).toBe('POSTING_NOT_ENDED');
    const [y, m, d] = end.split('-');
    expect(onLastDay.json<ErrorJson>().error.message).toContain(`kết thúc ngày ${d}/${m}/${y}`);

    const after = await appraise('2072-03-31');
    expect(after.statusCode, after.body).toBe(200);
  });

  it('records comments with their handling: the standing office adds, edits (versioned), deletes; audited; closed after an appraisal', async () => {
    const { world, office, batch, dossier } = await batchWith('chienSiThiDuaToanQuoc');
    const url = `/dossier-batches/${batch.id}/posting-comments`;
    const anonymous = await office.post(url, {
      receivedOn: '2072-03-05',
      sender: '',
      content: 'Đề nghị làm rõ thành tích năm 2071',
    });
    expect(anonymous.statusCode, anonymous.body).toBe(201);
    const comment = anonymous.json<{ id: string; version: number; senderName: string }>();
    expect(comment.senderName).toBe('ẩn danh');
    const named = await office.post(url, {
      receivedOn: '2072-03-06',
      sender: 'Ông Nguyễn Văn A',
      content: 'Đồng ý với danh sách',
      response: 'Ghi nhận',
    });
    expect(named.statusCode).toBe(201);

    const member = await as(world.users.member.username);
    const read = (await member.get(`/dossier-batches/${batch.id}/posting`)).json<Posting>();
    expect(read.comments.map((c) => c.senderName)).toEqual(['ẩn danh', 'Ông Nguyễn Văn A']);
    expect(read.abilities.change).toBe(false);
    expect((await member.post(url, { receivedOn: '2072-03-05', content: 'x' })).statusCode).toBe(403);
    expect(
      (await member.patch(`/posting-comments/${comment.id}`, { version: 1, content: 'y' })).statusCode,
    ).toBe(403);
    const stranger = await as(world.users.stranger.username);
    expect((await stranger.get(`/dossier-batches/${batch.id}/posting`)).statusCode).toBe(404);

    const empty = await office.post(url, { receivedOn: '2072-03-05', content: ' ' });
    expect(empty.statusCode).toBe(400);

    const edited = await office.patch(`/posting-comments/${comment.id}`, {
      version: comment.version,
      response: 'Đã xác minh, thành tích đúng',
      reason: 'Bổ sung kết quả xử lý',
    });
    expect(edited.statusCode, edited.body).toBe(200);
    const stale = await office.patch(`/posting-comments/${comment.id}`, {
      version: comment.version,
      content: 'cũ',
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json<ErrorJson>().error.code).toBe('STALE');
    const events = await auditOf(db(), comment.id);
    expect(events.map((e) => [e.entityType, e.action, e.reason])).toEqual([
      ['dossierPostingComment', 'create', null],
      ['dossierPostingComment', 'update', 'Bổ sung kết quả xử lý'],
    ]);

    const namedId = named.json<{ id: string; version: number }>();
    const removed = await office.delete(`/posting-comments/${namedId.id}?version=${namedId.version}`);
    expect(removed.statusCode).toBe(204);
    expect((await auditOf(db(), namedId.id, 'delete')).length).toBe(1);

    // Once a dossier of the batch is appraised (here returned), the comments are closed.
    const returned = await office.post(`/dossiers/${dossier.id}/appraisal`, {
      version: dossier.version,
      outcome: 'returned',
      reason: 'Thiếu báo cáo thành tích',
    });
    expect(returned.statusCode, returned.body).toBe(200);
    const late = await office.post(url, { receivedOn: '2072-03-07', content: 'Ý kiến muộn' });
    expect(late.statusCode).toBe(409);
    expect(late.json<ErrorJson>().error.code).toBe('POSTING_CLOSED');
    expect((await office.get(`/dossier-batches/${batch.id}/posting`)).json<Posting>().abilities.change).toBe(
      false,
    );
  });

  it('needs no posting for awards outside Art. 44', async () => {
    const { office, batch } = await batchWith('bangKhen', 'Bằng khen của Thủ tướng Chính phủ');
    const posting = (await office.get(`/dossier-batches/${batch.id}/posting`)).json<Posting>();
    expect(posting.required).toBe(false);
  });
});
