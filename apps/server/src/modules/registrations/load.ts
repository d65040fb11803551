import {
  clusterMembers,
  criteriaVersions,
  type Database,
  frameworks,
  type Registration,
  registrations,
  type Transaction,
} from '@thidua/db';
import { type RulesetIndex, validateRuleset } from '@thidua/engine';
import { AWARD_NAMES, awardName } from '@thidua/vocabulary';
import { and, asc, count, desc, eq } from 'drizzle-orm';
import { type ClusterAccess, loadClusterAccess } from '../../access/cluster-access';
import type { Actor } from '../../auth/actor';
import { forbidden, notFound } from '../../http/errors';
import {
  type CriteriaVersionMeta,
  criteriaVersionMetaColumns,
  findIssuedVersionMeta,
  loadIssuedRevision,
} from '../criteria/issued';
import { REGISTRATION_MSG as M } from './messages';
import { canReadRegistration } from './policy';

type Db = Database | Transaction;

/** A registration with the actor's roles in the cluster its unit sits in. */
export interface RegistrationContext {
  registration: Registration;
  access: ClusterAccess;
}

/** Joins a registration to its unit's seat in a cluster of the same period. */
export const unitSeatInPeriod = and(
  eq(clusterMembers.unitId, registrations.unitId),
  eq(clusterMembers.periodId, registrations.periodId),
);

/** Every member of the cluster has submitted its registration for the period. */
export async function isAllSubmitted(db: Db, access: ClusterAccess): Promise<boolean> {
  const [row] = await db
    .select({ n: count() })
    .from(registrations)
    .innerJoin(clusterMembers, unitSeatInPeriod)
    .where(and(eq(clusterMembers.clusterId, access.clusterId), eq(registrations.status, 'submitted')));
  return access.seats.size > 0 && (row?.n ?? 0) === access.seats.size;
}

/**
 * Loads a registration for reading: 404 outside the council; 403 for another unit's registration
 * before the whole cluster has submitted.
 */
export async function loadRegistration(
  db: Db,
  actor: Actor,
  registrationId: string,
): Promise<RegistrationContext> {
  const [registration] = await db
    .select()
    .from(registrations)
    .where(eq(registrations.id, registrationId))
    .limit(1);
  if (!registration) throw notFound('bản đăng ký thi đua');
  const [seat] = await db
    .select({ clusterId: clusterMembers.clusterId })
    .from(clusterMembers)
    .where(
      and(eq(clusterMembers.periodId, registration.periodId), eq(clusterMembers.unitId, registration.unitId)),
    )
    .limit(1);
  if (!seat) throw notFound(M.noCluster);
  const access = await loadClusterAccess(db, actor, seat.clusterId);
  // Whether all have submitted is only asked when the actor's own roles do not already decide.
  const readable =
    canReadRegistration(access, registration.unitId, false) ||
    canReadRegistration(access, registration.unitId, await isAllSubmitted(db, access));
  if (!readable) throw forbidden(M.hiddenUntilAllSubmitted);
  return { registration, access };
}

/** What a registration's targets and titles are checked against (issue #14 §3). */
export type BasisKind = 'issued' | 'draft' | 'none';

/** An award of the ladder a registration may seek. */
export interface TitleRef {
  code: string;
  name: string;
}

/**
 * The criteria a registration is written against: the issued revision it names; before issue the
 * cluster's current draft (draft or agreed, not named by the registration, since it may still change);
 * or none yet. `index` is null when there is no draft (or the draft does not validate yet): no targets
 * then. `titles` is the award ladder titles are chosen from: the revision's, or without one the
 * council's issued frameworks' and the award vocabulary's (the ladder does not wait for the cluster).
 */
export interface RegistrationBasis {
  kind: BasisKind;
  version: CriteriaVersionMeta | null;
  index: RulesetIndex | null;
  titles: TitleRef[];
}

const ladderOf = (index: RulesetIndex): TitleRef[] =>
  index.awards.map((a) => ({ code: a.code, name: a.name }));

/** The award ladder before the cluster has any criteria: its council's issued frameworks', then the vocabulary's. */
async function councilLadder(db: Db, councilId: string): Promise<TitleRef[]> {
  const rows = await db
    .select({ ruleset: frameworks.ruleset })
    .from(frameworks)
    .where(and(eq(frameworks.councilId, councilId), eq(frameworks.status, 'issued')))
    .orderBy(asc(frameworks.code), asc(frameworks.revision));
  const ladder = new Map<string, string>();
  for (const row of rows) {
    const ruleset = row.ruleset as { awards?: { code: string; name?: string }[] };
    for (const award of ruleset.awards ?? []) {
      if (!ladder.has(award.code)) ladder.set(award.code, awardName(award.code, ruleset));
    }
  }
  for (const [code, name] of Object.entries(AWARD_NAMES)) if (!ladder.has(code)) ladder.set(code, name);
  return [...ladder].map(([code, name]) => ({ code, name }));
}

/** A revision's basis: issued (locked, cached) or a draft validated as it stands now. */
async function basisOfVersion(db: Db, meta: CriteriaVersionMeta): Promise<RegistrationBasis> {
  if (meta.status === 'issued') {
    const { index } = await loadIssuedRevision(db, meta);
    return { kind: 'issued', version: meta, index, titles: ladderOf(index) };
  }
  const [row] = await db
    .select({ ruleset: criteriaVersions.ruleset })
    .from(criteriaVersions)
    .where(eq(criteriaVersions.id, meta.id))
    .limit(1);
  const checked = validateRuleset(row?.ruleset, 'ruleset');
  const index = checked.ok && checked.index ? checked.index : null;
  return { kind: 'draft', version: meta, index, titles: index ? ladderOf(index) : [] };
}

/**
 * The basis of a registration that names `versionId` (an issued revision), or of one that names none
 * yet: the cluster's latest issued revision if there is one, else its latest draft, else none.
 */
export async function loadBasis(
  db: Db,
  access: Pick<ClusterAccess, 'clusterId' | 'councilId'>,
  versionId: string | null,
): Promise<RegistrationBasis> {
  if (versionId) {
    const [meta] = await db
      .select(criteriaVersionMetaColumns)
      .from(criteriaVersions)
      .where(eq(criteriaVersions.id, versionId))
      .limit(1);
    if (!meta) throw notFound('bộ tiêu chí');
    return basisOfVersion(db, meta);
  }
  const issued = await findIssuedVersionMeta(db, access.clusterId);
  if (issued) return basisOfVersion(db, issued);
  const [draft] = await db
    .select(criteriaVersionMetaColumns)
    .from(criteriaVersions)
    .where(eq(criteriaVersions.clusterId, access.clusterId))
    .orderBy(desc(criteriaVersions.revision))
    .limit(1);
  if (draft) {
    const basis = await basisOfVersion(db, draft);
    if (basis.titles.length > 0) return basis;
    return { ...basis, titles: await councilLadder(db, access.councilId) };
  }
  return { kind: 'none', version: null, index: null, titles: await councilLadder(db, access.councilId) };
}
