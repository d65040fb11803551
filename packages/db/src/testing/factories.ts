import { randomUUID } from 'node:crypto';
import type { Database } from '../connect';
import type { RulesetDocument } from '../schema';
import * as s from '../schema';
import type {
  Cluster,
  Council,
  CriteriaVersion,
  Framework,
  NewCluster,
  NewClusterMember,
  NewPeriod,
  Period,
  Unit,
} from '../types';

/** A short unique suffix, so rows built by concurrent tests (and earlier runs on PostgreSQL) never collide. */
export const uniqueSuffix = (): string => randomUUID().slice(0, 8);

/** A two-group ruleset in the `thidua/period@1` shape, enough to store entries of every kind. */
export const SMALL_RULESET: RulesetDocument = {
  name: 'Khung thử nghiệm',
  maxTotal: 1000,
  groups: [
    {
      code: 'I',
      name: 'Nhiệm vụ chính trị',
      maxPoints: 600,
      overPlanBonusCap: 30,
      criteria: [
        { code: 'I.1', name: 'Thu ngân sách', points: 300, kind: 'quantitative' },
        {
          code: 'I.2',
          name: 'Cải cách hành chính',
          points: 300,
          kind: 'bands',
          bands: [{ min: 90, points: 300 }],
        },
      ],
    },
    {
      code: 'II',
      name: 'Xây dựng Đảng',
      maxPoints: 400,
      criteria: [
        {
          code: 'II.1',
          name: 'Xếp loại tổ chức đảng',
          points: 200,
          kind: 'rating',
          options: { HTXSNV: 200 },
        },
        { code: 'II.2', name: 'Quy chế dân chủ', points: 100, kind: 'qualitative' },
        { code: 'II.3', name: 'Ban hành kế hoạch', points: 100, kind: 'yesno' },
      ],
    },
  ],
  bonusItems: [{ code: 'IV', name: 'Điểm thưởng', max: 20 }],
  deductionItems: [{ code: 'PHE_BINH', name: 'Văn bản phê bình', pointsEach: 1, cap: 5 }],
};

/** A council with a unique code. */
export async function buildCouncil(db: Database, name = 'Hội đồng TĐKT thử nghiệm'): Promise<Council> {
  const [council] = await db
    .insert(s.councils)
    .values({ code: `council-${uniqueSuffix()}`, name, level: 'province' })
    .returning();
  return council!;
}

/** A 2025 calendar-year period of a council; `values` override (the stage is the table's default unless given). */
export async function buildPeriod(
  db: Database,
  councilId: string,
  values: Partial<Omit<NewPeriod, 'councilId'>> = {},
): Promise<Period> {
  const row: NewPeriod = {
    councilId,
    name: 'Năm 2025',
    year: 2025,
    calendar: 'calendarYear',
    startsOn: '2025-01-01',
    endsOn: '2025-12-31',
    ...values,
  };
  return (await db.insert(s.periods).values(row).returning())[0]!;
}

/** A cluster of a period: `cum-1` "Cụm thi đua số 1" unless `values` say otherwise. */
export async function buildClusterOf(
  db: Database,
  periodId: string,
  values: Partial<Omit<NewCluster, 'periodId'>> = {},
): Promise<Cluster> {
  const row: NewCluster = { periodId, code: 'cum-1', name: 'Cụm thi đua số 1', kind: 'cum', ...values };
  return (await db.insert(s.clusters).values(row).returning())[0]!;
}

/** Seats units in a cluster of its period (a plain member unless the seat says its role). */
export async function seatUnits(
  db: Database,
  cluster: { id: string; periodId: string },
  seats: readonly Omit<NewClusterMember, 'clusterId' | 'periodId'>[],
): Promise<void> {
  await db
    .insert(s.clusterMembers)
    .values(seats.map((seat) => ({ clusterId: cluster.id, periodId: cluster.periodId, ...seat })));
}

export interface BuiltCluster {
  council: Council;
  period: Period;
  cluster: Cluster;
  /** All members in seat order: the leader first, then the deputies, then plain members. */
  units: Unit[];
  framework: Framework;
  criteria: CriteriaVersion;
}

/**
 * A fresh council with a 2025 calendar-year period and one cluster of wards: a leader, `deputies`
 * deputies and plain members up to `members`, and an issued criteria revision on SMALL_RULESET.
 */
export async function buildCluster(
  db: Database,
  { members = 5, deputies = 1 }: { members?: number; deputies?: number } = {},
): Promise<BuiltCluster> {
  const council = await buildCouncil(db);
  const period = await buildPeriod(db, council.id, { stage: 'results' });
  const cluster = await buildClusterOf(db, period.id);
  // One multi-row insert per table: ten times faster than row by row on both drivers.
  const units = await db
    .insert(s.units)
    .values(
      Array.from({ length: members }, (_, i) => ({
        councilId: council.id,
        code: `phuong-${i + 1}`,
        name: `Phường ${i + 1}`,
        type: 'ward' as const,
        calendar: 'calendarYear' as const,
      })),
    )
    .returning();
  await seatUnits(
    db,
    cluster,
    units.map((unit, i) => ({
      unitId: unit.id,
      role: i === 0 ? ('leader' as const) : i <= deputies ? ('deputy' as const) : ('member' as const),
      deputyRank: i > 0 && i <= deputies ? i : null,
    })),
  );
  const [framework] = await db
    .insert(s.frameworks)
    .values({ councilId: council.id, code: 'khung-phuong', name: 'Khung phường', ruleset: SMALL_RULESET })
    .returning();
  const [criteria] = await db
    .insert(s.criteriaVersions)
    .values({
      clusterId: cluster.id,
      frameworkId: framework!.id,
      ruleset: SMALL_RULESET,
      status: 'issued',
      issuedAt: new Date('2025-06-20T03:00:00Z'),
    })
    .returning();
  return { council, period, cluster, units, framework: framework!, criteria: criteria! };
}
