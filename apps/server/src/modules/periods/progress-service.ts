import {
  clusterDataVersions,
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
import { loadReadablePeriod } from './period-service';
import { stageCompletion } from './progress-cells';
import type { Actor } from '../../auth/actor';
import { LruMap } from '../../cache/lru';
import { JsonText } from '../../http/json-text';
import { onSnapshot } from '../scoring-shared/snapshot';
import { progressView } from '@thidua/contracts/periods';

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

/**
 * Progress already computed, by the state of the period it was computed from: the period, its stage,
 * and each of its clusters with its data version. A cluster's data version (migration 0019) rises in the
 * transaction of every write to what progress reads (membership, units, registrations, pacts, criteria
 * revisions, entries, evidence, the period's row), a new or removed cluster changes the list, and the
 * key is read on the same snapshot as the data: so a write visible to a read changes the key that read
 * sees, and cached progress is never stale.
 */
const cachedProgress = new LruMap<string, JsonText>(64);

/**
 * The progress of a period the actor may read (else 404) as the JSON text of the route's `progressView`,
 * from the cache when this state of the period was read before: written (and gzipped) once per state,
 * not once per reader — the home page of every user of the council reads it.
 */
export async function readPeriodProgress(db: Database, actor: Actor, periodId: string): Promise<JsonText> {
  return onSnapshot(db, async (tx) => {
    const { period } = await loadReadablePeriod(tx, actor, periodId);
    const versions = await tx
      .select({ id: clusters.id, version: clusterDataVersions.version })
      .from(clusters)
      .leftJoin(clusterDataVersions, eq(clusterDataVersions.clusterId, clusters.id))
      .where(eq(clusters.periodId, period.id))
      .orderBy(asc(clusters.id));
    const key = JSON.stringify([period.id, period.stage, versions.map((c) => [c.id, c.version ?? 0])]);
    const cached = cachedProgress.get(key);
    if (cached) return cached;
    const text = JsonText.of(JSON.stringify(progressView.parse(await periodProgress(tx, period))));
    cachedProgress.set(key, text);
    return text;
  });
}
