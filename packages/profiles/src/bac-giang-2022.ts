import type { Award, DeductionItem, OverPlanBonus, Predicate, Ruleset } from '@thidua/engine';
import {
  GROUP_I_DEPARTMENTS,
  GROUP_I_DISTRICTS,
  GROUP_I_ENTERPRISES,
  GROUP_I_PARTY_AND_MASS,
  GROUP_II,
  GROUP_III,
} from './bac-giang-2022-criteria';
import { buildGroup, type Draft } from './criteria-builder';
import { deadline, type Profile, type ProfileDeadline, type UnitType } from './types';

/**
 * Bắc Giang province, guidance on clusters and blocks, March 2022, with Phụ lục 02 (seed 002):
 * 950 scored points (I 550, II 200, III 200) and 50 bonus points, deductions, exclusions,
 * postponements, nothing awarded below 900, quotas allocated Flag → Certificate → Excellent collective.
 */

const SOURCE = {
  document:
    'Hướng dẫn tổ chức hoạt động và bình xét thi đua, khen thưởng đối với các cụm, khối thi đua (kèm Phụ lục 01, Phụ lục 02)',
  issuer: 'Chủ tịch Ủy ban nhân dân tỉnh Bắc Giang',
  date: '2022-03',
};

/** Phần II, 2.3.a: "Cứ vượt 01% kế hoạch thì được thưởng 01 điểm ..., không vượt quá 10% điểm chuẩn". */
const OVER_PLAN: OverPlanBonus = { per: 'points', amount: 1, capPercentOfPoints: 10, step: 'whole' };

const DEDUCTIONS: DeductionItem[] = [
  {
    code: 'TRUONG_CUM_CHAM',
    name: 'Đơn vị trưởng cụm, trưởng khối ban hành quy chế, kế hoạch, chương trình hoạt động chậm muộn, không đúng thời gian quy định hoặc thực hiện không nghiêm túc trách nhiệm trưởng cụm, trưởng khối (10 điểm)',
    pointsEach: 10,
    cap: 10,
  },
  {
    code: 'KHONG_NGHIEM_QUY_CHE',
    name: 'Thực hiện không nghiêm túc Quy chế hoạt động của cụm, khối thi đua (5 điểm/nội dung)',
    pointsEach: 5,
  },
  {
    code: 'THAM_GIA_KHONG_DAY_DU',
    name: 'Tham gia không đầy đủ hoặc không đúng thành phần các hoạt động của cụm, khối thi đua (5 điểm/nội dung)',
    pointsEach: 5,
  },
  {
    code: 'NHIEM_VU_KHONG_DAY_DU',
    name: 'Thực hiện không đầy đủ các nhiệm vụ được giao (5 điểm/nội dung)',
    pointsEach: 5,
  },
  {
    code: 'TY_LE_KHEN_THUONG',
    name: 'Tỷ lệ, cơ cấu khen thưởng không đảm bảo theo hướng dẫn tổng kết năm (5 điểm)',
    pointsEach: 5,
    cap: 5,
  },
  {
    code: 'NHAC_NHO',
    name: 'Văn bản nhắc nhở của Ban Thường vụ Tỉnh ủy, Thường trực Tỉnh ủy, Thường trực HĐND, Chủ tịch UBND tỉnh, Hội đồng TĐKT tỉnh liên quan tới công tác thi đua, khen thưởng (5 điểm/văn bản)',
    pointsEach: 5,
  },
  {
    code: 'PHE_BINH',
    name: 'Văn bản phê bình của Ban Thường vụ Tỉnh ủy, Thường trực Tỉnh ủy, Thường trực HĐND, Chủ tịch UBND tỉnh, Hội đồng TĐKT tỉnh liên quan tới công tác thi đua, khen thưởng (10 điểm/văn bản)',
    pointsEach: 10,
  },
];

const AWARDS: Award[] = [
  { code: 'CO_T', name: 'Cờ thi đua của UBND tỉnh', minScore: 900 },
  { code: 'BK_CT', name: 'Bằng khen của Chủ tịch UBND tỉnh', minScore: 900 },
  { code: 'TTLDXS', name: 'Tập thể lao động xuất sắc', minScore: 900 },
];

