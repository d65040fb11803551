import type { Award, OverPlanBonus, Predicate, Ruleset } from '@thidua/engine';
import { buildGroup, sharePoints } from './criteria-builder';
import { PUBLIC_OUTRAGE, SERIOUS_VIOLATION, UNDER_INVESTIGATION } from './ha-noi';
import { type FocalSet, SCHOOL_FOCAL_SETS, WARD_FOCAL_SETS } from './long-bien-2023-focal-sets';
import { deadline, type Profile } from './types';

/**
 * Long Biên district, guidance No. 14/HD-HĐTĐKT of 10/02/2023 (seed 001): ward clusters are scored on
 * the criteria sets of 26 focal units, school clusters on 100 points from 5 named focal units; the
 * cluster proposes one most excellent collective for the city flag. The guidance gives no points,
 * no bonus amounts, no deductions and no score thresholds; see the decisions in the descriptions.
 */

const SOURCE = {
  document:
    'Hướng dẫn số 14/HD-HĐTĐKT về tổ chức hoạt động và bình xét thi đua của các Cụm thi đua thuộc quận Long Biên',
  issuer: 'Hội đồng Thi đua - Khen thưởng quận Long Biên',
  date: '2023-02-10',
};

/** "Nếu số thực hiện đạt trên 100% kế hoạch thì được tính điểm thưởng": the city rule, as Ba Đình has it. */
const OVER_PLAN: OverPlanBonus = { per: 'percentOfPoints', amount: 1, capPercentOfPoints: 10, step: 'whole' };

const EXCLUSIONS: Predicate[] = [SERIOUS_VIOLATION];

const POSTPONEMENTS: Predicate[] = [UNDER_INVESTIGATION];

const DOWNGRADES: Predicate[] = [
  {
    fact: 'deepSelfCriticism',
    equals: true,
    label: 'Có nội dung, nhiệm vụ Quận ủy, UBND quận yêu cầu kiểm điểm sâu',
  },
  PUBLIC_OUTRAGE,
];

/** The ladder with thresholds as shares of the scale (the city's 85 / 80 / 80 / 75 %). */
function awards(scale: number): Award[] {
  const at = (percent: number): number => (scale * percent) / 100;
  return [
    {
      code: 'CO_TP',
      name: 'Cờ "Đơn vị xuất sắc phong trào thi đua" của UBND Thành phố (01 tập thể xuất sắc nhất Cụm)',
      minScore: at(85),
    },
    { code: 'BK_TP', name: 'Bằng khen của Chủ tịch UBND Thành phố', minScore: at(80) },
    { code: 'TTLDXS', name: 'Tập thể lao động xuất sắc', minScore: at(80) },
    { code: 'TTLDTT', name: 'Tập thể lao động tiên tiến', minScore: at(75) },
  ];
}

function buildRuleset(name: string, sets: FocalSet[], scale: number, bonusMax: number): Ruleset {
  const maxima = sharePoints(
    scale,
    sets.map(() => undefined),
  );
  return {
    name,
    description: `Thang ${scale} điểm gồm ${sets.length} bộ tiêu chí của các đơn vị đầu mối và điểm thưởng của Hội đồng Thi đua - Khen thưởng quận.`,
    maxTotal: scale,
    groups: sets.map((set, i) =>
      buildGroup({
        code: set.code,
        name: `Bộ tiêu chí do ${set.unit} chấm`,
        maxPoints: maxima[i]!,
        overPlanBonusCap: null,
        overPlanBonus: OVER_PLAN,
        criteria: set.criteria,
      }),
    ),
    bonusItems: [
      { code: 'HD_TDKT', name: 'Điểm thưởng của Hội đồng Thi đua - Khen thưởng quận', max: bonusMax },
    ],
    deductionItems: [],
    awards: awards(scale),
    exclusions: EXCLUSIONS,
    postponements: POSTPONEMENTS,
    downgrades: DOWNGRADES,
  };
}

const COMMON_DECISIONS = [
  'Hướng dẫn không nêu nội dung, điểm của từng bộ tiêu chí (các đơn vị đầu mối ban hành hằng năm): tiêu chí trong mỗi bộ là khung mẫu theo lĩnh vực của đơn vị đầu mối, kể cả các tiêu chí tính ngược (thấp hơn kế hoạch là vượt kế hoạch); cần thay bằng bộ tiêu chí Hội đồng TĐKT quận ban hành trong năm.',
  'Điểm chia đều theo điểm nguyên: giữa các bộ tiêu chí, rồi giữa các tiêu chí của mỗi bộ; phần dư cộng 1 điểm lần lượt cho các bộ, các tiêu chí đầu.',
  'Điểm thưởng vượt kế hoạch ("theo quy định tại mục điểm thưởng", nhưng hướng dẫn không có mục này): áp dụng quy định của Thành phố như quận Ba Đình, mỗi 1% vượt kế hoạch được 1% điểm chuẩn, tối đa 10% điểm chuẩn của tiêu chí; không đặt mức trần chung cho từng bộ.',
  'Hướng dẫn có "điểm thưởng của Hội đồng TĐKT quận" nhưng không nêu mức tối đa: lấy tỷ lệ 2% thang điểm (20/1000 như khung của Thành phố mà quận Ba Đình áp dụng); tổng điểm không vượt thang điểm.',
  'Hướng dẫn không có điểm trừ và không có ngưỡng điểm khen thưởng: hồ sơ không có khoản trừ; ngưỡng lấy theo tỷ lệ của khung Thành phố (Cờ 85%, Bằng khen và Tập thể lao động xuất sắc 80%, Tập thể lao động tiên tiến 75% thang điểm), Hội đồng có thể sửa.',
  'Cờ "Đơn vị xuất sắc phong trào thi đua" của UBND Thành phố: mỗi Cụm suy tôn 01 tập thể xuất sắc nhất, nhập chỉ tiêu CO_TP = 1 ở kỳ thi đua (quotas). Cờ thi đua của Chính phủ do Hội đồng TĐKT quận chọn trong số các tập thể đạt Cờ của Thành phố (mục B.III.2.1), không bình xét ở Cụm nên không có trong thang khen thưởng.',
  'Hội nghị trù bị và tổng kết theo hướng dẫn tổng kết hằng năm nên không có hạn mặc định; "trước ngày 30/7" được ghi là ngày 30, "trong tháng 02" là ngày cuối tháng.',
];

