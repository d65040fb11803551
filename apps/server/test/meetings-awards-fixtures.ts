import {
  clusterMembers,
  clusters,
  criteriaVersions,
  type Database,
  entries,
  type PeriodStage,
  periods,
  type RulesetDocument,
  units,
} from '@thidua/db';
import { buildCluster, buildCouncil, SMALL_RULESET, uniqueSuffix } from '@thidua/db/testing';
import { eq } from 'drizzle-orm';
import { buildUnit, buildUser, type Client } from './harness';

export { auditOf, type ErrorJson, signIn } from './harness';

// Shared by the meetings*, awards* and audit* tests: a cluster of wards with an issued award ladder and
// one user for every role that matters to meetings, votes, quotas and proposals.

/** SMALL_RULESET with an award ladder: city flag ≥ 950, certificate ≥ 900, excellent collective ≥ 800. */
export const AWARDS_RULESET: RulesetDocument = {
  ...SMALL_RULESET,
  awards: [
    { code: 'CO_TP', name: 'Cờ thi đua của UBND Thành phố', minScore: 950 },
    { code: 'BK_TP', name: 'Bằng khen của Chủ tịch UBND Thành phố', minScore: 900 },
    { code: 'TTLDXS', name: 'Tập thể lao động xuất sắc', minScore: 800 },
  ],
};

/**
 * Imported entries (the result spreadsheet's rows) giving unit `code` a full score (1000), 960 or 800
 * points under AWARDS_RULESET.
 */
export function awardEntries(code: string, level: 'full' | 'high' | 'eight') {
  return [
    { unit: code, criterion: 'I.1', plan: 100, actual: 100 },
    { unit: code, criterion: 'I.2', value: 95 },
    { unit: code, criterion: 'II.1', rating: 'HTXSNV' },
    { unit: code, criterion: 'II.2', points: level === 'full' ? 100 : level === 'high' ? 60 : 0 },
    { unit: code, criterion: 'II.3', done: level !== 'eight' },
  ];
}

/**
 * A council with a 2025 period in `stage` and a cluster of `members` wards (Phường 1 leads, Phường 2
 * deputises); revision 1 of its criteria is issued without awards and revision 2 with AWARDS_RULESET, so
 * "the latest issued revision" is what the checks must read. With `scored` (the default) every unit has
 * an agreed value for every criterion of revision 2, so its data is complete (the proposal gate of #11 §2).
 */
export async function buildWorld(
  db: Database,
  {
    members = 9,
    stage = 'summary',
    scored = true,
  }: { members?: number; stage?: PeriodStage; scored?: boolean } = {},
) {
  const built = await buildCluster(db, { members, deputies: 1 });
  await db.update(periods).set({ stage }).where(eq(periods.id, built.period.id));
  const [revision2] = await db
    .insert(criteriaVersions)
    .values({
      clusterId: built.cluster.id,
      frameworkId: built.framework.id,
      revision: 2,
      supersedesId: built.criteria.id,
      changeReason: 'Bổ sung hình thức khen thưởng',
      ruleset: AWARDS_RULESET,
      status: 'issued',
      issuedAt: new Date('2025-07-01T03:00:00Z'),
    })
    .returning();
  if (scored) await scoreEveryUnit(db, revision2!.id, built.units);
  const councilId = built.council.id;
  const outsideUnit = await buildUnit(db, councilId, 'Phường ngoài cụm', { code: `ngoai-${uniqueSuffix()}` });
  const otherCouncil = await buildCouncil(db, 'Hội đồng khác');
  const follower = await buildUser(db, councilId, 'councilMember');
  await db.update(clusters).set({ followerUserId: follower.id }).where(eq(clusters.id, built.cluster.id));
  const [leaderUnit, deputyUnit] = built.units;
  const memberUnit = built.units[built.units.length - 1]!;
  return {
    ...built,
    criteria: revision2!,
    outsideUnit: outsideUnit,
    otherCouncil,
    users: {
      standingOffice: await buildUser(db, councilId, 'standingOffice'),
      admin: await buildUser(db, councilId, 'administrator'),
      follower,
      councilMember: await buildUser(db, councilId, 'councilMember'),
      leader: await buildUser(db, councilId, 'unitStaff', leaderUnit!.id),
      deputy: await buildUser(db, councilId, 'unitStaff', deputyUnit!.id),
      member: await buildUser(db, councilId, 'unitStaff', memberUnit.id),
      outsider: await buildUser(db, councilId, 'unitStaff', outsideUnit.id),
      stranger: await buildUser(db, otherCouncil.id, 'standingOffice'),
      systemAdmin: await buildUser(db, null, 'systemAdmin'),
    },
  };
}

