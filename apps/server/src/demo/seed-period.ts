import {
  clusterMembers,
  clusters,
  criteriaVersions,
  criterionAssignments,
  periods,
  stageDeadlines,
} from '@thidua/db';
import type { Ruleset } from '@thidua/engine';
import { findProfile } from '@thidua/profiles';
import { inArray } from 'drizzle-orm';
import { type SeedContext, unitId, userId } from './context';
import { EVIDENCE_HINTS } from './data/figures';
import { ALL_UNITS, CLUSTERS, type DemoCluster, type FrameworkKey, type Seats } from './data/province';
import { clusterRuleset, leavesOf, ownerOf } from './criteria-plan';
import { addDays, at, type PeriodPlan } from './periods-plan';
import type { SeededFramework } from './seed-frameworks';

export interface SeededCluster {
  id: string;
  cluster: DemoCluster;
  key: FrameworkKey;
  seats: Seats;
  criteriaVersionId: string;
  ruleset: Ruleset;
}

export interface SeededPeriod {
  id: string;
  plan: PeriodPlan;
  clusters: SeededCluster[];
}

/**
 * A period with its deadlines, its clusters (same lineage every year, seats of that year), and each
 * cluster's criteria: issued and locked, with who scores each leaf.
 */
export async function seedPeriod(
  ctx: SeedContext,
  plan: PeriodPlan,
  frameworks: Map<FrameworkKey, SeededFramework>,
  lineages: Map<string, string>,
): Promise<SeededPeriod> {
  const { tx } = ctx;
  const archived = plan.stage === 'archived';
  const [period] = await tx
    .insert(periods)
    .values({
      councilId: ctx.councilId,
      name: plan.name,
      year: plan.year,
      calendar: plan.calendar,
      startsOn: plan.startsOn,
      endsOn: plan.endsOn,
      stage: plan.stage,
      archivedAt: archived ? at(plan.dates.archived, 16) : null,
      createdAt: at(addDays(plan.startsOn, -20)),
    })
    .returning({ id: periods.id });
  const periodId = period!.id;
  await tx.insert(stageDeadlines).values(deadlinesOf(plan).map((d) => ({ periodId, ...d })));

  const chosen = CLUSTERS.filter((c) => plan.frameworks.includes(c.framework));
  const seatsOf = (c: DemoCluster) => (plan.edition === 'last' ? c.last : c.current);
  const clusterRows = await tx
    .insert(clusters)
    .values(
      chosen.map((c) => ({
        periodId,
        lineageId: lineages.get(c.code)!,
        code: c.code,
        name: c.name,
        kind: c.kind,
        followerUserId: userId(ctx, c.follower),
        helperOffice: ALL_UNITS.find((u) => u.code === seatsOf(c).leader)!.office,
      })),
    )
    .returning({ id: clusters.id, code: clusters.code });
  const clusterIds = new Map(clusterRows.map((r) => [r.code, r.id]));
  await tx.insert(clusterMembers).values(
    chosen.flatMap((c) =>
      c.members.map((code) => {
        const seats = seatsOf(c);
        const deputy = seats.deputies.indexOf(code);
        return {
          clusterId: clusterIds.get(c.code)!,
          periodId,
          unitId: unitId(ctx, code),
          role:
            seats.leader === code
              ? ('leader' as const)
              : deputy >= 0
                ? ('deputy' as const)
                : ('member' as const),
          deputyRank: deputy >= 0 ? deputy + 1 : null,
        };
      }),
    ),
  );

  const seeded = chosen.map((c) => ({
    cluster: c,
    key: c.framework,
    seats: seatsOf(c),
    id: clusterIds.get(c.code)!,
    ruleset: clusterRuleset(frameworks.get(c.framework)!.ruleset, c.framework, criteriaTitle(c, plan)),
  }));
  const versionIds = await seedCriteria(ctx, plan, seeded, frameworks);
  return {
    id: periodId,
    plan,
    clusters: seeded.map((s, i) => ({ ...s, criteriaVersionId: versionIds[i]! })),
  };
}

function criteriaTitle(c: DemoCluster, plan: PeriodPlan): string {
  return `Tiêu chí chấm điểm thi đua ${c.name} ${plan.name.toLowerCase()}`;
}

/** The profile's default deadlines, dated in this period (a school year's months fall in either year). */
function deadlinesOf(plan: PeriodPlan) {
  const profile = findProfile(plan.deadlineProfile);
  return (profile?.deadlines ?? []).map((d) => {
    const year = plan.calendar === 'schoolYear' && d.month < 9 ? plan.year + 1 : plan.year;
    const dueOn = `${year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
    return { stage: d.stage, dueOn, note: d.note ?? null };
  });
}

/**
 * One issued revision per cluster. Assignments of an issued revision are locked by a trigger, so the
 * revisions are written agreed, given their assignments, then issued — the order a cluster follows.
 */
async function seedCriteria(
  ctx: SeedContext,
  plan: PeriodPlan,
  seeded: Omit<SeededCluster, 'criteriaVersionId'>[],
  frameworks: Map<FrameworkKey, SeededFramework>,
): Promise<string[]> {
  const { tx } = ctx;
  const issued = plan.dates.criteriaIssued;
  const rows = await tx
    .insert(criteriaVersions)
    .values(
      seeded.map((s) => ({
        clusterId: s.id,
        frameworkId: frameworks.get(s.key)!.id,
        status: 'agreed' as const,
        ruleset: s.ruleset,
        createdBy: ctx.staff.get(s.seats.leader)!,
        agreedAt: at(addDays(issued, -7)),
        issuedAt: at(issued, 14),
        issuedBy: ctx.staff.get(s.seats.leader)!,
        documentNumber: `05/QĐ-${s.cluster.symbol}`,
        documentDate: issued,
        createdAt: at(addDays(issued, -30)),
      })),
    )
    .returning({ id: criteriaVersions.id, clusterId: criteriaVersions.clusterId });
  const byCluster = new Map(rows.map((r) => [r.clusterId, r.id]));
  const versionIds = seeded.map((s) => byCluster.get(s.id)!);
  await tx.insert(criterionAssignments).values(
    seeded.flatMap((s, i) =>
      leavesOf(s.ruleset).map((leaf) => {
        const owner = ownerOf(s.key, leaf);
        const quantitative = leaf.criterion.kind === 'quantitative';
        return {
          criteriaVersionId: versionIds[i]!,
          criterionCode: leaf.code,
          owner: owner.owner,
          focalUnitId: owner.owner === 'focalUnit' ? unitId(ctx, owner.unit) : null,
          evidenceRequired: quantitative || owner.owner === 'standingOffice',
          evidenceHint: quantitative
            ? EVIDENCE_HINTS.quantitative
            : owner.owner === 'standingOffice'
              ? EVIDENCE_HINTS.standingOffice
              : null,
        };
      }),
    ),
  );
  await tx
    .update(criteriaVersions)
    .set({ status: 'issued', updatedAt: at(issued, 14) })
    .where(inArray(criteriaVersions.id, versionIds));
  return versionIds;
}