const EXCLUSIONS: Predicate[] = [
  { fact: 'registered', equals: false, label: 'Đơn vị không có đăng ký tham gia thi đua' },
  { fact: 'pactSigned', equals: false, label: 'Đơn vị không tham gia ký kết giao ước thi đua' },
  {
    fact: 'reportsSubmitted',
    equals: false,
    label:
      'Đơn vị không có báo cáo sơ kết hoặc tổng kết công tác thi đua, khen thưởng gửi trưởng cụm, trưởng khối và Cơ quan Thường trực Hội đồng TĐKT tỉnh',
  },
  {
    fact: 'headRating',
    in: ['HTNV', 'KHTNV'],
    label:
      'Người đứng đầu đơn vị được Chủ tịch UBND tỉnh đánh giá, xếp loại trách nhiệm trong thực thi công vụ ở mức hoàn thành nhiệm vụ trở xuống',
  },
  {
    fact: 'securityStandard',
    equals: false,
    label: 'Đơn vị không đạt tiêu chuẩn "An toàn về an ninh trật tự"',
  },
  {
    fact: 'securityMovementRating',
    equals: 'YEU',
    label: 'Phong trào "Toàn dân bảo vệ an ninh Tổ quốc" của đơn vị phân loại yếu',
  },
  {
    fact: 'cultureStandard',
    equals: false,
    label:
      'Đơn vị không đạt tiêu chuẩn "cơ quan đạt chuẩn văn hóa", "đơn vị đạt chuẩn văn hóa", "doanh nghiệp đạt chuẩn văn hóa"',
  },
  {
    fact: 'cultureMovementRating',
    in: ['KHA', 'TRUNG_BINH', 'YEU'],
    label:
      'Phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa" của đơn vị xếp loại từ mức khá trở xuống',
  },
  {
    fact: 'seriousViolation',
    equals: true,
    label:
      'Đơn vị để xảy ra vụ việc tiêu cực, tham nhũng, sai phạm nghiêm trọng trong việc thực hiện chủ trương, đường lối, quy định của Đảng và chính sách, pháp luật của Nhà nước',
  },
];

const POSTPONEMENTS: Predicate[] = [
  {
    fact: 'obligationsUnfulfilled',
    equals: true,
    label:
      'Đơn vị hoặc người đứng đầu (người phụ trách) đơn vị chưa hoàn thành các nghĩa vụ đối với Nhà nước',
  },
  {
    fact: 'underInvestigation',
    equals: true,
    label:
      'Đơn vị hoặc người đứng đầu đang bị cơ quan có thẩm quyền xem xét thi hành kỷ luật hoặc điều tra, thanh tra, kiểm tra khi có dấu hiệu vi phạm',
  },
  {
    fact: 'pendingComplaint',
    equals: true,
    label: 'Đơn vị hoặc người đứng đầu có đơn thư khiếu nại, tố cáo đang được xác minh làm rõ',
  },
];

function buildRuleset(blockName: string, groupI: Draft[]): Ruleset {
  return {
    name: `Bắc Giang 2022 — ${blockName}`,
    description:
      'Khung 1000 điểm của tỉnh Bắc Giang (Phụ lục 02): mục I 550, mục II 200, mục III 200 và 50 điểm thưởng (vượt kế hoạch tối đa 30, cụm/khối 5, thông tin báo cáo 5, Hội đồng TĐKT tỉnh 10).',
    maxTotal: 1000,
    groups: [
      buildGroup({
        code: 'I',
        name: 'Thi đua phát triển kinh tế - xã hội, nhiệm vụ chính trị, đảm bảo quốc phòng - an ninh',
        maxPoints: 550,
        overPlanBonusCap: 30,
        overPlanBonus: OVER_PLAN,
        criteria: groupI,
      }),
      buildGroup({
        code: 'II',
        name: 'Thực hiện chủ trương của Đảng, chính sách pháp luật của Nhà nước; xây dựng hệ thống chính trị',
        maxPoints: 200,
        criteria: GROUP_II,
      }),
      buildGroup({
        code: 'III',
        name: 'Thực hiện các nhiệm vụ công tác thi đua, khen thưởng',
        maxPoints: 200,
        criteria: GROUP_III,
      }),
    ],
    bonusItems: [
      { code: 'THUONG_CUM_KHOI', name: 'Điểm thưởng theo quy chế hoạt động của cụm, khối thi đua', max: 5 },
      {
        code: 'THUONG_BAO_CAO',
        name: 'Thực hiện tốt chế độ thông tin, báo cáo với Sở Nội vụ và Hội đồng TĐKT tỉnh về công tác thi đua, khen thưởng',
        max: 5,
      },
      {
        code: 'THUONG_HD_TDKT',
        name: 'Điểm thưởng của Hội đồng TĐKT tỉnh: cách làm sáng tạo, hiệu quả nổi bật; phong trào thi đua riêng; thực hiện có hiệu quả nhiệm vụ đột xuất quan trọng',
        max: 10,
      },
    ],
    deductionItems: DEDUCTIONS,
    awards: AWARDS,
    exclusions: EXCLUSIONS,
    postponements: POSTPONEMENTS,
    downgrades: [],
  };
}

