import type { UnitType } from '@thidua/db';

// The fictional province of the demo: tỉnh Hải Hà after the 1/7/2025 reform (province and communes, no
// districts). Names are invented but follow how such units are really called.

export const COUNCIL = {
  code: 'hai-ha',
  name: 'Hội đồng Thi đua - Khen thưởng tỉnh Hải Hà',
  province: 'tỉnh Hải Hà',
  people: 'Ủy ban nhân dân tỉnh Hải Hà',
  standingOffice: 'Sở Nội vụ tỉnh Hải Hà',
} as const;

export interface DemoUnit {
  code: string;
  name: string;
  type: UnitType;
  schoolLevel?: string;
  /** Its "cơ quan cấp trên" when not the province's People's Committee. */
  parentBody?: string;
  /** The office that keeps its emulation files (bộ phận giúp việc when the unit leads a cluster). */
  office: string;
}

const ward = (code: string, name: string): DemoUnit => ({
  code,
  name: `Phường ${name}`,
  type: 'ward',
  office: `Văn phòng HĐND và UBND phường ${name}`,
});
const commune = (code: string, name: string): DemoUnit => ({
  code,
  name: `Xã ${name}`,
  type: 'commune',
  office: `Văn phòng HĐND và UBND xã ${name}`,
});
const department = (code: string, name: string, office = `Văn phòng ${name}`): DemoUnit => ({
  code,
  name,
  type: 'department',
  office,
});
const school = (code: string, name: string): DemoUnit => ({
  code,
  name: `Trường THPT ${name}`,
  type: 'school',
  schoolLevel: 'THPT',
  parentBody: 'Sở Giáo dục và Đào tạo tỉnh Hải Hà',
  office: `Tổ Văn phòng Trường THPT ${name}`,
});

/** 24 wards and communes, in the order of their clusters (8 each). */
export const LOCALITIES: DemoUnit[] = [
  ward('phuong-dong-hai', 'Đông Hải'),
  ward('phuong-hung-dao', 'Hưng Đạo'),
  ward('phuong-tran-phu', 'Trần Phú'),
  ward('phuong-quang-trung', 'Quang Trung'),
  ward('phuong-nam-ha', 'Nam Hà'),
  ward('phuong-bac-thanh', 'Bắc Thành'),
  ward('phuong-minh-khai', 'Minh Khai'),
  ward('phuong-hong-ha', 'Hồng Hà'),
  ward('phuong-tay-son', 'Tây Sơn'),
  ward('phuong-thanh-binh', 'Thanh Bình'),
  commune('xa-an-lac', 'An Lạc'),
  commune('xa-tan-phong', 'Tân Phong'),
  commune('xa-hai-ninh', 'Hải Ninh'),
  commune('xa-phu-my', 'Phú Mỹ'),
  commune('xa-thai-hoa', 'Thái Hòa'),
  commune('xa-binh-minh', 'Bình Minh'),
  commune('xa-kim-son', 'Kim Sơn'),
  commune('xa-yen-thinh', 'Yên Thịnh'),
  commune('xa-dai-dong', 'Đại Đồng'),
  commune('xa-thach-khe', 'Thạch Khê'),
  commune('xa-quang-long', 'Quảng Long'),
  commune('xa-cam-giang', 'Cẩm Giang'),
  commune('xa-lac-dao', 'Lạc Đạo'),
  commune('xa-trung-ha', 'Trung Hà'),
];

