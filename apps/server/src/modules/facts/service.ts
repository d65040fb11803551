import { type Database, type UnitFact, unitFacts, units } from '@thidua/db';
import { and, asc, count, eq, inArray, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { type ClusterAccess, loadClusterAccess } from '../../access/cluster-access';
import type { Actor } from '../../auth/actor';
import { assertUpdated } from '../../http/concurrency';
import { AppError, forbidden, invalid, notFound } from '../../http/errors';
import { offsetOf, pageFrom } from '../../http/pagination';
import { loadClusterUnits } from '../scoring-shared/cluster-units';
import { type DerivedFact, loadDerivedFacts } from '../scoring-shared/derived-facts';
import { DERIVED_SOURCES, factLabel, isDerivedFact } from '../scoring-shared/fact-catalogue';
import { seesRow } from '../scoring-shared/policy';
import { presentFact } from './presenter';
import { unitRowCommand } from './unit-command';
import type { deleteQuery } from '../scoring-shared/write-fields';
import type { factBody, factListQuery, factView } from './schema';
import { may } from '../../access/permissions';

// Unit facts (SPEC §7): partyRating, seriousViolation, underInvestigation… per unit per period, read by
// the ruleset's eligibility predicates. Recorded by the standing office, in any stage until the period is
// archived (a party rating arrives at year end). Facts the product derives from its records (registered,
// pactSigned, reportsSubmitted, womenShare70: `derived-facts.ts`) are not typed: the standing office may
// only override one, with a reason, kept on the row and shown beside what the records say.

type View = z.infer<typeof factView>;

/** Which fact of which unit of which cluster. */
export interface FactAddress {
  clusterId: string;
  unitId: string;
  name: string;
}

function requireFactWriter(access: ClusterAccess): void {
  if (!may(access, 'writeFacts')) {
    throw forbidden('Chỉ cơ quan thường trực Hội đồng được ghi thông tin xét khen thưởng của đơn vị');
  }
}

/** Creates (version 0) or replaces a fact at the version the client read, audited. */
export async function putFact(
  db: Database,
  actor: Actor,
  address: FactAddress,
  body: z.infer<typeof factBody>,
): Promise<View> {
  return unitRowCommand(db, actor, address, 'unitFact', requireFactWriter, async (tx, access, audit) => {
    const derived = isDerivedFact(address.name)
      ? (await loadDerivedFacts(tx, { id: access.periodId, stage: access.periodStage }, [address.unitId]))
          .get(address.unitId)
          ?.get(address.name)
      : undefined;
    checkOverride(address.name, body, derived);
    if (body.version > 0 && !body.reason) {
      throw new AppError('REASON_REQUIRED', undefined, [
        { path: 'body.reason', message: 'cần nêu lý do khi sửa thông tin đã ghi' },
      ]);
    }
    const key = and(
      eq(unitFacts.periodId, access.periodId),
      eq(unitFacts.unitId, address.unitId),
      eq(unitFacts.name, address.name),
    );
    const values = {
      value: body.value,
      note: body.note ?? null,
      enteredBy: actor.userId,
      overrideReason: body.override ? body.reason! : null,
    };
    let before: UnitFact | null = null;
    let saved: UnitFact;
    if (body.version === 0) {
      saved = assertUpdated(
        await tx
          .insert(unitFacts)
          .values({ periodId: access.periodId, unitId: address.unitId, name: address.name, ...values })
          .onConflictDoNothing()
          .returning(),
      );
    } else {
      [before = null] = await tx.select().from(unitFacts).where(key).for('update').limit(1);
      saved = assertUpdated(
        await tx
          .update(unitFacts)
          .set({ ...values, version: sql`${unitFacts.version} + 1` })
          .where(and(key, eq(unitFacts.version, body.version)))
          .returning(),
      );
    }
    await audit({ action: before ? 'update' : 'create', before, saved, reason: body.reason ?? null });
    return presentFact(saved);
  });
}

/**
 * A fact the records decide is written only as an override with a reason (FACT_DERIVED names where it
 * comes from and what it says); one they do not decide yet (no report task in the work plan, a stage
 * still running) is typed like any other. `override` on a fact never derived is a mistake.
 */
function checkOverride(name: string, body: z.infer<typeof factBody>, derived: DerivedFact | undefined): void {
  if (!isDerivedFact(name)) {
    if (body.override) {
      throw invalid([{ path: 'body.override', message: 'chỉ ghi đè được thông tin hệ thống lấy từ hồ sơ' }]);
    }
    return;
  }
  if (!body.override) {
    if (!derived || derived.value === null) return;
    throw new AppError(
      'FACT_DERIVED',
      `"${factLabel(name)}" được lấy từ ${DERIVED_SOURCES[name]} (${derived.source}), không nhập tay. ` +
        'Cơ quan thường trực chỉ có thể ghi đè, kèm lý do.',
      [{ path: 'params.name', message: `lấy từ ${DERIVED_SOURCES[name]}` }],
    );
  }
  if (!body.reason) {
    throw new AppError('REASON_REQUIRED', 'Ghi đè thông tin lấy từ hồ sơ cần nêu lý do', [
      { path: 'body.reason', message: 'cần nêu lý do ghi đè' },
    ]);
  }
}

/** Deletes a fact at the version the client read, with a reason. */
export async function deleteFact(
  db: Database,
  actor: Actor,
  address: FactAddress,
  query: z.infer<typeof deleteQuery>,
): Promise<void> {
  await unitRowCommand(db, actor, address, 'unitFact', requireFactWriter, async (tx, access, audit) => {
    const key = and(
      eq(unitFacts.periodId, access.periodId),
      eq(unitFacts.unitId, address.unitId),
      eq(unitFacts.name, address.name),
    );
    const [before] = await tx.select().from(unitFacts).where(key).for('update').limit(1);
    if (!before) throw notFound(`thông tin "${address.name}" của đơn vị`);
    assertUpdated(
      await tx
        .delete(unitFacts)
        .where(and(key, eq(unitFacts.version, query.version)))
        .returning({ id: unitFacts.id }),
    );
    await audit({ action: 'delete', before, saved: null, reason: query.reason });
  });
}

/** The facts of the units whose rows the actor sees, paginated, by unit code then name. */
export async function listFacts(
  db: Database,
  actor: Actor,
  clusterId: string,
  query: z.infer<typeof factListQuery>,
): Promise<{ items: View[]; total: number; page: number; pageSize: number }> {
  const access = await loadClusterAccess(db, actor, clusterId);
  const visible = (await loadClusterUnits(db, clusterId))
    .filter((u) => seesRow(access, u.id))
    .map((u) => u.id);
  if (visible.length === 0) throw forbidden('Bạn chưa được xem thông tin xét khen thưởng của cụm, khối này');
  const unitIds = query.unitId ? visible.filter((id) => id === query.unitId) : visible;
  if (unitIds.length === 0) return { items: [], total: 0, page: query.page, pageSize: query.pageSize };
  const where = and(eq(unitFacts.periodId, access.periodId), inArray(unitFacts.unitId, unitIds));
  return pageFrom(
    query,
    db
      .select({ fact: unitFacts })
      .from(unitFacts)
      .innerJoin(units, eq(units.id, unitFacts.unitId))
      .where(where)
      .orderBy(asc(units.code), asc(unitFacts.name))
      .limit(query.pageSize)
      .offset(offsetOf(query)),
    db.select({ n: count() }).from(unitFacts).where(where),
    (r) => presentFact(r.fact),
  );
}