const DEADLINES: ProfileDeadline[] = [
  deadline(
    'criteria',
    7,
    31,
    'Trưởng cụm, trưởng khối ban hành quy chế chấm điểm, tiêu chí và bảng chấm điểm, báo cáo trước ngày 31/7',
  ),
  deadline('registration', 3, 31, 'Đăng ký tham gia thi đua trước ngày 31/3'),
  deadline('midYear', 7, 31, 'Hội nghị sơ kết 6 tháng hoàn thành trong tháng 7'),
  deadline('summary', 12, 31, 'Hội nghị tổng kết hoàn thành trong tháng 12'),
];

const COMMON_DECISIONS = [
  'Văn bản chỉ cho điểm từng nội dung của mục III (bảng 7 nội dung, 200 điểm; phần lời của mục III liệt kê 6 nội dung, hồ sơ theo bảng điểm). Tiêu chí của mục I và mục II không có điểm: điểm của mục được chia đều cho các tiêu chí theo điểm nguyên, phần dư cộng 1 điểm lần lượt cho các tiêu chí đầu; tiêu chí chứa chia đều cho tiêu chí con theo cùng cách.',
  'Mục II có 9 tiêu chí; văn bản đánh số tiêu chí thứ sáu là "9" (lỗi đánh máy), hồ sơ dùng mã II.6.',
  'Kết quả xây dựng tổ chức cơ sở đảng (II.3) chấm theo tỷ lệ điểm chuẩn do văn bản không quy định: HTXSNV 100%, HTTNV 85%, HTNV 60%, KHTNV 0%.',
  'Loại tiêu chí chọn theo cách diễn đạt: có chỉ tiêu, kế hoạch so sánh được là định lượng (được thưởng 1 điểm cho mỗi 1% vượt kế hoạch, tối đa 10% điểm chuẩn của tiêu chí, tổng thưởng mục I tối đa 30 điểm); kết quả xếp loại, xếp hạng, nhận xét là định tính; có/không là tiêu chí có/không. Các tiêu chí dạng "giảm ... so kế hoạch" mà chỉ tiêu giao là mức giảm được tính thuận trên mức giảm; các tiêu chí so với năm trước (tai nạn giao thông) là tiêu chí tính ngược.',
  'Mục III.4: "dưới 10%" là từ trên 0% đến dưới 10%; "từ 10% - 20%" gồm cả 10% và 20%; "từ trên 20% - 50%" là trên 20% đến 50%; trên 50% không có điểm. Tỷ lệ khen thưởng người lao động trực tiếp dưới 70% không có điểm.',
  '50 điểm thưởng: 30 điểm vượt kế hoạch là mức trần thưởng của mục I; 3 khoản cộng còn lại là điểm thưởng của cụm, khối (tối đa 5), chế độ thông tin báo cáo (tối đa 5) và của Hội đồng TĐKT tỉnh (tối đa 10); tổng điểm không vượt 1000.',
  'Khoản trừ 10 điểm của đơn vị trưởng cụm, trưởng khối và 5 điểm tỷ lệ, cơ cấu khen thưởng chỉ trừ một lần trong năm (mức trần bằng mức trừ); 3 trường hợp "trừ 05 điểm/01 nội dung" của đơn vị thành viên được tách thành 3 khoản trừ để ghi nhận riêng.',
  'Điều kiện "không đạt tiêu chuẩn An toàn về an ninh trật tự và phong trào Toàn dân bảo vệ an ninh Tổ quốc phân loại yếu" được hiểu là mỗi trường hợp đều không xét khen thưởng; tương tự với chuẩn văn hóa và phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa" xếp loại từ khá trở xuống. Mã xếp loại phong trào: XUAT_SAC, TOT, KHA, TRUNG_BINH, YEU; xếp loại người đứng đầu dùng mã HTXSNV, HTTNV, HTNV, KHTNV.',
  'Thang khen thưởng: Cờ thi đua của UBND tỉnh → Bằng khen của Chủ tịch UBND tỉnh → Tập thể lao động xuất sắc, đều từ 900 điểm; số lượng do Chủ tịch UBND tỉnh phân bổ hằng năm nên nhập ở kỳ thi đua (quotas); điểm bằng nhau thì bỏ phiếu. Cờ thi đua của Chính phủ do Hội đồng TĐKT tỉnh chọn trong số đơn vị đạt Cờ của tỉnh nên không có trong thang của khối.',
  'Hạn mặc định theo văn bản cho cụm, khối không phải trường học; hội nghị trù bị tối thiểu trước 01 ngày so với hội nghị tổng kết nên không có hạn cố định; "trong tháng" được ghi là ngày cuối tháng.',
];

interface BlockType {
  id: string;
  letter: string;
  name: string;
  blockName: string;
  unitTypes: UnitType[];
  groupI: Draft[];
  specific: string[];
}