/** 12 departments in two blocks, then the standing office and two focal agencies outside the blocks. */
export const DEPARTMENTS: DemoUnit[] = [
  department('so-tai-chinh', 'Sở Tài chính'),
  department('so-cong-thuong', 'Sở Công Thương'),
  department('so-xay-dung', 'Sở Xây dựng'),
  department('so-nong-nghiep-moi-truong', 'Sở Nông nghiệp và Môi trường'),
  department('so-khoa-hoc-cong-nghe', 'Sở Khoa học và Công nghệ'),
  department('ban-quan-ly-kcn', 'Ban Quản lý các khu công nghiệp tỉnh', 'Văn phòng Ban Quản lý các KCN'),
  department('van-phong-ubnd-tinh', 'Văn phòng UBND tỉnh', 'Phòng Hành chính - Tổ chức, Văn phòng UBND tỉnh'),
  department('so-tu-phap', 'Sở Tư pháp'),
  department('so-giao-duc-dao-tao', 'Sở Giáo dục và Đào tạo'),
  department('so-y-te', 'Sở Y tế'),
  department('so-van-hoa-the-thao-du-lich', 'Sở Văn hóa, Thể thao và Du lịch'),
  department('thanh-tra-tinh', 'Thanh tra tỉnh'),
  department('so-noi-vu', 'Sở Nội vụ', 'Phòng Thi đua - Khen thưởng, Sở Nội vụ'),
  // Police and military emulate within their own ministries; here they only score their fields.
  { ...department('cong-an-tinh', 'Công an tỉnh', 'Phòng Tham mưu, Công an tỉnh'), parentBody: 'Bộ Công an' },
  {
    ...department('bo-chqs-tinh', 'Bộ Chỉ huy Quân sự tỉnh', 'Phòng Tham mưu, Bộ Chỉ huy Quân sự tỉnh'),
    parentBody: 'Bộ Quốc phòng',
  },
];

export const SCHOOLS: DemoUnit[] = [
  school('thpt-chuyen-hai-ha', 'Chuyên Hải Hà'),
  school('thpt-tran-phu', 'Trần Phú'),
  school('thpt-nguyen-trai', 'Nguyễn Trãi'),
  school('thpt-le-quy-don', 'Lê Quý Đôn'),
  school('thpt-an-lac', 'An Lạc'),
  school('thpt-dong-hai', 'Đông Hải'),
  school('thpt-kim-son', 'Kim Sơn'),
  school('thpt-tan-phong', 'Tân Phong'),
];

export const ALL_UNITS: DemoUnit[] = [...LOCALITIES, ...DEPARTMENTS, ...SCHOOLS];

/** The name of a demo unit by its code. */
export function unitName(code: string): string {
  const unit = ALL_UNITS.find((u) => u.code === code);
  if (!unit) throw new Error(`demo seed: unknown unit ${code}`);
  return unit.name;
}

/** The focal agencies that score one field for many units. */
export const FOCAL = {
  finance: 'so-tai-chinh',
  police: 'cong-an-tinh',
  military: 'bo-chqs-tinh',
  education: 'so-giao-duc-dao-tao',
} as const;

export type FrameworkKey = 'localities' | 'departments' | 'schools';

export interface Seats {
  leader: string;
  deputies: string[];
}

/** A cluster (or block) as it lives through the years: same lineage, seats rotating each year. */
export interface DemoCluster {
  code: string;
  name: string;
  /** The symbol in its documents' numbers: 05/QĐ-CTĐ1. */
  symbol: string;
  kind: 'cum' | 'khoi';
  framework: FrameworkKey;
  /** Member unit codes (leader and deputies included), in the order tables list them. */
  members: string[];
  /** Username of the council member following it. */
  follower: string;
  last: Seats;
  current: Seats;
}

const codes = (units: DemoUnit[], from: number, to: number) => units.slice(from, to).map((u) => u.code);

