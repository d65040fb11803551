// Shared fixtures of the criteria and registrations suites: a council with one cluster in a chosen
// stage, an issued framework with fixed groups and an added-criteria ratio, and a user per role.
import {
  criteriaVersions,
  type Database,
  frameworks,
  type PeriodStage,
  type RulesetDocument,
  units,
} from '@thidua/db';
import { buildClusterOf, buildCouncil, buildPeriod, seatUnits, uniqueSuffix } from '@thidua/db/testing';
import { buildUser } from './harness';

export { auditCount, auditOf, type ErrorJson, signIn } from './harness';

/**
 * A framework ruleset with every shape the rules care about: group I with a container (I.3 = I.3.a +
 * I.3.b) and both directions of quantitative criteria, group II, group III and bonus item IV fixed by
 * the council, and an award ladder for the titles units seek.
 */
export function frameworkRuleset(): RulesetDocument {
  return {
    name: 'Khung tiêu chí phường 2025',
    maxTotal: 1000,
    groups: [
      {
        code: 'I',
        name: 'Thực hiện nhiệm vụ chính trị',
        maxPoints: 600,
        overPlanBonusCap: 30,
        criteria: [
          {
            code: 'I.1',
            name: 'Thu ngân sách',
            points: 200,
            kind: 'quantitative',
            unit: 'triệu đồng',
            overPlanBonus: { per: 'points', amount: 1, capPercentOfPoints: 10 },
          },
          {
            code: 'I.2',
            name: 'Giảm tỷ lệ hộ nghèo',
            points: 100,
            kind: 'quantitative',
            direction: 'decrease',
            unit: '%',
          },
          {
            code: 'I.3',
            name: 'Cải cách hành chính',
            points: 300,
            children: [
              { code: 'I.3.a', name: 'Chỉ số cải cách hành chính', points: 200, kind: 'qualitative' },
              { code: 'I.3.b', name: 'Ban hành kế hoạch', points: 100, kind: 'yesno' },
            ],
          },
        ],
      },
      {
        code: 'II',
        name: 'Xây dựng Đảng, chính quyền',
        maxPoints: 200,
        criteria: [
          {
            code: 'II.1',
            name: 'Xếp loại tổ chức đảng',
            points: 100,
            kind: 'rating',
            options: { HTXSNV: 100, HTTNV: 80 },
          },
          { code: 'II.2', name: 'Quy chế dân chủ', points: 100, kind: 'qualitative' },
        ],
      },
      {
        code: 'III',
        name: 'Công tác thi đua, khen thưởng',
        maxPoints: 180,
        criteria: [
          { code: 'III.1', name: 'Đăng ký thi đua đúng hạn', points: 100, kind: 'yesno' },
          {
            code: 'III.2',
            name: 'Tỷ lệ hồ sơ đạt',
            points: 80,
            kind: 'bands',
            bands: [
              { min: 90, points: 80 },
              { min: 50, points: 40 },
            ],
          },
        ],
      },
    ],
    bonusItems: [{ code: 'IV', name: 'Điểm thưởng của Hội đồng', max: 20 }],
    deductionItems: [{ code: 'PHE_BINH', name: 'Văn bản phê bình', pointsEach: 1, cap: 5 }],
    awards: [
      { code: 'CO_TP', name: 'Cờ thi đua của UBND Thành phố', minScore: 900 },
      { code: 'BK_TP', name: 'Bằng khen của Chủ tịch UBND Thành phố', minScore: 850 },
      { code: 'TTLDXS', name: 'Tập thể lao động xuất sắc', minScore: 800 },
    ],
  };
}

export interface WorldOptions {
  stage?: PeriodStage;
  /** Insert an issued criteria revision (revision 1) for the cluster, as registrations need. */
  issuedVersion?: boolean;
}

/**
 * A council with a period in `stage`, one cluster (leader, deputy, two members; followed by a council
 * member), a focal department and a unit outside the cluster, an issued framework (III and IV fixed,
 * ratio 0.3), and one user per role, plus another council's standing office.
 */
export async function buildWorld(
  db: Database,
  { stage = 'criteria', issuedVersion = false }: WorldOptions = {},
) {
  const council = await buildCouncil(db);
  const other = await buildCouncil(db, 'Hội đồng khác');
  const period = await buildPeriod(db, council.id, { stage });
  const unit = (code: string, name: string, type: 'ward' | 'department' = 'ward') => ({
    councilId: council.id,
    code: `${code}-${uniqueSuffix()}`,
    name,
    type,
    calendar: 'calendarYear' as const,
  });
  const [leader, deputy, memberA, memberB, focal, outsider] = await db
    .insert(units)
    .values([
      unit('dong-hai', 'Phường Đông Hải'),
      unit('an-lac', 'Phường An Lạc'),
      unit('cat-bi', 'Phường Cát Bi'),
      unit('dang-lam', 'Phường Đằng Lâm'),
      unit('tai-chinh', 'Phòng Tài chính – Kế hoạch', 'department'),
      unit('nam-hai', 'Phường Nam Hải'),
    ])
    .returning();
  const follower = await buildUser(db, council.id, 'councilMember');
  const cluster = await buildClusterOf(db, period.id, { followerUserId: follower.id });
  await seatUnits(db, cluster, [
    { unitId: leader!.id, role: 'leader' },
    { unitId: deputy!.id, role: 'deputy', deputyRank: 1 },
    { unitId: memberA!.id, role: 'member' },
    { unitId: memberB!.id, role: 'member' },
  ]);
  const [framework] = await db
    .insert(frameworks)
    .values({
      councilId: council.id,
      code: 'khung-phuong',
      name: 'Khung tiêu chí phường',
      ruleset: frameworkRuleset(),
      fixedGroupCodes: ['III', 'IV'],
      maxAddedCriteriaRatio: '0.3',
      status: 'issued',
      issuedAt: new Date(),
      documentNumber: '12/QĐ-HĐTĐKT',
      documentDate: '2025-03-01',
    })
    .returning();
  const [version] = issuedVersion
    ? await db
        .insert(criteriaVersions)
        .values({
          clusterId: cluster.id,
          frameworkId: framework!.id,
          ruleset: frameworkRuleset(),
          status: 'issued',
          issuedAt: new Date(),
          documentNumber: '05/QĐ-CTĐ1',
          documentDate: '2025-06-20',
        })
        .returning()
    : [undefined];
  return {
    council,
    otherCouncil: other,
    period,
    cluster,
    framework: framework!,
    version,
    units: {
      leader: leader!,
      deputy: deputy!,
      memberA: memberA!,
      memberB: memberB!,
      focal: focal!,
      outsider: outsider!,
    },
    users: {
      standingOffice: await buildUser(db, council.id, 'standingOffice'),
      councilMember: await buildUser(db, council.id, 'councilMember'),
      follower,
      leader: await buildUser(db, council.id, 'unitStaff', leader!.id),
      deputy: await buildUser(db, council.id, 'unitStaff', deputy!.id),
      memberA: await buildUser(db, council.id, 'unitStaff', memberA!.id),
      memberB: await buildUser(db, council.id, 'unitStaff', memberB!.id),
      focal: await buildUser(db, council.id, 'unitStaff', focal!.id),
      outsider: await buildUser(db, council.id, 'unitStaff', outsider!.id),
      stranger: await buildUser(db, other.id, 'standingOffice'),
    },
  };
}

export type World = Awaited<ReturnType<typeof buildWorld>>;
