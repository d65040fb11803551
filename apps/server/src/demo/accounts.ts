import type { MembershipRole } from '@thidua/db';
import { ALL_UNITS, CLUSTERS, COUNCIL_MEMBERS, FOCAL, personName, unitName } from './data/province';
import { CURRENT_YEAR } from './periods-plan';

/** The published password of every demo account; production refuses to start while one still has it. */
export const DEMO_PASSWORD = 'thidua-demo-2025';

export interface DemoAccount {
  username: string;
  displayName: string;
  /** What the account is, in Vietnamese, as printed at start. */
  role: string;
}

interface AccountSpec extends DemoAccount {
  membership: MembershipRole | null;
  /** The unit a unitStaff account works for. */
  unit?: string;
  title: string;
}

const cum1 = CLUSTERS[0]!;
const schools = CLUSTERS.find((c) => c.framework === 'schools')!;
// An ordinary member of Cụm 1 in both years, and a school that neither leads nor deputises.
const plainMember = cum1.members.find((c) => ![cum1.last, cum1.current].some((s) => isSeated(s, c)))!;
const plainSchool = schools.members.find(
  (c) => ![schools.last, schools.current].some((s) => isSeated(s, c)),
)!;

function isSeated(seats: { leader: string; deputies: string[] }, code: string): boolean {
  return seats.leader === code || seats.deputies.includes(code);
}

const staff = (username: string, displayName: string, unit: string, role: string): AccountSpec => ({
  username,
  displayName,
  role: `${role} — ${unitName(unit)}`,
  membership: 'unitStaff',
  unit,
  title: `Cán bộ phụ trách thi đua, khen thưởng, ${unitName(unit)}`,
});

const SPECS: AccountSpec[] = [
  {
    username: 'quantri',
    displayName: 'Quản trị hệ thống',
    role: 'Quản trị hệ thống',
    membership: 'administrator',
    title: 'Quản trị hệ thống thi đua, khen thưởng',
  },
  {
    username: 'cqtt',
    displayName: 'Nguyễn Thị Thu Hà',
    role: 'Cơ quan thường trực — Phòng Thi đua - Khen thưởng, Sở Nội vụ',
    membership: 'standingOffice',
    title: 'Chuyên viên Phòng Thi đua - Khen thưởng, Sở Nội vụ',
  },
  {
    username: 'hoidong',
    displayName: 'Lê Minh Tuấn',
    role: `Thành viên Hội đồng, theo dõi ${cum1.name}`,
    membership: 'councilMember',
    title: 'Phó Giám đốc Sở Tư pháp, Ủy viên Hội đồng Thi đua - Khen thưởng tỉnh',
  },
  staff('cumtruong', 'Trần Văn Hùng', cum1.current.leader, `Cụm trưởng ${cum1.name} năm ${CURRENT_YEAR}`),
  staff('cumpho', 'Phạm Thị Lan Anh', cum1.current.deputies[0]!, `Cụm phó ${cum1.name} năm ${CURRENT_YEAR}`),
  staff('donvi', 'Đặng Quốc Việt', plainMember, `Đơn vị thành viên ${cum1.name}`),
  staff('daumoi', 'Vũ Thị Mai', FOCAL.finance, 'Đơn vị đầu mối chấm tiêu chí thu, chi ngân sách'),
  staff('truonghoc', 'Ngô Thị Hồng Nhung', plainSchool, `Đơn vị thành viên ${schools.name}`),
];

/** The demo accounts, one per role, printed at start. */
export const DEMO_ACCOUNTS: readonly DemoAccount[] = SPECS.map(({ username, displayName, role }) => ({
  username,
  displayName,
  role,
}));

export interface SeedUser {
  username: string;
  displayName: string;
  isSystemAdmin: boolean;
  /** Demo accounts get the published password; the others cannot log in (see seed-organisation). */
  demo: boolean;
  membership: MembershipRole | null;
  unit?: string;
  title: string;
}

/**
 * Everyone the demo needs: the demo accounts, the other council members following a cluster, and one
 * emulation officer per unit without a demo account, so every entry has a plausible author.
 */
export function seedUsers(): SeedUser[] {
  const users: SeedUser[] = SPECS.map((s) => ({
    username: s.username,
    displayName: s.displayName,
    isSystemAdmin: s.username === 'quantri',
    demo: true,
    membership: s.membership,
    ...(s.unit ? { unit: s.unit } : {}),
    title: s.title,
  }));
  for (const m of COUNCIL_MEMBERS) {
    users.push({ ...m, isSystemAdmin: false, demo: false, membership: 'councilMember' });
  }
  const covered = new Set(SPECS.map((s) => s.unit));
  ALL_UNITS.filter((u) => !covered.has(u.code) && u.code !== 'so-noi-vu').forEach((unit, i) => {
    users.push({
      username: `tdkt.${unit.code}`,
      displayName: personName(i),
      isSystemAdmin: false,
      demo: false,
      membership: 'unitStaff',
      unit: unit.code,
      title: `Cán bộ phụ trách thi đua, khen thưởng, ${unit.name}`,
    });
  });
  return users;
}

/** Units of the demo accounts: they have begun this year's self-scoring, so each login shows work. */
export const DEMO_UNITS: ReadonlySet<string> = new Set(SPECS.flatMap((s) => (s.unit ? [s.unit] : [])));