// Last year's first deputy usually leads this year; the former leader becomes a plain member again.
export const CLUSTERS: DemoCluster[] = [
  {
    code: 'cum-1',
    symbol: 'CTĐ1',
    name: 'Cụm thi đua số 1',
    kind: 'cum',
    framework: 'localities',
    members: codes(LOCALITIES, 0, 8),
    follower: 'hoidong',
    last: { leader: 'phuong-dong-hai', deputies: ['phuong-hung-dao', 'phuong-tran-phu'] },
    current: { leader: 'phuong-hung-dao', deputies: ['phuong-quang-trung', 'phuong-nam-ha'] },
  },
  {
    code: 'cum-2',
    symbol: 'CTĐ2',
    name: 'Cụm thi đua số 2',
    kind: 'cum',
    framework: 'localities',
    members: codes(LOCALITIES, 8, 16),
    follower: 'hd.ldld',
    last: { leader: 'xa-an-lac', deputies: ['phuong-tay-son'] },
    current: { leader: 'phuong-tay-son', deputies: ['xa-tan-phong', 'xa-hai-ninh'] },
  },
  {
    code: 'cum-3',
    symbol: 'CTĐ3',
    name: 'Cụm thi đua số 3',
    kind: 'cum',
    framework: 'localities',
    members: codes(LOCALITIES, 16, 24),
    follower: 'hd.tinhdoan',
    last: { leader: 'xa-kim-son', deputies: ['xa-yen-thinh', 'xa-dai-dong'] },
    current: { leader: 'xa-yen-thinh', deputies: ['xa-quang-long'] },
  },
  {
    code: 'khoi-1',
    symbol: 'KTĐ1',
    name: 'Khối thi đua các sở quản lý kinh tế',
    kind: 'khoi',
    framework: 'departments',
    members: codes(DEPARTMENTS, 0, 6),
    follower: 'hd.mttq',
    last: { leader: 'so-cong-thuong', deputies: ['so-tai-chinh'] },
    current: { leader: 'so-xay-dung', deputies: ['so-nong-nghiep-moi-truong', 'so-khoa-hoc-cong-nghe'] },
  },
  {
    code: 'khoi-2',
    symbol: 'KTĐ2',
    name: 'Khối thi đua các cơ quan tổng hợp, văn hóa - xã hội',
    kind: 'khoi',
    framework: 'departments',
    members: codes(DEPARTMENTS, 6, 12),
    follower: 'hd.hoinongdan',
    last: { leader: 'so-y-te', deputies: ['so-tu-phap', 'van-phong-ubnd-tinh'] },
    current: { leader: 'so-tu-phap', deputies: ['so-van-hoa-the-thao-du-lich'] },
  },
  {
    code: 'khoi-thpt',
    symbol: 'KTĐTHPT',
    name: 'Khối thi đua các trường THPT',
    kind: 'khoi',
    framework: 'schools',
    members: SCHOOLS.map((s) => s.code),
    follower: 'hd.congdoan-gd',
    last: { leader: 'thpt-chuyen-hai-ha', deputies: ['thpt-tran-phu'] },
    current: { leader: 'thpt-tran-phu', deputies: ['thpt-nguyen-trai', 'thpt-le-quy-don'] },
  },
];

/** Council members (Thành viên Hội đồng) who follow a cluster, besides the demo account `hoidong`. */
export const COUNCIL_MEMBERS = [
  { username: 'hd.ldld', displayName: 'Phạm Văn Thắng', title: 'Phó Chủ tịch Liên đoàn Lao động tỉnh' },
  { username: 'hd.tinhdoan', displayName: 'Đỗ Thị Phương Thảo', title: 'Phó Bí thư Tỉnh Đoàn' },
  { username: 'hd.mttq', displayName: 'Vũ Đình Khánh', title: 'Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh' },
  { username: 'hd.hoinongdan', displayName: 'Hoàng Văn Lợi', title: 'Phó Chủ tịch Hội Nông dân tỉnh' },
  {
    username: 'hd.congdoan-gd',
    displayName: 'Bùi Thị Ngọc Lan',
    title: 'Phó Giám đốc Sở Giáo dục và Đào tạo',
  },
];

/** The units whose results break the pattern last year, so eligibility has something to show. */
export const SPECIAL_CASES = {
  /** Excluded: a serious public-order incident, so not "An toàn về an ninh trật tự". */
  excluded: 'xa-thach-khe',
  /** Postponed: a complaint against the unit's head is being verified. */
  postponed: 'ban-quan-ly-kcn',
  /** Downgraded one level: an incident that caused public outrage. */
  downgraded: 'thpt-nguyen-trai',
} as const;

/** Units still drafting this year's registration. */
export const DRAFT_REGISTRATIONS = ['xa-binh-minh', 'xa-lac-dao'];

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Ngô', 'Dương', 'Lý'];
const MIDDLE = ['Văn', 'Thị', 'Đức', 'Thị Thu', 'Minh', 'Thị Ngọc', 'Quang', 'Thị Hồng', 'Hữu', 'Thanh'];
const GIVEN = ['An', 'Bình', 'Cường', 'Dung', 'Giang', 'Hạnh', 'Hiếu', 'Hoa', 'Hòa', 'Huyền', 'Khoa', 'Linh'];

/** A plausible Vietnamese full name, the same for the same number. */
export function personName(n: number): string {
  return `${FAMILY[n % FAMILY.length]} ${MIDDLE[(n * 7) % MIDDLE.length]} ${GIVEN[(n * 5 + 3) % GIVEN.length]}`;
}
