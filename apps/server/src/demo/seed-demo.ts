import { randomUUID } from 'node:crypto';
import { councils, type Database } from '@thidua/db';
import { count } from 'drizzle-orm';
import type { FileStore } from '../files/blob-store';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_UNITS } from './accounts';
import type { SeedContext } from './context';
import { CLUSTERS, type FrameworkKey } from './data/province';
import { PERIOD_PLANS } from './periods-plan';
import {
  type ClusterOutcome,
  decisionsText,
  evaluateCluster,
  seedDecision,
  seedGovernmentFlagNominee,
  seedProposals,
} from './seed-awards';
import { seedEvidence } from './seed-evidence';
import { type SeededFramework, seedFrameworks } from './seed-frameworks';
import { seedMeetings } from './seed-meetings';
import { passwordHashes, seedOrganisation } from './seed-organisation';
import { type SeededCluster, seedPeriod } from './seed-period';
import { seedMovements } from './seed-movements';
import { seedProgramme } from './seed-programme';
import { seedClusterResults } from './seed-results';

export { DEMO_ACCOUNTS, DEMO_PASSWORD };
export type { DemoAccount } from './accounts';

/**
 * Seeds the demo council — tỉnh Hải Hà: 24 communes and wards in three clusters, 12 departments in two
 * blocks, 8 upper-secondary schools in one block; last year scored, ranked, awarded and archived, this
 * year mid-way — on an empty database (no council yet). Returns false, doing nothing, when data exists.
 * Runs in one transaction: a half-seeded database never remains. With `store`, the bytes of the
 * demo's evidence files are then written to the file store (named by their hash; an existing one is
 * left as it is).
 */
export async function seedDemo(db: Database, options: { store?: FileStore } = {}): Promise<boolean> {
  const [existing] = await db.select({ n: count() }).from(councils);
  if ((existing?.n ?? 0) > 0) return false;
  const hashes = await passwordHashes(DEMO_PASSWORD);
  const files = await db.transaction(async (tx) => {
    const ctx = await seedOrganisation(tx, hashes);
    const frameworks = await seedFrameworks(ctx);
    // One lineage per cluster, shared by its rows of every year: "who led Cụm 1 when" is a join.
    const lineages = new Map(CLUSTERS.map((c) => [c.code, randomUUID()]));
    for (const plan of PERIOD_PLANS) await seedOnePeriod(ctx, plan, frameworks, lineages);
    return ctx.files;
  });
  if (options.store) for (const [sha256, bytes] of files) await options.store.put(sha256, bytes);
  return true;
}

async function seedOnePeriod(
  ctx: SeedContext,
  plan: (typeof PERIOD_PLANS)[number],
  frameworks: Map<FrameworkKey, SeededFramework>,
  lineages: Map<string, string>,
): Promise<void> {
  const period = await seedPeriod(ctx, plan, frameworks, lineages);
  // The council's own sessions follow the calendar year, whatever the schools' year.
  if (plan.calendar === 'calendarYear') await seedProgramme(ctx, period);
  if (plan.calendar === 'calendarYear' && plan.edition === 'current') await seedMovements(ctx, period);
  const closed: { cluster: SeededCluster; outcome: ClusterOutcome; meetingId: string }[] = [];
  for (const cluster of period.clusters) {
    const results = await seedClusterResults(ctx, period, cluster, DEMO_UNITS);
    const absent = results.adjustments
      .filter((a) => a.itemCode === 'THAM_GIA_KHONG_DAY_DU')
      .map((a) => a.unit);
    if (plan.edition === 'current') {
      await seedEvidence(ctx, period, cluster, DEMO_UNITS);
      await seedMeetings(ctx, period, cluster, absent);
      continue;
    }
    const outcome = await evaluateCluster(ctx, period, cluster, results);
    const meetingId = await seedMeetings(ctx, period, cluster, absent, {
      decisions: decisionsText(cluster, outcome),
      tieVotes: outcome.tieVotes,
      awarded: outcome.result.units.filter((u) => u.award).map((u) => u.unit),
    });
    closed.push({ cluster, outcome, meetingId: meetingId! });
  }
  if (closed.length === 0) return;
  const decisionId = await seedDecision(ctx, period);
  for (const c of closed) await seedProposals(ctx, period, c.cluster, c.outcome, c.meetingId, decisionId);
  if (plan.calendar === 'calendarYear') await seedGovernmentFlagNominee(ctx, period, closed);
}
