import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { auditLog, evidenceFiles } from '@thidua/db';
import { databaseTestTargets } from '@thidua/db/testing';
import { eq, inArray } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { type ErrorJson, useTestApp } from './harness';
import {
  buildScoringCluster,
  memberSelfEntry,
  putNewEntry,
  SAMPLES,
  type ScoringCluster,
  setStage,
  upload,
  zipOf,
} from './scoring-fixture';

const MAX_UPLOAD = 64 * 1024;

describe.each(databaseTestTargets())('evidence files on $name', (target) => {
  const filesDir = mkdtempSync(join(tmpdir(), 'thidua-evidence-'));
  const { db, app, as } = useTestApp(target, { filesDir, maxUploadBytes: MAX_UPLOAD });
  const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

  const memberEntry = (fx: ScoringCluster) => memberSelfEntry(as, fx);

  const filesOf = (entryId: string) =>
    db().select().from(evidenceFiles).where(eq(evidenceFiles.entryId, entryId));

  it('refuses an upload carrying two files, naming the field; neither is kept', async () => {
    const fx = await buildScoringCluster(db());
    const { member, entryId } = await memberEntry(fx);
    const boundary = '----thiduaHaiTep';
    const part = (name: string) =>
      Buffer.concat([
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\n` +
            'Content-Type: application/pdf\r\n\r\n',
        ),
        SAMPLES.pdf,
        Buffer.from('\r\n'),
      ]);
    const response = await app().inject({
      method: 'POST',
      url: `/api/v1/entries/${entryId}/evidence`,
      headers: {
        'content-type': `multipart/form-data; boundary=${boundary}`,
        cookie: member.cookie!,
        'x-csrf-token': member.csrf!,
      },
      payload: Buffer.concat([part('mot.pdf'), part('hai.pdf'), Buffer.from(`--${boundary}--\r\n`)]),
    });
    expect(response.statusCode).toBe(400);
    expect(response.json<ErrorJson>().error).toEqual({
      code: 'VALIDATION',
      message: 'Mỗi lần chỉ gửi một tệp minh chứng',
      fields: [{ path: 'body.file', message: 'chỉ gửi một tệp mỗi lần' }],
    });
    expect(await filesOf(entryId)).toEqual([]);
  });

  it('stores an upload by content hash outside the database, lists it and serves it as an attachment', async () => {
    const fx = await buildScoringCluster(db());
    const { member, entryId } = await memberEntry(fx);
    const name = 'Báo cáo thu ngân sách 2025.pdf';
    const response = await upload(app(), member, `/entries/${entryId}/evidence`, {
      name,
      bytes: SAMPLES.pdf,
      type: 'text/html',
    });
    expect(response.statusCode).toBe(201);
    const file = response.json<{ id: string; sha256: string; mimeType: string; originalName: string }>();
    expect(file).toMatchObject({
      originalName: name,
      mimeType: 'application/pdf',
      sizeBytes: SAMPLES.pdf.length,
      sha256: sha(SAMPLES.pdf),
    });
    const blob = join(filesDir, file.sha256.slice(0, 2), file.sha256);
    expect(readFileSync(blob).equals(SAMPLES.pdf)).toBe(true);
    expect(statSync(blob).mode & 0o111).toBe(0);
    expect(readdirSync(join(filesDir, '.tmp'))).toEqual([]);
    const [event] = await db().select().from(auditLog).where(eq(auditLog.entityId, file.id));
    expect(event).toMatchObject({
      entityType: 'evidenceFile',
      action: 'create',
      actorUserId: fx.users.member.id,
    });
    expect(event!.new).toMatchObject({ originalName: name, sha256: file.sha256 });

    const list = await member.get(`/entries/${entryId}/evidence`);
    expect(list.json()).toMatchObject({ total: 1, items: [{ id: file.id, originalName: name }] });
    const sheet = await member.get(`/clusters/${fx.cluster.id}/scoring-sheet`);
    const cell = sheet
      .json<{ rows: { cells: { criterionCode: string; self: { evidenceCount: number } | null }[] }[] }>()
      .rows[0]!.cells.find((c) => c.criterionCode === 'I.1')!;
    expect(cell.self!.evidenceCount).toBe(1);

    for (const who of [
      member,
      await as(fx.users.standingOffice.username),
      await as(fx.users.deputy.username),
    ]) {
      const download = await who.get(`/evidence/${file.id}`);
      expect(download.statusCode).toBe(200);
      expect(download.rawPayload.equals(SAMPLES.pdf)).toBe(true);
      expect(download.headers['content-type']).toBe('application/pdf');
      expect(download.headers['x-content-type-options']).toBe('nosniff');
      expect(download.headers['content-disposition']).toBe(
        `attachment; filename="Bao cao thu ngan sach 2025.pdf"; filename*=UTF-8''${encodeURIComponent(name)}`,
      );
    }
  });

  it('accepts every allowed type, stores identical content once and refuses the same file twice', async () => {
    const fx = await buildScoringCluster(db());
    const { member, entryId } = await memberEntry(fx);
    const samples: [string, Buffer, string][] = [
      ['anh.png', SAMPLES.png, 'image/png'],
      ['anh.JPG', SAMPLES.jpeg, 'image/jpeg'],
      [
        'bien-ban.docx',
        SAMPLES.docx,
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      ],
      ['so-lieu.xlsx', SAMPLES.xlsx, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
      ['cong-van.doc', SAMPLES.doc, 'application/msword'],
    ];
    for (const [name, bytes, mime] of samples) {
      const response = await upload(app(), member, `/entries/${entryId}/evidence`, { name, bytes });
      expect([name, response.statusCode]).toEqual([name, 201]);
      expect(response.json()).toMatchObject({ mimeType: mime });
    }
    const again = await upload(app(), member, `/entries/${entryId}/evidence`, {
      name: 'lai.png',
      bytes: SAMPLES.png,
    });
    expect(again.statusCode).toBe(409);
    expect(again.json<ErrorJson>().error).toMatchObject({
      code: 'DUPLICATE',
      message: expect.stringContaining('đã được đính kèm') as string,
    });
    const other = await putNewEntry(member, fx, fx.units.member.id, 'II.2', 'self', { points: 90 });
    const otherId = other.json<{ id: string }>().id;
    expect(
      (await upload(app(), member, `/entries/${otherId}/evidence`, { name: 'anh.png', bytes: SAMPLES.png }))
        .statusCode,
    ).toBe(201);
    const hash = sha(SAMPLES.png);
    expect(readdirSync(join(filesDir, hash.slice(0, 2))).filter((f) => f === hash)).toHaveLength(1);
    expect(await filesOf(entryId)).toHaveLength(5);
  });

  it('refuses wrong, disguised, empty and oversized files with a message naming the file, saving nothing', async () => {
    const fx = await buildScoringCluster(db());
    const { member, entryId } = await memberEntry(fx);
    const url = `/entries/${entryId}/evidence`;
    const cases: [string, Buffer, number, string, string][] = [
      ['chuong-trinh.exe', SAMPLES.exe, 415, 'FILE_TYPE', 'loại tệp không được chấp nhận (.exe)'],
      ['bao-cao.pdf', SAMPLES.exe, 415, 'FILE_TYPE', 'nội dung tệp không phải PDF (đuôi .pdf)'],
      ['anh.jpg', SAMPLES.png, 415, 'FILE_TYPE', 'nội dung tệp không phải ảnh JPEG'],
      ['so-lieu.docx', SAMPLES.xlsx, 415, 'FILE_TYPE', 'nội dung tệp không phải Word (docx)'],
      ['nen.xlsx', zipOf(['a.txt']), 415, 'FILE_TYPE', 'nội dung tệp không phải Excel (xlsx)'],
      ['cong-van.xls', SAMPLES.doc, 415, 'FILE_TYPE', 'nội dung tệp không phải Excel (xls)'],
      ['khong-duoi', SAMPLES.pdf, 415, 'FILE_TYPE', 'tệp không có đuôi'],
      ['rong.pdf', Buffer.alloc(0), 400, 'VALIDATION', 'tệp rỗng'],
      [
        'lon.pdf',
        Buffer.concat([SAMPLES.pdf, Buffer.alloc(MAX_UPLOAD)]),
        413,
        'FILE_TOO_LARGE',
        'tệp vượt quá giới hạn 65536 byte',
      ],
    ];
    for (const [name, bytes, status, code, message] of cases) {
      const response = await upload(app(), member, url, { name, bytes, type: 'application/pdf' });
      expect([name, response.statusCode]).toEqual([name, status]);
      expect(response.json<ErrorJson>().error).toMatchObject({
        code,
        fields: [{ path: 'body.file', message: expect.stringContaining(message) as string }],
      });
    }
    const json = await member.post(url, { file: 'abc' });
    expect(json.statusCode).toBe(415);
    expect(json.json<ErrorJson>().error.code).toBe('FILE_TYPE');
    expect(await filesOf(entryId)).toEqual([]);
    expect(readdirSync(join(filesDir, '.tmp'))).toEqual([]);
    const storedImpostor = join(filesDir, sha(SAMPLES.exe).slice(0, 2), sha(SAMPLES.exe));
    expect(existsSync(storedImpostor)).toBe(false);
  });

  it('lets only those who may write the entry attach or remove, and only those who see it download', async () => {
    const fx = await buildScoringCluster(db());
    const { member, entryId } = await memberEntry(fx);
    const attached = await upload(app(), member, `/entries/${entryId}/evidence`, {
      name: 'a.pdf',
      bytes: SAMPLES.pdf,
    });
    const fileId = attached.json<{ id: string }>().id;
    const wrong: [string, number][] = [
      [fx.users.deputy.username, 403],
      [fx.users.leader.username, 403],
      [fx.users.focal.username, 403],
      [fx.users.councilMember.username, 403],
      [fx.users.standingOffice.username, 403],
      [fx.users.otherStandingOffice.username, 404],
    ];
    for (const [who, status] of wrong) {
      const client = await as(who);
      const up = await upload(app(), client, `/entries/${entryId}/evidence`, {
        name: 'b.png',
        bytes: SAMPLES.png,
      });
      expect([who, 'upload', up.statusCode]).toEqual([who, 'upload', status]);
      const removed = await client.delete(`/evidence/${fileId}`);
      expect([who, 'delete', removed.statusCode]).toEqual([who, 'delete', status]);
    }
    // Before publication no other member unit, focal department or plain council member sees it.
    for (const who of [fx.users.focalMember, fx.users.focal, fx.users.councilMember]) {
      const client = await as(who.username);
      expect((await client.get(`/evidence/${fileId}`)).statusCode).toBe(403);
      expect((await client.get(`/entries/${entryId}/evidence`)).statusCode).toBe(403);
    }
    expect(
      (await (await as(fx.users.otherStandingOffice.username)).get(`/evidence/${fileId}`)).statusCode,
    ).toBe(404);
    expect((await member.get('/evidence/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
    expect(
      (
        await upload(app(), member, '/entries/00000000-0000-4000-8000-000000000000/evidence', {
          name: 'a.pdf',
          bytes: SAMPLES.pdf,
        })
      ).statusCode,
    ).toBe(404);

    await setStage(db(), fx.period.id, 'review');
    const late = await upload(app(), member, `/entries/${entryId}/evidence`, {
      name: 'c.png',
      bytes: SAMPLES.png,
    });
    expect(late.json<ErrorJson>().error.code).toBe('STAGE');
    expect((await member.delete(`/evidence/${fileId}`)).json<ErrorJson>().error.code).toBe('STAGE');
    // Published: the other member units now see it.
    expect((await (await as(fx.users.focalMember.username)).get(`/evidence/${fileId}`)).statusCode).toBe(200);
    expect(await filesOf(entryId)).toHaveLength(1);

    await setStage(db(), fx.period.id, 'results');
    expect((await member.delete(`/evidence/${fileId}`)).statusCode).toBe(204);
    expect(await filesOf(entryId)).toEqual([]);
    const events = await db()
      .select()
      .from(auditLog)
      .where(inArray(auditLog.entityId, [fileId]));
    expect(events.map((e) => e.action)).toEqual(['create', 'delete']);
    expect(events[1]!.old).toMatchObject({ id: fileId, originalName: 'a.pdf' });
    expect((await member.delete(`/evidence/${fileId}`)).statusCode).toBe(404);
    expect((await member.get('/entries/khong-phai-uuid/evidence')).json<ErrorJson>().error.fields).toEqual([
      { path: 'params.entryId', message: expect.stringContaining('UUID') as string },
    ]);
    await setStage(db(), fx.period.id, 'archived');
    const archived = await upload(app(), member, `/entries/${entryId}/evidence`, {
      name: 'd.png',
      bytes: SAMPLES.png,
    });
    expect(archived.json<ErrorJson>().error.code).toBe('LOCKED');
    expect(await filesOf(entryId)).toEqual([]);
  });
});
