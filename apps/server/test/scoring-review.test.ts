import { auditLog, entries } from '@thidua/db';
import { databaseTestTargets } from '@thidua/db/testing';
import { and, eq, isNotNull } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { type Client, type ErrorJson, useTestApp } from './harness';
import { buildScoringCluster, entryUrl, putNewEntry, type ScoringCluster, setStage } from './scoring-fixture';

interface SheetJson {
  rows: {
    unit: { id: string; code: string };
    review: string;
    cells: {
      criterionCode: string;
      proposal: { from: string; version: number; points: number | null; value: number | null } | null;
      objectionOpen: boolean;
      agreed: { points: number | null } | null;
    }[];
  }[];
}

interface AcceptJson {
  batchId: string | null;
  changed: { unitId: string; criterionCode: string }[];
  accepted: { unitId: string; criterionCode: string; from: string }[];
  skipped: { unitId: string; criterionCode: string; why: string }[];
}

describe.each(databaseTestTargets())('review proposals and bulk acceptance on $name', (target) => {
  const { db, as } = useTestApp(target);

  /** Self-scores, focal and standing office values for phuong-2, phuong-3 and phuong-1, then review. */
  async function scored(): Promise<ScoringCluster> {
    const fx = await buildScoringCluster(db());
    const u = fx.units;
    for (const [user, unit] of [
      [fx.users.leader, u.leader],
      [fx.users.deputy, u.deputy],
      [fx.users.member, u.member],
    ] as const) {
      const client = await as(user.username);
      const self = await putNewEntry(client, fx, unit.id, 'II.2', 'self', { points: 90 });
      expect(self.statusCode).toBe(200);
      expect(
        (await putNewEntry(client, fx, unit.id, 'I.1', 'self', { plan: 100, actual: 113 })).statusCode,
      ).toBe(200);
    }
    const focal = await as(fx.users.focal.username);
    for (const unit of [u.leader, u.deputy, u.member]) {
      expect((await putNewEntry(focal, fx, unit.id, 'I.2', 'focal', { value: 92.5 })).statusCode).toBe(200);
    }
    await setStage(db(), fx.period.id, 'review');
    return fx;
  }

  async function sheetOf(client: Client, fx: ScoringCluster): Promise<SheetJson> {
    const r = await client.get(`/clusters/${fx.cluster.id}/scoring-sheet`);
    expect(r.statusCode).toBe(200);
    return r.json<SheetJson>();
  }

  /** What the reviewer read: the proposal of every cell not reviewed yet. */
  function readCells(sheet: SheetJson) {
    return sheet.rows.flatMap((row) =>
      row.cells
        .filter((c) => c.proposal && !c.agreed)
        .map((c) => ({
          unitId: row.unit.id,
          criterionCode: c.criterionCode,
          from: c.proposal!.from,
          version: c.proposal!.version,
        })),
    );
  }

  const acceptUrl = (fx: ScoringCluster) => `/clusters/${fx.cluster.id}/review-batches`;

  it('proposes the best lower layer per cell, with its layer, and says why a row cannot be reviewed', async () => {
    const fx = await scored();
    const leader = await as(fx.users.leader.username);
    const sheet = await sheetOf(leader, fx);
    const row = (id: string) => sheet.rows.find((r) => r.unit.id === id)!;
    const cell = (id: string, code: string) => row(id).cells.find((c) => c.criterionCode === code)!;
    expect(cell(fx.units.member.id, 'II.2').proposal).toMatchObject({ from: 'self', points: 90, version: 1 });
    expect(cell(fx.units.member.id, 'I.2').proposal).toMatchObject({ from: 'focal', value: 92.5 });
    expect(cell(fx.units.member.id, 'II.1').proposal).toBeNull();
    expect(row(fx.units.member.id).review).toBe('open');
    expect(row(fx.units.leader.id).review).toBe('conflictOfInterest');

    await setStage(db(), fx.period.id, 'results');
    const early = await sheetOf(leader, fx);
    expect(early.rows.find((r) => r.unit.id === fx.units.member.id)!.review).toBe('notYet');
    const member = await as(fx.users.member.username);
    expect((await sheetOf(member, fx)).rows[0]!.review).toBe('notReviewer');
  });

  it('needs a reason only when the review differs from the proposal, and checks the values first', async () => {
    const fx = await scored();
    const deputy = await as(fx.users.deputy.username);
    // Only the actual of a quantitative criterion: the missing plan is said, not the reason.
    const partial = await putNewEntry(deputy, fx, fx.units.member.id, 'I.1', 'agreed', { actual: 113 });
    expect(partial.statusCode).toBe(400);
    expect(partial.json<ErrorJson>().error.code).toBe('VALIDATION');
    expect(partial.json<ErrorJson>().error.fields?.map((f) => f.path)).toContain('body.plan');

    const agrees = await putNewEntry(deputy, fx, fx.units.member.id, 'I.1', 'agreed', {
      plan: 100,
      actual: 113,
    });
    expect(agrees.statusCode).toBe(200);
    const agreesFocal = await putNewEntry(deputy, fx, fx.units.member.id, 'I.2', 'agreed', { value: 92.5 });
    expect(agreesFocal.statusCode).toBe(200);

    const differs = await putNewEntry(deputy, fx, fx.units.member.id, 'II.2', 'agreed', { points: 85 });
    expect(differs.statusCode).toBe(400);
    expect(differs.json<ErrorJson>().error).toMatchObject({
      code: 'REASON_REQUIRED',
      fields: [{ path: 'body.reason', message: 'cần nêu lý do: điểm thẩm định khác điểm tự chấm' }],
    });
    // Nothing below the review: any value is the reviewer's own and needs a reason.
    const nothingBelow = await putNewEntry(deputy, fx, fx.units.member.id, 'II.3', 'agreed', { done: true });
    expect(nothingBelow.json<ErrorJson>().error.code).toBe('REASON_REQUIRED');
    const rows = await db()
      .select()
      .from(entries)
      .where(and(eq(entries.criteriaVersionId, fx.criteriaVersionId), eq(entries.stage, 'agreed')));
    expect(rows.map((r) => r.criterionCode).sort()).toEqual(['I.1', 'I.2']);
  });

  it('accepts every proposal without an objection in one batch: one audit event per cell, one batch id', async () => {
    const fx = await scored();
    const member = await as(fx.users.member.username);
    const objection = await member.post(`/clusters/${fx.cluster.id}/objections`, {
      unitId: fx.units.member.id,
      criterionCode: 'I.1',
      body: 'Số thu ngân sách chưa tính khoản ghi thu ghi chi',
    });
    expect(objection.statusCode).toBe(201);
    const deputy = await as(fx.users.deputy.username);
    // The deputy already reviewed one cell by hand: the batch leaves it alone.
    expect(
      (
        await putNewEntry(deputy, fx, fx.units.leader.id, 'II.2', 'agreed', {
          points: 80,
          reason: 'Thiếu biên bản hội nghị',
        })
      ).statusCode,
    ).toBe(200);
    const sheet = await sheetOf(deputy, fx);
    expect(
      sheet.rows.find((r) => r.unit.id === fx.units.member.id)!.cells.find((c) => c.criterionCode === 'I.1')!
        .objectionOpen,
    ).toBe(true);

    const r = await deputy.post(acceptUrl(fx), {
      reason: 'Đồng ý số liệu đơn vị tự chấm và đầu mối',
      accept: {},
      cells: readCells(sheet),
      // One value the deputy does not agree with, saved in the same decision.
      changes: [{ unitId: fx.units.member.id, criterionCode: 'II.2', version: 0, points: 85 }],
    });
    expect(r.statusCode).toBe(200);
    const result = r.json<AcceptResult>();
    const key = (c: { unitId: string; criterionCode: string }) =>
      `${Object.entries(fx.units).find(([, u]) => u.id === c.unitId)![0]} ${c.criterionCode}`;
    expect(result.accepted.map(key).sort()).toEqual(['leader I.1', 'leader I.2', 'member I.2']);
    expect(result.changed.map(key)).toEqual(['member II.2']);
    expect(result.skipped.map((s) => `${key(s)} ${s.why}`)).toEqual(
      expect.arrayContaining([
        'deputy I.1 conflictOfInterest',
        'deputy II.2 conflictOfInterest',
        'member I.1 objection',
        'leader II.2 reviewed',
        'member II.1 noProposal',
      ]),
    );
    const events = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.councilId, fx.council.id), isNotNull(auditLog.batchId)));
    expect(events).toHaveLength(4);
    expect(events.filter((e) => (e.new as { points?: string }).points === '85.00')).toHaveLength(1);
    expect(new Set(events.map((e) => e.batchId))).toEqual(new Set([result.batchId]));
    expect(events.every((e) => e.reason === 'Đồng ý số liệu đơn vị tự chấm và đầu mối')).toBe(true);
    const agreed = await db()
      .select()
      .from(entries)
      .where(and(eq(entries.unitId, fx.units.leader.id), eq(entries.stage, 'agreed')));
    expect(agreed.find((e) => e.criterionCode === 'I.1')).toMatchObject({ plan: '100', actual: '113' });
    expect(agreed.find((e) => e.criterionCode === 'I.2')).toMatchObject({ value: '92.5' });

    const so = await as(fx.users.standingOffice.username);
    const audit = await so.get(`/councils/${fx.council.id}/audit?batchId=${result.batchId}`);
    expect(audit.statusCode).toBe(200);
    expect(audit.json<{ total: number }>().total).toBe(4);
  });

  it('accepts a row or a column; refuses a reviewer’s own row and every wrong role', async () => {
    const fx = await scored();
    const leader = await as(fx.users.leader.username);
    const cells = readCells(await sheetOf(leader, fx));
    const column = await leader.post(acceptUrl(fx), {
      accept: { criterionCode: 'I.2' },
      reason: 'Theo đầu mối',
      cells,
    });
    expect(column.statusCode).toBe(200);
    expect(
      column
        .json<AcceptResult>()
        .accepted.map((a) => a.criterionCode)
        .sort(),
    ).toEqual(['I.2', 'I.2']);
    expect(column.json<AcceptResult>().skipped).toContainEqual({
      unitId: fx.units.leader.id,
      criterionCode: 'I.2',
      why: 'conflictOfInterest',
    });
    // Read again: the column's cells are reviewed now (listing them as unreviewed would be stale).
    const reread = readCells(await sheetOf(leader, fx));
    const row = await leader.post(acceptUrl(fx), {
      accept: { unitId: fx.units.member.id },
      reason: 'Đồng ý',
      cells: reread,
    });
    expect(
      row
        .json<AcceptResult>()
        .accepted.map((a) => a.criterionCode)
        .sort(),
    ).toEqual(['I.1', 'II.2']);

    const own = await leader.post(acceptUrl(fx), {
      accept: { unitId: fx.units.leader.id },
      reason: 'Đồng ý',
      cells,
    });
    expect(own.statusCode).toBe(403);
    expect(own.json<ErrorJson>().error.code).toBe('CONFLICT_OF_INTEREST');
    expect(own.json<ErrorJson>().error.message).toContain('không thẩm định đơn vị mình');

    const body = { accept: {}, reason: 'Đồng ý', cells };
    const refusals: [string, number, string][] = [
      [fx.users.member.username, 403, 'FORBIDDEN'],
      [fx.users.focal.username, 403, 'FORBIDDEN'],
      [fx.users.follower.username, 403, 'FORBIDDEN'],
      [fx.users.councilMember.username, 403, 'FORBIDDEN'],
      [fx.users.otherStandingOffice.username, 404, 'NOT_FOUND'],
    ];
    for (const [username, status, code] of refusals) {
      const r = await (await as(username)).post(acceptUrl(fx), body);
      expect([username, r.statusCode, r.json<ErrorJson>().error.code]).toEqual([username, status, code]);
    }
    const noReason = await leader.post(acceptUrl(fx), { accept: {}, cells });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json<ErrorJson>().error.fields).toContainEqual(
      expect.objectContaining({ path: 'body.reason' }),
    );
    const badChange = await leader.post(acceptUrl(fx), {
      reason: 'Sửa',
      changes: [{ unitId: fx.units.member.id, criterionCode: 'I.1', version: 0, actual: 90 }],
    });
    expect(badChange.statusCode).toBe(400);
    expect(badChange.json<ErrorJson>().error.fields?.map((f) => f.path)).toContain('body.changes[0].plan');
    await setStage(db(), fx.period.id, 'results');
    const early = await leader.post(acceptUrl(fx), body);
    expect([early.statusCode, early.json<ErrorJson>().error.code]).toEqual([409, 'STAGE']);
  });

  it('refuses a stale batch whole, naming each changed cell, and saves nothing', async () => {
    const fx = await scored();
    const deputy = await as(fx.users.deputy.username);
    const sheet = await sheetOf(deputy, fx);
    // After the read: the focal department corrects one value and the leader reviews another cell.
    const focal = await as(fx.users.focal.username);
    expect(
      (await focal.put(entryUrl(fx, fx.units.member.id, 'I.2', 'focal'), { version: 1, value: 80 }))
        .statusCode,
    ).toBe(200);
    const leader = await as(fx.users.leader.username);
    for (const code of ['II.2', 'I.1']) {
      const cell = await leader.put(entryUrl(fx, fx.units.member.id, code, 'agreed'), {
        version: 0,
        ...(code === 'I.1' ? { plan: 100, actual: 113 } : { points: 90 }),
      });
      expect(cell.statusCode).toBe(200);
    }

    const r = await deputy.post(acceptUrl(fx), {
      reason: 'Đồng ý',
      accept: {},
      cells: readCells(sheet),
      changes: [{ unitId: fx.units.member.id, criterionCode: 'I.1', version: 0, plan: 100, actual: 90 }],
    });
    expect(r.statusCode).toBe(409);
    const error = r.json<ErrorJson>().error;
    expect(error.code).toBe('STALE');
    expect(error.fields?.map((f) => f.message).sort()).toEqual([
      'Phường 3, tiêu chí I.1: điểm thẩm định đã thay đổi sau khi bạn mở bảng điểm',
      'Phường 3, tiêu chí I.2: điểm đề xuất đã thay đổi sau khi bạn mở bảng điểm',
      'Phường 3, tiêu chí II.2: đã được thẩm định sau khi bạn mở bảng điểm',
    ]);
    const agreed = await db()
      .select()
      .from(entries)
      .where(and(eq(entries.criteriaVersionId, fx.criteriaVersionId), eq(entries.stage, 'agreed')));
    expect(agreed).toHaveLength(2);
    const batched = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.councilId, fx.council.id), isNotNull(auditLog.batchId)));
    expect(batched).toEqual([]);
  });
});

type AcceptResult = AcceptJson;
