import { entries, units } from '@thidua/db';
import { databaseTestTargets } from '@thidua/db/testing';
import { eq, inArray } from 'drizzle-orm';
import { evaluatePeriod } from '@thidua/engine';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Client } from './harness';
import { useTestApp } from './harness';
import { buildScoringCluster, entryUrl, type ScoringCluster } from './scoring-fixture';

// Results are cached per cluster under a data version raised by every write (migration 0019). The
// property: whatever sequence of writes goes through the API, the very next read of the results equals
// the engine run on the period file exported at that moment (which is never cached), and the very next
// read of the scoring sheet shows the value just written. Every write is preceded by a read, so the
// cache holds the state before the write: a write that failed to raise the version would be served
// stale and caught here. The sheet (cached per data version and reader, sheet-service.ts) is checked
// the same way against the database itself: every layer of every cell and every unit's name, as the
// standing office and as a member unit (which, before publication, sees its own row only); the results'
// JSON text (cached per data version and the units the reader sees) likewise, as both readers.

const SOURCE = { sourceNumber: '45/TB-UBND', sourceDate: '2025-09-12', sourceIssuer: 'UBND tỉnh' };

type Seat = 'leader' | 'deputy' | 'member' | 'focalMember';
const SEATS: Seat[] = ['leader', 'deputy', 'member', 'focalMember'];

/** One write through the API, as a user of the cluster does it. */
type Write =
  | { kind: 'self'; seat: Seat; code: 'I.1'; actual: number }
  | { kind: 'self'; seat: Seat; code: 'II.2'; points: number }
  | { kind: 'rating'; seat: Seat; rating: 'HTXSNV' | 'HTTNV' }
  | { kind: 'bonus'; seat: Seat; points: number }
  | { kind: 'deduction'; seat: Seat; count: number }
  | { kind: 'fact'; seat: Seat; value: boolean }
  | { kind: 'rename'; seat: Seat; suffix: number };

const seat = fc.constantFrom(...SEATS);
const write: fc.Arbitrary<Write> = fc.oneof(
  fc.record({
    kind: fc.constant('self' as const),
    seat,
    code: fc.constant('I.1' as const),
    actual: fc.integer({ min: 0, max: 200 }),
  }),
  fc.record({
    kind: fc.constant('self' as const),
    seat,
    code: fc.constant('II.2' as const),
    points: fc.integer({ min: 0, max: 10000 }).map((n) => n / 100),
  }),
  fc.record({
    kind: fc.constant('rating' as const),
    seat,
    rating: fc.constantFrom('HTXSNV' as const, 'HTTNV' as const),
  }),
  fc.record({
    kind: fc.constant('bonus' as const),
    seat,
    points: fc.integer({ min: 0, max: 2000 }).map((n) => n / 100),
  }),
  fc.record({ kind: fc.constant('deduction' as const), seat, count: fc.integer({ min: 0, max: 5 }) }),
  fc.record({ kind: fc.constant('fact' as const), seat, value: fc.boolean() }),
  fc.record({ kind: fc.constant('rename' as const), seat, suffix: fc.integer({ min: 1, max: 99 }) }),
);

type Layer = { version: number; plan: number | null; actual: number | null; points: number | null };

interface SheetLayers {
  criterionCode: string;
  self: Layer | null;
  focal: Layer | null;
  standingOffice: (Layer & { rating: string | null }) | null;
  agreed: Layer | null;
}

interface Cell {
  criterionCode: string;
  self: { version: number; actual: number | null; points: number | null } | null;
  standingOffice: { version: number; rating: string | null } | null;
}