export const LONG_BIEN_2023_PHUONG: Profile = {
  id: 'long-bien-2023-phuong',
  name: 'Long Biên 2023 — Cụm thi đua khối phường',
  description: [
    'Bộ tiêu chí cho Cụm thi đua khối phường, theo Hướng dẫn số 14/HD-HĐTĐKT ngày 10/02/2023 của Hội đồng Thi đua - Khen thưởng quận Long Biên: 26 bộ tiêu chí nhỏ của 26 đơn vị đầu mối (phòng, ban, ngành, đoàn thể, đơn vị hiệp quản thuộc quận), điểm thưởng của Hội đồng TĐKT quận, các trường hợp không xem xét, chưa xem xét và hạ mức khen thưởng.',
    'Hướng dẫn chỉ nêu số lượng 26 đơn vị đầu mối, không nêu tên: danh sách gồm các cơ quan chuyên môn, đoàn thể và đơn vị hiệp quản của một quận Hà Nội năm 2023 (Văn phòng HĐND và UBND, Nội vụ, Tài chính - Kế hoạch, Công an, Quân sự, Kinh tế, Quản lý đô thị, Tài nguyên và Môi trường, Tư pháp, Văn hóa và Thông tin, Lao động - TB&XH, Y tế, Giáo dục và Đào tạo, Thanh tra, Đội Quản lý trật tự xây dựng đô thị, Chi cục Thuế, Bảo hiểm xã hội, Mặt trận Tổ quốc, Liên đoàn Lao động, Quận đoàn, Hội Phụ nữ, Hội Cựu chiến binh, Hội Nông dân, Trung tâm Phát triển quỹ đất, Hội Chữ thập đỏ, Trung tâm Y tế).',
    'Hướng dẫn không nêu tổng điểm của khối phường: dùng thang 1000 điểm như khung của Thành phố (Hướng dẫn 04/HD-HĐTĐKT ngày 24/5/2022 mà hướng dẫn này căn cứ), chia đều cho 26 bộ (12 bộ đầu 39 điểm, 14 bộ sau 38 điểm).',
    ...COMMON_DECISIONS,
  ].join('\n'),
  source: SOURCE,
  unitTypes: ['phuong-xa'],
  calendar: 'calendar',
  deadlines: [
    deadline('registration', 2, 28, 'Đăng ký thi đua trong tháng 02 (năm nhuận: 29/02)'),
    deadline('midYear', 7, 30, 'Hội nghị sơ kết 6 tháng hoàn thành trước ngày 30/7'),
  ],
  ruleset: buildRuleset('Long Biên 2023 — Cụm thi đua khối phường', WARD_FOCAL_SETS, 1000, 20),
};

export const LONG_BIEN_2023_TRUONG_HOC: Profile = {
  id: 'long-bien-2023-truong-hoc',
  name: 'Long Biên 2023 — Cụm thi đua khối trường',
  description: [
    'Bộ tiêu chí cho Cụm thi đua khối trường (mầm non, tiểu học, THCS) theo năm học, theo Hướng dẫn số 14/HD-HĐTĐKT ngày 10/02/2023 của Hội đồng Thi đua - Khen thưởng quận Long Biên: thang 100 điểm do 05 đơn vị đầu mối chấm (Phòng Giáo dục và Đào tạo, Phòng Y tế, Liên đoàn Lao động, Phòng Nội vụ, Phòng Tài chính - Kế hoạch), mỗi đơn vị 20 điểm.',
    'Xếp loại công đoàn cơ sở (tiêu chí LDLD.1) chấm theo tỷ lệ điểm chuẩn: Hoàn thành xuất sắc 100%, Hoàn thành tốt 85%, Hoàn thành 60%, Không hoàn thành 0%.',
    'Hướng dẫn quy định đăng ký thi đua trong tháng 02 cho mọi đơn vị thành viên, không tách riêng trường học, nên hạn đăng ký giữ tháng 02 (Hội nghị triển khai của ngành Giáo dục hoàn thành trong tháng 10); sơ kết học kỳ I trước ngày 30/01.',
    ...COMMON_DECISIONS,
  ].join('\n'),
  source: SOURCE,
  unitTypes: ['truong-hoc'],
  calendar: 'school',
  deadlines: [
    deadline('registration', 2, 28, 'Đăng ký thi đua trong tháng 02 (hướng dẫn không tách riêng trường học)'),
    deadline('midYear', 1, 30, 'Hội nghị sơ kết học kỳ I hoàn thành trước ngày 30/01'),
  ],
  ruleset: buildRuleset('Long Biên 2023 — Cụm thi đua khối trường', SCHOOL_FOCAL_SETS, 100, 2),
};

export const LONG_BIEN_2023_PROFILES: readonly Profile[] = [LONG_BIEN_2023_PHUONG, LONG_BIEN_2023_TRUONG_HOC];
