import {
  clusterMembers,
  clusters,
  type Database,
  type Period,
  type Transaction,
  pacts,
  registrations,
  units,
} from '@thidua/db';
import { and, asc, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { stageCompletion } from './progress-cells';
import type { progressView } from '@thidua/contracts/periods';

type ProgressView = z.infer<typeof progressView>;
type ClusterProgress = ProgressView['clusters'][number];

/**
 * Where each cluster of a period stands (SPEC §4): per member unit, whether it has submitted its
 * registration, signed the pact, self-scored every criterion it owns (with the evidence files the criteria
 * require) and had every criterion reviewed (an agreed value), with the counts per cluster. Only these yes/no facts leave: no scores, so
 * every role of the council may read it.
 */
export async function periodProgress(db: Database | Transaction, period: Period): Promise<ProgressView> {
  const [clusterRows, memberRows, submitted, signed] = await Promise.all([
    db.select().from(clusters).where(eq(clusters.periodId, period.id)).orderBy(asc(clusters.code)),
    db
      .select({
        clusterId: clusterMembers.clusterId,
        unitId: clusterMembers.unitId,
        seat: clusterMembers.role,
        deputyRank: clusterMembers.deputyRank,
        code: units.code,
        name: units.name,
        type: units.type,
      })
      .from(clusterMembers)
      .innerJoin(units, eq(units.id, clusterMembers.unitId))
      .where(eq(clusterMembers.periodId, period.id))
      .orderBy(asc(units.code)),
    db
      .select({ unitId: registrations.unitId })
      .from(registrations)
      .where(and(eq(registrations.periodId, period.id), eq(registrations.status, 'submitted'))),
    db.select({ unitId: pacts.unitId }).from(pacts).where(eq(pacts.periodId, period.id)),
  ]);
  const registered = new Set(submitted.map((r) => r.unitId));
  const pactSigned = new Set(signed.map((p) => p.unitId));
  const completion = await stageCompletion(
    db,
    clusterRows.map((c) => c.id),
  );

  return {
    periodId: period.id,
    stage: period.stage,
    clusters: clusterRows.map((cluster): ClusterProgress => {
      const members = memberRows
        .filter((m) => m.clusterId === cluster.id)
        .map((m) => ({
          unitId: m.unitId,
          code: m.code,
          name: m.name,
          type: m.type,
          seat: m.seat,
          registered: registered.has(m.unitId),
          pactSigned: pactSigned.has(m.unitId),
          ...completion(cluster.id, m.unitId),
        }));
      const tally = (flag: 'registered' | 'pactSigned' | 'selfScored' | 'reviewed') =>
        members.filter((m) => m[flag]).length;
      return {
        id: cluster.id,
        code: cluster.code,
        name: cluster.name,
        kind: cluster.kind,
        memberCount: members.length,
        registered: tally('registered'),
        pactSigned: tally('pactSigned'),
        selfScored: tally('selfScored'),
        reviewed: tally('reviewed'),
        members,
      };
    }),
  };
}