describe.each(databaseTestTargets())('cached results on $name', (target) => {
  const { db, as } = useTestApp(target);
  /** Units' versions as the renames returned them (a unit starts at 1). */
  const unitVersions = new Map<string, number>();

  /** Applies one write and returns what the sheet must now show for it (or null if it shows nothing). */
  async function apply(fx: ScoringCluster, clients: Record<Seat | 'office', Client>, w: Write) {
    const unit = fx.units[w.seat];
    const office = clients.office;
    const cellOf = async (code: string): Promise<Cell> => {
      const sheet = await office.get(`/clusters/${fx.cluster.id}/scoring-sheet?unitId=${unit.id}`);
      expect(sheet.statusCode).toBe(200);
      const row = sheet.json<{ rows: { cells: Cell[] }[] }>().rows[0]!;
      return row.cells.find((c) => c.criterionCode === code)!;
    };
    switch (w.kind) {
      case 'self': {
        const before = await cellOf(w.code);
        const value = w.code === 'I.1' ? { plan: 100, actual: w.actual } : { points: w.points };
        const saved = await clients[w.seat].put(entryUrl(fx, unit.id, w.code, 'self'), {
          version: before.self?.version ?? 0,
          ...value,
        });
        expect(saved.statusCode).toBe(200);
        const after = await cellOf(w.code);
        expect(after.self).toMatchObject(value);
        return;
      }
      case 'rating': {
        const before = await cellOf('II.1');
        const saved = await office.put(entryUrl(fx, unit.id, 'II.1', 'standingOffice'), {
          version: before.standingOffice?.version ?? 0,
          rating: w.rating,
        });
        expect(saved.statusCode).toBe(200);
        expect((await cellOf('II.1')).standingOffice).toMatchObject({ rating: w.rating });
        return;
      }
      case 'bonus':
      case 'deduction': {
        const amount =
          w.kind === 'bonus'
            ? { itemCode: 'IV', points: w.points }
            : { itemCode: 'PHE_BINH', count: w.count };
        const created = await office.post(`/clusters/${fx.cluster.id}/adjustments`, {
          unitId: unit.id,
          ...amount,
          ...SOURCE,
        });
        expect(created.statusCode).toBe(201);
        return;
      }
      case 'fact': {
        const url = `/clusters/${fx.cluster.id}/units/${unit.id}/facts/seriousViolation`;
        const facts = await office.get(`/clusters/${fx.cluster.id}/facts?unitId=${unit.id}`);
        const typed = facts.json<{ items: { name: string; version: number }[] }>().items;
        const version = typed.find((f) => f.name === 'seriousViolation')?.version ?? 0;
        const saved = await office.put(url, { version, value: w.value, reason: 'Theo kết luận thanh tra' });
        expect(saved.statusCode).toBe(200);
        return;
      }
      case 'rename': {
        const renamed = await office.patch(`/units/${unit.id}`, {
          version: unitVersions.get(unit.id) ?? 1,
          name: `Phường đổi tên ${w.suffix}`,
        });
        expect(renamed.statusCode).toBe(200);
        unitVersions.set(unit.id, renamed.json<{ version: number }>().version);
        return;
      }
    }
  }

  it('shows every write in the very next read of the results and the sheet, never a stale score', async () => {
    const fx = await buildScoringCluster(db());
    const clients = {
      office: await as(fx.users.standingOffice.username),
      leader: await as(fx.users.leader.username),
      deputy: await as(fx.users.deputy.username),
      member: await as(fx.users.member.username),
      focalMember: await as(fx.users.focalMember.username),
    };
    const resultsUrl = `/clusters/${fx.cluster.id}/results`;
    const sheetUrl = `/clusters/${fx.cluster.id}/scoring-sheet`;
    /** Every layer of every cell the reader sees, and the units' names, as the database holds them now. */
    const expectSheetFresh = async (reader: Client, ownUnitId?: string) => {
      const response = await reader.get(sheetUrl);
      expect(response.statusCode).toBe(200);
      const sheet = response.json<{
        rows: { unit: { id: string; name: string }; cells: SheetLayers[] }[];
      }>();
      const unitIds = Object.values(fx.units).map((u) => u.id);
      const names = await db().select().from(units).where(inArray(units.id, unitIds));
      const stored = await db()
        .select()
        .from(entries)
        .where(eq(entries.criteriaVersionId, fx.criteriaVersionId));
      const seen = sheet.rows.map((r) => r.unit.id);
      expect(seen).toEqual(ownUnitId ? [ownUnitId] : seen);
      const shown: string[] = [];
      for (const row of sheet.rows) {
        expect(row.unit.name).toBe(names.find((u) => u.id === row.unit.id)!.name);
        for (const cell of row.cells) {
          for (const layer of ['self', 'focal', 'standingOffice', 'agreed'] as const) {
            const value = cell[layer];
            if (value) shown.push(`${row.unit.id} ${cell.criterionCode} ${layer} ${value.version}`);
          }
        }
      }
      const expected = stored
        .filter((e) => seen.includes(e.unitId))
        .map((e) => `${e.unitId} ${e.criterionCode} ${e.stage} ${e.version}`);
      expect(shown.sort()).toEqual(expected.sort());
    };
    const expectFresh = async () => {
      await expectSheetFresh(clients.office);
      await expectSheetFresh(clients.member, fx.units.member.id);
      const results = await clients.office.get(resultsUrl);
      expect(results.statusCode).toBe(200);
      const file = await clients.office.get(`/clusters/${fx.cluster.id}/period-file`);
      const evaluation = evaluatePeriod(file.json());
      expect(evaluation.ok).toBe(true);
      if (evaluation.ok) expect(results.json()).toEqual(JSON.parse(JSON.stringify(evaluation.result)));
      // A member unit, before publication, reads its own row of the same state (a text cached per reader's units).
      const mine = await clients.member.get(resultsUrl);
      expect(mine.statusCode).toBe(200);
      const own = evaluation.ok ? evaluation.result.units.filter((u) => u.unit === fx.units.member.code) : [];
      expect(own).toHaveLength(1);
      expect(mine.json<{ units: unknown[] }>().units).toEqual(JSON.parse(JSON.stringify(own)));
    };
    await fc.assert(
      fc.asyncProperty(fc.array(write, { minLength: 1, maxLength: 6 }), async (writes) => {
        for (const w of writes) {
          // Warm the caches with the state before the write, then check the state after it.
          expect((await clients.office.get(resultsUrl)).statusCode).toBe(200);
          expect((await clients.member.get(resultsUrl)).statusCode).toBe(200);
          expect((await clients.office.get(sheetUrl)).statusCode).toBe(200);
          expect((await clients.member.get(sheetUrl)).statusCode).toBe(200);
          await apply(fx, clients, w);
          await expectFresh();
        }
      }),
      { numRuns: 8, seed: 15 },
    );
    // Eight runs of up to six writes, each followed by about twelve reads: a minute on a busy machine.
  }, 120_000);
});