export type World = Awaited<ReturnType<typeof buildWorld>>;

/** An agreed value for every criterion of AWARDS_RULESET, for each of `scoredUnits` (1000 points each). */
export async function scoreEveryUnit(
  db: Database,
  criteriaVersionId: string,
  scoredUnits: readonly { id: string }[],
): Promise<void> {
  if (scoredUnits.length === 0) return;
  await db.insert(entries).values(
    scoredUnits.flatMap(({ id: unitId }) =>
      [
        { criterionCode: 'I.1', plan: '100', actual: '100' },
        { criterionCode: 'I.2', value: '95' },
        { criterionCode: 'II.1', rating: 'HTXSNV' },
        { criterionCode: 'II.2', points: '100' },
        { criterionCode: 'II.3', done: true },
      ].map((value) => ({ criteriaVersionId, unitId, stage: 'agreed' as const, ...value })),
    ),
  );
}

/**
 * As the standing office (`office`): opens a dossier batch named `batchName` in the world's period and
 * files in it a collective dossier for the world's third unit (`values`: its kind, level and award).
 */
export async function fileDossier(
  office: Client,
  world: World,
  batchName: string,
  values: { kind: string; level: 'provincial' | 'national'; awardName?: string | null },
) {
  const batch = (await office.post(`/periods/${world.period.id}/dossier-batches`, { name: batchName })).json<{
    id: string;
    version: number;
  }>();
  const unit = world.units[2]!;
  const dossier = (
    await office.post(`/dossier-batches/${batch.id}/dossiers`, {
      unitId: unit.id,
      subject: 'collective',
      ...values,
      candidateName: unit.name,
    })
  ).json<{ id: string; version: number }>();
  return { batch, dossier };
}

/** A second cluster in the same period (for the council-level checks), with its own issued ladder. */
export async function addCluster(db: Database, world: World, members = 3) {
  const [cluster] = await db
    .insert(clusters)
    .values({
      periodId: world.period.id,
      code: `cum-${uniqueSuffix()}`,
      name: 'Cụm thi đua số 2',
      kind: 'cum',
    })
    .returning();
  const created = await db
    .insert(units)
    .values(
      Array.from({ length: members }, (_, i) => ({
        councilId: world.council.id,
        code: `xa-${i + 1}-${uniqueSuffix()}`,
        name: `Xã ${i + 1}`,
        type: 'commune' as const,
        calendar: 'calendarYear' as const,
      })),
    )
    .returning();
  await db.insert(clusterMembers).values(
    created.map((unit, i) => ({
      clusterId: cluster!.id,
      periodId: world.period.id,
      unitId: unit.id,
      role: i === 0 ? ('leader' as const) : i === 1 ? ('deputy' as const) : ('member' as const),
      deputyRank: i === 1 ? 1 : null,
    })),
  );
  const [version] = await db
    .insert(criteriaVersions)
    .values({
      clusterId: cluster!.id,
      frameworkId: world.framework.id,
      ruleset: AWARDS_RULESET,
      status: 'issued',
      issuedAt: new Date('2025-07-01T03:00:00Z'),
    })
    .returning();
  await scoreEveryUnit(db, version!.id, created);
  return {
    cluster: cluster!,
    units: created,
    leader: await buildUser(db, world.council.id, 'unitStaff', created[0]!.id),
  };
}
