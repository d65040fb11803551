import {
  adjustments,
  entries,
  pactAgreements,
  pacts,
  registrationPlans,
  registrations,
  unitFacts,
  unitStaffCounts,
} from '@thidua/db';
import { insertAll, insertReturning } from './bulk';
import { authorId, type SeedContext, unitId, userId } from './context';
import { type AdjustmentDraft, generateAdjustments } from './generate-adjustments';
import {
  type EntryDraft,
  generateClosedEntries,
  generateOpenEntries,
  generateUnits,
  type UnitYear,
} from './generate-results';
import { addDays, at } from './periods-plan';
import type { SeededCluster, SeededPeriod } from './seed-period';
import { DERIVED_IN_SEED } from './unit-facts';
import { storedEntryValues } from '../modules/scoring-shared/values';

export interface ClusterResults {
  units: UnitYear[];
  entries: EntryDraft[];
  adjustments: AdjustmentDraft[];
}

/**
 * Registrations, pacts, facts, entries and adjustments of one cluster's year. `keen` units (those of
 * the demo accounts) have begun self-scoring this year, so every account has something to see.
 */
export async function seedClusterResults(
  ctx: SeedContext,
  period: SeededPeriod,
  cluster: SeededCluster,
  keen: ReadonlySet<string>,
): Promise<ClusterResults> {
  const input = { ...cluster, period: period.plan };
  const units = generateUnits(input);
  const closed = period.plan.edition === 'last';
  const drafts = closed ? generateClosedEntries(input, units) : generateOpenEntries(input, units, keen);
  const bonuses = closed ? generateAdjustments(input, units) : [];
  await seedRegistrations(ctx, period, cluster, units);
  await seedFacts(ctx, period, units);
  await seedEntries(ctx, period, cluster, drafts);
  await insertAll(
    ctx.tx,
    adjustments,
    bonuses.map((a) => ({
      criteriaVersionId: cluster.criteriaVersionId,
      unitId: unitId(ctx, a.unit),
      kind: a.kind,
      itemCode: a.itemCode,
      points: a.points === undefined ? null : String(a.points),
      count: a.count ?? null,
      sourceNumber: a.sourceNumber,
      sourceDate: a.sourceDate,
      sourceIssuer: a.sourceIssuer,
      note: a.note,
      enteredBy: authorId(ctx, a.by),
      createdAt: at(a.sourceDate, 15),
      updatedAt: at(a.sourceDate, 15),
    })),
  );
  return { units, entries: drafts, adjustments: bonuses };
}

async function seedRegistrations(
  ctx: SeedContext,
  period: SeededPeriod,
  cluster: SeededCluster,
  units: UnitYear[],
) {
  const { dates } = period.plan;
  const rows = await insertReturning(
    ctx.tx,
    registrations,
    units.map((u, i) => {
      const submitted = u.registration.status === 'submitted';
      const on = addDays(dates.registered, i % 6);
      return {
        periodId: period.id,
        unitId: unitId(ctx, u.code),
        criteriaVersionId: cluster.criteriaVersionId,
        status: u.registration.status,
        titlesSought: u.registration.titlesSought,
        models: u.registration.models,
        topics: u.registration.topics,
        submittedAt: submitted ? at(on, 10) : null,
        submittedBy: submitted ? authorId(ctx, { unit: u.code }) : null,
        createdAt: at(addDays(on, -5)),
        updatedAt: at(on, 10),
      };
    }),
  );
  const byUnit = new Map(rows.map((r) => [r.unitId, r.id]));
  await insertAll(
    ctx.tx,
    registrationPlans,
    units.flatMap((u) =>
      u.registration.plans.map((p) => ({
        registrationId: byUnit.get(unitId(ctx, u.code))!,
        criterionCode: p.criterion,
        plan: String(p.plan),
      })),
    ),
  );
  // The follower and the standing office agreed a week before the signing (Ba Đình 2022, Long Biên 2023).
  const agreedAt = at(addDays(dates.launch, -7), 9);
  await insertAll(ctx.tx, pactAgreements, [
    {
      clusterId: cluster.id,
      party: 'follower' as const,
      agreedBy: userId(ctx, cluster.cluster.follower),
      agreedAt,
    },
    { clusterId: cluster.id, party: 'standingOffice' as const, agreedBy: ctx.standingOffice, agreedAt },
  ]);
  // Every member that registered signs the pact at the cluster's launch conference, one document for
  // the cluster; a unit whose registration is still a draft has not signed.
  await insertAll(
    ctx.tx,
    pacts,
    units
      .filter((u) => u.registration.status === 'submitted')
      .map((u) => ({
        periodId: period.id,
        clusterId: cluster.id,
        unitId: unitId(ctx, u.code),
        signedOn: dates.launch,
        documentNumber: `01/GƯTĐ-${cluster.cluster.symbol}`,
        recordedBy: ctx.staff.get(cluster.seats.leader)!,
        createdAt: at(dates.launch, 16),
        updatedAt: at(dates.launch, 16),
      })),
  );
}