function buildProfile(block: BlockType): Profile {
  return {
    id: block.id,
    name: `Bắc Giang 2022 — ${block.name}`,
    description: [
      `Khung tiêu chí cho ${block.blockName} theo Hướng dẫn tổ chức hoạt động và bình xét thi đua, khen thưởng đối với các cụm, khối thi đua của Chủ tịch UBND tỉnh Bắc Giang (tháng 3/2022), Phụ lục 02 mục I.${block.letter}: mục I gồm ${block.groupI.length} tiêu chí, mục II 9 tiêu chí, mục III theo bảng điểm chi tiết; điểm thưởng, điểm trừ, các trường hợp không xét và chưa xét khen thưởng.`,
      ...block.specific,
      ...COMMON_DECISIONS,
    ].join('\n'),
    source: SOURCE,
    unitTypes: block.unitTypes,
    calendar: 'calendar',
    deadlines: DEADLINES,
    ruleset: buildRuleset(block.blockName, block.groupI),
  };
}

export const BAC_GIANG_2022_HUYEN: Profile = buildProfile({
  id: 'bac-giang-2022-huyen-thanh-pho',
  letter: 'A',
  name: 'Cụm thi đua các huyện, thành phố',
  blockName: 'cụm thi đua các huyện, thành phố',
  unitTypes: ['quan-huyen'],
  groupI: GROUP_I_DISTRICTS,
  specific: [
    'Các tiêu chí gộp nhiều chỉ tiêu đo riêng được tách thành tiêu chí con (I.8, I.9, I.10, I.12, I.13), điểm của tiêu chí chia đều cho các tiêu chí con; số vụ, số người chết, số người bị thương do tai nạn giao thông tính ngược so với năm trước.',
  ],
});

export const BAC_GIANG_2022_SO_NGANH: Profile = buildProfile({
  id: 'bac-giang-2022-so-ban-nganh',
  letter: 'B',
  name: 'Khối thi đua các sở, ban, ngành và các trường chuyên nghiệp',
  blockName: 'khối thi đua các sở, ban, ngành cấp tỉnh và các trường chuyên nghiệp',
  unitTypes: ['so-ban-nganh', 'truong-chuyen-nghiep'],
  groupI: GROUP_I_DEPARTMENTS,
  specific: [
    'Tiêu chí I.1 (nhiệm vụ trọng tâm, chính trị) và I.7 (nghiên cứu khoa học) là định lượng theo chỉ tiêu, nhiệm vụ đăng ký đầu năm (Phụ lục 01); các tiêu chí còn lại là định tính.',
  ],
});

export const BAC_GIANG_2022_DANG_DOAN_THE: Profile = buildProfile({
  id: 'bac-giang-2022-dang-doan-the',
  letter: 'C',
  name: 'Khối các cơ quan Đảng, Mặt trận Tổ quốc, đoàn thể và tổ chức hội',
  blockName:
    'khối thi đua các cơ quan xây dựng Đảng, Mặt trận Tổ quốc và các tổ chức chính trị - xã hội, các tổ chức hội cấp tỉnh',
  unitTypes: ['co-quan-dang', 'mttq-doan-the', 'hoi'],
  groupI: GROUP_I_PARTY_AND_MASS,
  specific: [
    'Tiêu chí I.1 (nhiệm vụ chuyên môn, chính trị) và I.9 (nghiên cứu khoa học) là định lượng theo chỉ tiêu, nhiệm vụ đăng ký đầu năm (Phụ lục 01); các tiêu chí còn lại là định tính.',
  ],
});

export const BAC_GIANG_2022_DOANH_NGHIEP: Profile = buildProfile({
  id: 'bac-giang-2022-doanh-nghiep-htx',
  letter: 'D',
  name: 'Khối thi đua các doanh nghiệp, hợp tác xã',
  blockName: 'khối thi đua các doanh nghiệp, hợp tác xã',
  unitTypes: ['doanh-nghiep', 'hop-tac-xa'],
  groupI: GROUP_I_ENTERPRISES,
  specific: [
    'Tiêu chí I.1 tách thành doanh thu, lợi nhuận, thu nhập bình quân đầu người/tháng (định lượng); "các chỉ tiêu khác" do khối bổ sung. Thực hiện nghĩa vụ đối với Nhà nước (I.6) là tiêu chí có/không.',
  ],
});

export const BAC_GIANG_2022_PROFILES: readonly Profile[] = [
  BAC_GIANG_2022_HUYEN,
  BAC_GIANG_2022_SO_NGANH,
  BAC_GIANG_2022_DANG_DOAN_THE,
  BAC_GIANG_2022_DOANH_NGHIEP,
];
