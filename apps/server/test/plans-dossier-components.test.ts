import { auditLog, dossierComponents } from '@thidua/db';
import { databaseTestTargets } from '@thidua/db/testing';
import { count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useTestApp } from './harness';
import { buildWorld, type ErrorJson, fileDossier } from './meetings-awards-fixtures';
import { SAMPLES, upload } from './scoring-fixture';

// Issue #14 §2: a dossier holds its components as files and is checked against the award's required
// list; an incomplete dossier is not appraised as passed.

type Components = {
  items: { id: string; kind: string; kindName: string; originalName: string }[];
  required: { kind: string; name: string; held: boolean }[];
  missing: string[];
  complete: boolean;
  abilities: { change: boolean };
};

describe.each(databaseTestTargets())('award dossier components on $name', (target) => {
  const { db, app, as } = useTestApp(target);

  async function filed(level: 'provincial' | 'national') {
    const world = await buildWorld(db(), { members: 3 });
    const office = await as(world.users.standingOffice.username);
    const { batch, dossier } = await fileDossier(office, world, 'Đợt tổng kết', {
      kind: level === 'national' ? 'huanChuong' : 'bangKhen',
      level,
    });
    return { world, office, batch, dossier };
  }

  it('lists the required components, takes files by kind, and passes the appraisal only when complete', async () => {
    const { world, office, batch, dossier } = await filed('national');
    const url = `/dossiers/${dossier.id}/components`;
    const empty = (await office.get(url)).json<Components>();
    expect(empty.required.map((r) => [r.kind, r.held])).toEqual([
      ['toTrinh', false],
      ['baoCaoThanhTich', false],
      ['bienBan', false],
      ['danhSachTrichNgang', false],
    ]);
    expect(empty.required[0]!.name).toBe('Tờ trình đề nghị khen thưởng (Mẫu số 01)');
    expect(empty).toMatchObject({ complete: false, abilities: { change: true } });

    const early = await office.post(`/dossiers/${dossier.id}/appraisal`, {
      version: dossier.version,
      outcome: 'approved',
    });
    expect(early.statusCode).toBe(409);
    expect(early.json<ErrorJson>().error).toMatchObject({
      code: 'DOSSIER_INCOMPLETE',
      message:
        'Hồ sơ còn thiếu: Tờ trình đề nghị khen thưởng (Mẫu số 01); Báo cáo thành tích; Biên bản họp xét khen thưởng; Danh sách trích ngang',
    });

    const bytes = (i: number) => Buffer.concat([SAMPLES.pdf, Buffer.from(`% ${i}\n`)]);
    const kinds = ['toTrinh', 'baoCaoThanhTich', 'bienBan', 'danhSachTrichNgang', 'minhChung'];
    for (const [i, kind] of kinds.entries()) {
      const sent = await upload(app(), office, `${url}?kind=${kind}`, {
        name: `${kind}.pdf`,
        bytes: bytes(i),
      });
      expect(sent.statusCode, sent.body).toBe(201);
    }
    const wrongKind = await upload(app(), office, `${url}?kind=khac`, { name: 'x.pdf', bytes: bytes(9) });
    expect(wrongKind.statusCode).toBe(400);
    const twice = await upload(app(), office, `${url}?kind=minhChung`, { name: 'y.pdf', bytes: bytes(4) });
    expect(twice.statusCode).toBe(409);

    const full = (await office.get(url)).json<Components>();
    expect(full).toMatchObject({ complete: true, missing: [] });
    expect(full.items.map((c) => c.kind)).toEqual(kinds);
    const download = await office.get(`/dossier-components/${full.items[0]!.id}`);
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-disposition']).toContain('attachment');
    expect(download.rawPayload.equals(bytes(0))).toBe(true);

    const [created] = await db().select().from(auditLog).where(eq(auditLog.entityId, full.items[0]!.id));
    expect(created).toMatchObject({ entityType: 'dossierComponent', action: 'create' });

    // A Huân chương's list is posted publicly for 10 working days first (Art. 44; posting.test.ts).
    const posted = await office.patch(`/dossier-batches/${batch.id}`, {
      version: batch.version,
      postingStartsOn: '2020-01-06',
      postingEndsOn: '2020-01-17',
      postingPlace: 'Trụ sở Sở Nội vụ',
    });
    expect(posted.statusCode, posted.body).toBe(200);
    const approved = await office.post(`/dossiers/${dossier.id}/appraisal`, {
      version: dossier.version,
      outcome: 'approved',
    });
    expect(approved.statusCode).toBe(200);
    // Appraised: the unit may no longer change its files; another unit never could.
    const member = await as(world.users.member.username);
    const refused = await member.delete(`/dossier-components/${full.items[0]!.id}`);
    expect(refused.statusCode).toBe(403);
  });

  it('a local dossier needs no summary list; removing a component is audited and makes it incomplete again', async () => {
    const { world, office, dossier } = await filed('provincial');
    const url = `/dossiers/${dossier.id}/components`;
    const outsider = await as(world.users.deputy.username);
    const theirs = await upload(app(), outsider, `${url}?kind=toTrinh`, {
      name: 'a.pdf',
      bytes: SAMPLES.pdf,
    });
    expect(theirs.statusCode).toBe(403);
    expect(
      (
        await db()
          .select({ n: count() })
          .from(dossierComponents)
          .where(eq(dossierComponents.dossierId, dossier.id))
      )[0]!.n,
    ).toBe(0);

    for (const kind of ['toTrinh', 'baoCaoThanhTich', 'bienBan']) {
      const bytes = Buffer.concat([SAMPLES.pdf, Buffer.from(kind)]);
      expect((await upload(app(), office, `${url}?kind=${kind}`, { name: 'f.pdf', bytes })).statusCode).toBe(
        201,
      );
    }
    const full = (await office.get(url)).json<Components>();
    expect(full.complete).toBe(true);
    expect(full.required).toHaveLength(3);
    expect((await office.delete(`/dossier-components/${full.items[2]!.id}`)).statusCode).toBe(204);
    const after = (await office.get(url)).json<Components>();
    expect(after).toMatchObject({ complete: false, missing: ['bienBan'] });
    const [removed] = await db()
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityId, full.items[2]!.id))
      .orderBy(auditLog.id);
    expect(removed).toBeDefined();
  });
});