async function seedFacts(ctx: SeedContext, period: SeededPeriod, units: UnitYear[]) {
  // Last year's facts were verified before the review; this year's pact was recorded at the launch.
  const { dates, edition } = period.plan;
  const on = at(edition === 'last' ? dates.reviewed : dates.launch, 11);
  await insertAll(
    ctx.tx,
    unitFacts,
    units.flatMap((u) =>
      Object.entries(u.facts)
        .filter(([name]) => !DERIVED_IN_SEED.has(name))
        .map(([name, value]) => ({
          periodId: period.id,
          unitId: unitId(ctx, u.code),
          name,
          value,
          note: u.factNotes[name] ?? null,
          enteredBy: ctx.standingOffice,
          createdAt: on,
          updatedAt: on,
        })),
    ),
  );
  // Staff counts are declared with the registration and checked by the standing office a week later.
  const declared = at(dates.registered, 14);
  const checked = at(addDays(dates.registered, 7), 10);
  await insertAll(
    ctx.tx,
    unitStaffCounts,
    units.flatMap((u) =>
      u.staffCount
        ? [
            {
              periodId: period.id,
              unitId: unitId(ctx, u.code),
              staff: u.staffCount.staff,
              women: u.staffCount.women,
              enteredBy: authorId(ctx, { unit: u.code }),
              confirmedBy: u.staffCount.confirmed ? ctx.standingOffice : null,
              confirmedAt: u.staffCount.confirmed ? checked : null,
              version: u.staffCount.confirmed ? 2 : 1,
              createdAt: declared,
              updatedAt: u.staffCount.confirmed ? checked : declared,
            },
          ]
        : [],
    ),
  );
}

/** When each layer of an entry was written: self-scores first, then owners, then the agreed table. */
function enteredOn(period: SeededPeriod, stage: EntryDraft['stage']): string {
  const { dates } = period.plan;
  switch (stage) {
    case 'self':
      return dates.selfScored;
    case 'focal':
    case 'standingOffice':
      return addDays(dates.reviewed, -2);
    case 'agreed':
      return dates.preparatory;
  }
}

async function seedEntries(
  ctx: SeedContext,
  period: SeededPeriod,
  cluster: SeededCluster,
  drafts: EntryDraft[],
) {
  await insertAll(
    ctx.tx,
    entries,
    drafts.map((e) => {
      const on = at(enteredOn(period, e.stage), 10);
      return {
        criteriaVersionId: cluster.criteriaVersionId,
        unitId: unitId(ctx, e.unit),
        criterionCode: e.criterion,
        stage: e.stage,
        ...storedEntryValues(e),
        note: e.note ?? null,
        reason: e.reason ?? null,
        enteredBy: authorId(ctx, e.by),
        createdAt: on,
        updatedAt: on,
      };
    }),
  );
}
