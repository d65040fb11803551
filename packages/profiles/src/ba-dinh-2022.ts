import type { Award, DeductionItem, OverPlanBonus, Predicate, Ruleset } from '@thidua/engine';
import {
  buildGroup,
  container,
  type Draft,
  partyRating,
  qualitative,
  quantitative,
  yesno,
} from './criteria-builder';
import { PUBLIC_OUTRAGE, SERIOUS_VIOLATION, UNDER_INVESTIGATION } from './ha-noi';
import { deadline, type Profile, type ProfileDeadline } from './types';

/**
 * Ba Đình district, guidance on emulation clusters, November 2022 (seed 000). The document fixes the
 * 1000-point frame, the bonus and deduction rules, the award thresholds and the eligibility rules, but
 * lists no criteria: clusters specialise contents I and II, and III/IV follow criteria the district
 * issues separately. The criteria below are built from what the document does say — the bases of
 * scoring (B.II.1), which differ by unit type, and the bodies that supply the data (part C).
 */

const SOURCE = {
  document: 'Hướng dẫn tổ chức, hoạt động và bình xét thi đua của các Cụm thi đua thuộc quận Ba Đình',
  issuer: 'Ủy ban nhân dân quận Ba Đình',
  date: '2022-11',
};

/** B.II.3.1: "cứ vượt 1% kế hoạch thì được 1% điểm chuẩn của tiêu chí đó nhưng không vượt quá 10%". */
const OVER_PLAN: OverPlanBonus = { per: 'percentOfPoints', amount: 1, capPercentOfPoints: 10, step: 'whole' };

const GROUP_I_NAME = 'Thi đua phát triển kinh tế - xã hội, nhiệm vụ chính trị, đảm bảo quốc phòng - an ninh';
const GROUP_II_NAME =
  'Thi đua xây dựng Đảng và hệ thống chính trị và thực hiện các chủ trương của Đảng, chính sách pháp luật của Nhà nước';
const GROUP_III_NAME = 'Thực hiện các nhiệm vụ công tác thi đua, khen thưởng';

const BUDGET_SPENDING = quantitative(
  'I.1.b',
  'Chi ngân sách, giải ngân vốn đầu tư xây dựng cơ bản so với kế hoạch',
  {
    unit: 'triệu đồng',
    description: 'Kho bạc Nhà nước Ba Đình cung cấp số liệu đến hết 31/12 (phần C, mục 5).',
  },
);

/** B.II.1.2 – 1.4: the same for every unit type. */
const GROUP_I_COMMON: Draft[] = [
  qualitative('I.2', 'Kết quả thực hiện nhiệm vụ Quận ủy, UBND Quận giao trong năm'),
  qualitative(
    'I.3',
    'Kết quả khắc phục tồn tại, hạn chế theo kết luận, yêu cầu, kiến nghị của Thanh tra Chính phủ, Kiểm toán Nhà nước, Thành ủy, UBND và Thanh tra Thành phố, Quận ủy, UBND và Thanh tra quận',
    { description: 'Thanh tra quận tổng hợp kết quả khắc phục (phần C, mục 4).' },
  ),
  qualitative('I.4', 'Công tác cải cách hành chính', {
    description:
      'Điểm tương ứng với số điểm xếp loại chỉ số cải cách hành chính của đơn vị theo Quyết định của UBND quận trong năm (mục B.II.1.4).',
  }),
];

const PARTY_RATING_NAME = 'Kết quả đánh giá, xếp loại tổ chức cơ sở đảng';
const PARTY_POLICY = qualitative(
  'II.3',
  'Thực hiện các chủ trương của Đảng, chính sách, pháp luật của Nhà nước',
);

/**
 * Content III: the document says clusters follow the district's criteria but does not list them; these
 * are the TĐKT duties of member units that the document itself sets out (A.II.2.3, A.II.1.3).
 */
function groupIII(registrationMonth: string): Draft[] {
  return [
    yesno(
      'III.1',
      'Đăng ký thi đua, mô hình và chuyên đề thi đua gửi Hội đồng Thi đua - Khen thưởng quận (qua Phòng Nội vụ) và đơn vị Cụm trưởng đúng thời hạn',
      { description: `Hạn đăng ký: ${registrationMonth} hằng năm (mục A.II.2.3.a).` },
    ),
    qualitative(
      'III.2',
      'Tham gia xây dựng quy chế, chương trình hoạt động, tiêu chí và thang bảng điểm thi đua của Cụm',
    ),
    qualitative(
      'III.3',
      'Thực hiện chế độ thông tin, báo cáo về công tác thi đua, khen thưởng theo quy định',
    ),
    qualitative(
      'III.4',
      'Phát hiện, giới thiệu, tuyên truyền, nhân rộng các mô hình, điển hình tiên tiến, cách làm mới có hiệu quả trong phong trào thi đua',
    ),
    qualitative('III.5', 'Tham gia đầy đủ và đúng thành phần các cuộc họp và hoạt động do Cụm tổ chức'),
  ];
}

const DEDUCTIONS: DeductionItem[] = [
  {
    code: 'PHE_BINH',
    name: 'Văn bản phê bình của Quận (1 điểm/văn bản, tối đa 5 điểm)',
    pointsEach: 1,
    cap: 5,
  },
  {
    code: 'CHAM_MUON',
    name: 'Nhiệm vụ thực hiện chậm, muộn theo tiến độ Quận giao (0,3 điểm/nhiệm vụ với 10 nhiệm vụ đầu, 0,2 điểm/nhiệm vụ tiếp theo, tối đa 5 điểm)',
    tiers: [{ upTo: 10, pointsEach: 0.3 }, { pointsEach: 0.2 }],
    cap: 5,
  },
  {
    code: 'KHONG_HOAN_THANH',
    name: 'Nhiệm vụ không hoàn thành hoặc nội dung tồn tại, hạn chế chưa khắc phục, trừ tồn tại do lý do khách quan đã giải trình bằng văn bản (1 điểm/nội dung)',
    pointsEach: 1,
  },
  {
    code: 'CBCCVC_KY_LUAT',
    name: 'Cán bộ, công chức, viên chức, người lao động vi phạm pháp luật, kỷ cương, kỷ luật, quy tắc ứng xử, được cơ quan có thẩm quyền xác nhận và bị xử lý kỷ luật (2 điểm/vụ việc)',
    pointsEach: 2,
  },
  {
    code: 'CBCCVC_HINH_SU',
    name: 'Cán bộ, công chức, viên chức, người lao động bị truy cứu trách nhiệm hình sự (5 điểm/vụ việc)',
    pointsEach: 5,
  },
  {
    code: 'DANG_VIEN_KY_LUAT',
    name: 'Đảng viên bị kỷ luật từ hình thức Khiển trách trở lên do cơ quan chức năng, cơ quan thông tin đại chúng Trung ương, Thành phố phát hiện (0,5 điểm/trường hợp)',
    pointsEach: 0.5,
  },
  {
    code: 'DANG_VIEN_QUAN_UY',
    name: 'Đảng viên diện Ban Thường vụ Quận ủy quản lý bị kỷ luật (2 điểm/trường hợp)',
    pointsEach: 2,
  },
  {
    code: 'DANG_VIEN_THANH_UY',
    name: 'Đảng viên diện Ban Thường vụ Thành ủy quản lý bị kỷ luật (5 điểm/trường hợp)',
    pointsEach: 5,
  },
  {
    code: 'BAO_CAO_SAI',
    name: 'Báo cáo số liệu không chính xác do đơn vị Cụm trưởng phát hiện, Phòng Nội vụ xác thực (5 điểm/lần)',
    pointsEach: 5,
  },
];

const PARTY_GOOD: Predicate = {
  fact: 'partyRating',
  in: ['HTXSNV', 'HTTNV'],
  label: 'Đảng bộ (Chi bộ) được đánh giá mức "Hoàn thành tốt nhiệm vụ" trở lên trong năm đề nghị',
};

const FLAGS: Award[] = [
  { code: 'CO_CP', name: 'Cờ thi đua của Chính phủ', minScore: 900, requires: [PARTY_GOOD] },
  { code: 'CO_TP', name: 'Cờ thi đua của UBND Thành phố', minScore: 850, requires: [PARTY_GOOD] },
];

const TITLES: Award[] = [
  { code: 'BK_TP', name: 'Bằng khen của Chủ tịch UBND Thành phố', minScore: 800 },
  { code: 'TTLDXS', name: 'Tập thể lao động xuất sắc', minScore: 800 },
  { code: 'TTLDTT', name: 'Tập thể lao động tiên tiến', minScore: 750 },
];

const EXCLUSIONS: Predicate[] = [
  {
    fact: 'partyRating',
    in: ['HTNV', 'KHTNV'],
    label: 'Đảng bộ (Chi bộ) được đánh giá mức "Hoàn thành nhiệm vụ" (hoặc thấp hơn)',
  },
  SERIOUS_VIOLATION,
];

const POSTPONEMENTS: Predicate[] = [UNDER_INVESTIGATION];

const DOWNGRADES: Predicate[] = [
  { fact: 'deepSelfCriticism', equals: true, label: 'Có nội dung, nhiệm vụ Quận ủy yêu cầu kiểm điểm sâu' },
  PUBLIC_OUTRAGE,
];

interface Variant {
  clusterName: string;
  groupI1: Draft[];
  groupII: Draft[];
  registrationMonth: string;
  flags: boolean;
}

function buildRuleset(v: Variant): Ruleset {
  return {
    name: `Ba Đình 2022 — ${v.clusterName}`,
    description: `Khung 1000 điểm của quận Ba Đình (Hướng dẫn tháng 11/2022): nội dung I 580, II 200, III 200, điểm thưởng IV tối đa 20.`,
    maxTotal: 1000,
    groups: [
      buildGroup({
        code: 'I',
        name: GROUP_I_NAME,
        maxPoints: 580,
        overPlanBonusCap: 30,
        overPlanBonus: OVER_PLAN,
        criteria: [
          container('I.1', 'Thực hiện các chỉ tiêu, kế hoạch, nhiệm vụ Quận giao đầu năm', v.groupI1),
          ...GROUP_I_COMMON,
        ],
      }),
      buildGroup({ code: 'II', name: GROUP_II_NAME, maxPoints: 200, criteria: v.groupII }),
      buildGroup({
        code: 'III',
        name: GROUP_III_NAME,
        maxPoints: 200,
        criteria: groupIII(v.registrationMonth),
      }),
    ],
    bonusItems: [
      {
        code: 'IV',
        name: 'Điểm thưởng của UBND quận (Phòng Nội vụ tham mưu) cho công tác thi đua, khen thưởng, nhiệm vụ trọng tâm, đột xuất',
        max: 20,
      },
    ],
    deductionItems: DEDUCTIONS.map((d) => ({ ...d })),
    awards: [...(v.flags ? FLAGS : []), ...TITLES],
    exclusions: EXCLUSIONS,
    postponements: POSTPONEMENTS,
    downgrades: DOWNGRADES,
  };
}

const COMMON_DECISIONS = [
  'Văn bản quy định khung 1000 điểm (I: 580, II: 200, III: 200, IV: điểm thưởng 20) nhưng không liệt kê tiêu chí: nội dung I, II do Cụm cụ thể hóa; nội dung III, IV "thực hiện theo tiêu chí do Quận ban hành" nhưng tiêu chí đó không kèm theo văn bản.',
  'Nội dung I được dựng từ các căn cứ chấm điểm của mục B.II.1 (1.1 chỉ tiêu, kế hoạch, nhiệm vụ Quận giao đầu năm; 1.2 nhiệm vụ Quận ủy, UBND Quận giao; 1.3 khắc phục tồn tại, hạn chế; 1.4 cải cách hành chính) và các cơ quan cung cấp số liệu ở phần C; nội dung II từ các cơ quan đánh giá ở phần C, mục 3 và 7; nội dung III từ nhiệm vụ của đơn vị thành viên (mục A.II.2.3). Cụm và Phòng Nội vụ cần thay bằng tiêu chí Quận ban hành hằng năm.',
  'Văn bản không cho điểm từng tiêu chí: điểm của mỗi nội dung được chia đều cho các tiêu chí cùng cấp theo điểm nguyên, phần dư (nếu có) cộng 1 điểm lần lượt cho các tiêu chí đầu; điểm của tiêu chí chứa chia đều cho tiêu chí con theo cùng cách.',
  'Tiêu chí định lượng của nội dung I được thưởng 1% điểm chuẩn cho mỗi 1% vượt kế hoạch (tính theo từng 1% trọn), tối đa 10% điểm chuẩn; tổng điểm thưởng nội dung I tối đa 30 điểm. Quy định "cứ 1% không đạt kế hoạch thì trừ 1% điểm chuẩn" (mục B.II.3.2) chính là cách tính tỷ lệ điểm của tiêu chí định lượng, không phải khoản trừ riêng.',
  'Xếp loại tổ chức cơ sở đảng chấm theo tỷ lệ điểm chuẩn do văn bản không quy định: HTXSNV 100%, HTTNV 85%, HTNV 60%, KHTNV 0%.',
  'Trừ điểm "báo cáo số liệu không chính xác" (5 điểm) tính cho mỗi lần được Phòng Nội vụ xác thực; văn bản không nói rõ một lần hay mỗi lần.',
  'Không xem xét khen thưởng khi Đảng bộ (Chi bộ) được đánh giá mức "Hoàn thành nhiệm vụ"; mức "Không hoàn thành nhiệm vụ" thấp hơn nên cũng bị loại, dù văn bản không nêu.',
  'Hội nghị trù bị (chậm nhất 03 ngày trước hội nghị tổng kết) và hội nghị tổng kết theo hướng dẫn hằng năm của Quận nên không có hạn mặc định; hạn "trước ngày 30/6", "trước ngày 30/7" được ghi là ngày 30; "trong tháng" được ghi là ngày cuối tháng.',
];

function describe(covers: string, specific: string[]): string {
  return [covers, ...COMMON_DECISIONS, ...specific].join('\n');
}

const WARD_DEADLINES: ProfileDeadline[] = [
  deadline('criteria', 6, 30, 'Cụm trưởng ban hành tiêu chí chấm điểm của Cụm trước ngày 30/6'),
  deadline('registration', 2, 28, 'Đăng ký thi đua trong tháng 02 (năm nhuận: 29/02)'),
  deadline('midYear', 7, 30, 'Hội nghị sơ kết 6 tháng hoàn thành trước ngày 30/7'),
];

export const BA_DINH_2022_PHUONG: Profile = {
  id: 'ba-dinh-2022-phuong',
  name: 'Ba Đình 2022 — Cụm thi đua phường',
  description: describe(
    'Khung chấm điểm thi đua 1000 điểm cho Cụm thi đua các phường, theo Hướng dẫn tổ chức, hoạt động và bình xét thi đua của các Cụm thi đua thuộc quận Ba Đình (UBND quận Ba Đình, tháng 11/2022); gồm điểm thưởng, điểm trừ, ngưỡng khen thưởng 900/850/800/750, các trường hợp không xem xét, chưa xem xét và hạ mức khen thưởng.',
    [
      'Với phường, căn cứ 1.1 là các chỉ tiêu Quận giao và Nghị quyết của cấp ủy cùng cấp; các chỉ tiêu thu, chi ngân sách (Chi cục Thuế, Kho bạc), an ninh trật tự và phòng cháy, chữa cháy (Công an quận) là các tiêu chí con của I.1.',
      'Cờ thi đua của Chính phủ và Cờ thi đua của UBND Thành phố dành cho tập thể dẫn đầu Cụm thi đua phường: chỉ tiêu 1 mỗi Cụm được nhập ở kỳ thi đua (quotas), không nằm trong bộ tiêu chí.',
    ],
  ),
  source: SOURCE,
  unitTypes: ['phuong-xa'],
  calendar: 'calendar',
  deadlines: WARD_DEADLINES,
  ruleset: buildRuleset({
    clusterName: 'Cụm thi đua phường',
    registrationMonth: 'trong tháng 02',
    flags: true,
    groupI1: [
      quantitative('I.1.a', 'Thu ngân sách nhà nước trên địa bàn so với chỉ tiêu Quận giao', {
        unit: 'triệu đồng',
        description: 'Chi cục Thuế quận cung cấp số liệu đến hết 31/12 (phần C, mục 5).',
      }),
      BUDGET_SPENDING,
      quantitative(
        'I.1.c',
        'Thực hiện các chỉ tiêu kinh tế - xã hội Quận giao, Nghị quyết của cấp ủy cùng cấp và Chương trình, Kế hoạch công tác năm',
        {
          unit: 'chỉ tiêu',
          description:
            'Kế hoạch: số chỉ tiêu được giao; thực hiện: số chỉ tiêu đạt. Cụm có thể tách thành từng chỉ tiêu cụ thể.',
        },
      ),
      qualitative('I.1.d', 'Đảm bảo an ninh chính trị, trật tự an toàn xã hội', {
        description: 'Công an quận cung cấp, thẩm định (phần C, mục 6).',
      }),
      qualitative('I.1.e', 'Công tác phòng cháy, chữa cháy, cứu hộ, cứu nạn', {
        description: 'Công an quận cung cấp, thẩm định (phần C, mục 6).',
      }),
    ],
    groupII: [
      partyRating('II.1', PARTY_RATING_NAME, {
        description: 'Ban Tổ chức Quận ủy cung cấp kết quả đánh giá, xếp loại.',
      }),
      qualitative(
        'II.2',
        'Kết quả đánh giá, xếp loại công tác các lĩnh vực do các Ban Đảng Quận ủy phụ trách đối với Đảng ủy phường',
      ),
      qualitative(
        'II.3',
        'Công tác dân vận của cơ quan nhà nước (Chỉ thị 07-CT/TU ngày 01/10/2021); xây dựng và thực hiện quy chế dân chủ ở cơ sở',
        { description: 'Ban Dân vận Quận ủy chủ trì chấm điểm.' },
      ),
      qualitative('II.4', 'Kết quả đánh giá, xếp loại Mặt trận Tổ quốc và các đoàn thể phường', {
        description: 'Mặt trận Tổ quốc và các đoàn thể chính trị quận cung cấp.',
      }),
      { ...PARTY_POLICY, code: 'II.5' },
    ],
  }),
};

const DEPARTMENT_GROUP_II: Draft[] = [
  partyRating('II.1', PARTY_RATING_NAME, {
    description: 'Đảng ủy Cơ quan Dân Đảng, Đảng ủy Cơ quan UBND quận cung cấp kết quả đánh giá, xếp loại.',
  }),
  qualitative(
    'II.2',
    'Công tác dân vận của cơ quan nhà nước (Chỉ thị 07-CT/TU ngày 01/10/2021); xây dựng và thực hiện quy chế dân chủ ở cơ sở',
    { description: 'Ban Dân vận Quận ủy chủ trì chấm điểm.' },
  ),
  PARTY_POLICY,
];

const UNIT_SAFETY = qualitative(
  'I.1.c',
  'Đảm bảo an ninh trật tự, phòng cháy, chữa cháy, cứu hộ, cứu nạn và chấp hành pháp luật tại đơn vị',
  { description: 'Công an quận cung cấp, thẩm định (phần C, mục 6).' },
);

export const BA_DINH_2022_PHONG_BAN: Profile = {
  id: 'ba-dinh-2022-phong-ban',
  name: 'Ba Đình 2022 — Cụm thi đua phòng, ban, ngành, đoàn thể, đơn vị sự nghiệp',
  description: describe(
    'Khung chấm điểm thi đua 1000 điểm cho các Cụm thi đua phòng, ban, ngành, Mặt trận Tổ quốc, đoàn thể, Ban quản lý dự án và đơn vị sự nghiệp thuộc quận, theo Hướng dẫn của UBND quận Ba Đình (tháng 11/2022).',
    [
      'Với các đơn vị này, căn cứ 1.1 là Chương trình, Kế hoạch công tác năm (Ban quản lý dự án, đơn vị sự nghiệp: nhiệm vụ thường xuyên, đột xuất), nên I.1 gồm kết quả thực hiện kế hoạch, chi ngân sách và an ninh trật tự tại đơn vị.',
      'Cờ thi đua của Chính phủ và của UBND Thành phố chỉ áp dụng cho Cụm thi đua phường và Cụm thi đua trường học (mục B.III.2.1, 2.2), nên thang khen thưởng của hồ sơ này bắt đầu từ Bằng khen của Chủ tịch UBND Thành phố.',
    ],
  ),
  source: SOURCE,
  unitTypes: ['phong-ban', 'mttq-doan-the', 'don-vi-su-nghiep'],
  calendar: 'calendar',
  deadlines: WARD_DEADLINES,
  ruleset: buildRuleset({
    clusterName: 'Cụm thi đua phòng, ban, ngành, đoàn thể, đơn vị sự nghiệp',
    registrationMonth: 'trong tháng 02',
    flags: false,
    groupI1: [
      quantitative(
        'I.1.a',
        'Kết quả thực hiện Chương trình, Kế hoạch công tác năm và các nhiệm vụ thường xuyên, đột xuất của đơn vị',
        {
          unit: 'nhiệm vụ',
          description: 'Kế hoạch: số nhiệm vụ theo kế hoạch; thực hiện: số nhiệm vụ hoàn thành.',
        },
      ),
      BUDGET_SPENDING,
      UNIT_SAFETY,
    ],
    groupII: DEPARTMENT_GROUP_II,
  }),
};

export const BA_DINH_2022_TRUONG_HOC: Profile = {
  id: 'ba-dinh-2022-truong-hoc',
  name: 'Ba Đình 2022 — Cụm thi đua trường học',
  description: describe(
    'Khung chấm điểm thi đua 1000 điểm cho Cụm thi đua các trường học và Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên thuộc quận (theo năm học), theo Hướng dẫn của UBND quận Ba Đình (tháng 11/2022).',
    [
      'Trường học là đơn vị sự nghiệp: căn cứ 1.1 là kế hoạch và kết quả thực hiện nhiệm vụ năm học, nhiệm vụ thường xuyên, đột xuất; xếp loại tổ chức cơ sở đảng do Đảng ủy phường cung cấp.',
      'Văn bản chỉ giao Ban Dân vận chấm công tác dân vận, quy chế dân chủ cho phòng, ban, ngành và phường; với trường học, tiêu chí II.2 là xây dựng và thực hiện quy chế dân chủ ở cơ sở, do Cụm rà soát.',
      'Hạn ban hành tiêu chí (trước 30/6) văn bản không quy định riêng cho trường học nên dùng chung; đăng ký thi đua trong tháng 3, sơ kết học kỳ I trong tháng 01.',
      'Cờ thi đua của Chính phủ và của UBND Thành phố dành cho tập thể dẫn đầu Cụm thi đua trường học: chỉ tiêu 1 mỗi Cụm được nhập ở kỳ thi đua (quotas).',
    ],
  ),
  source: SOURCE,
  unitTypes: ['truong-hoc'],
  calendar: 'school',
  deadlines: [
    deadline(
      'criteria',
      6,
      30,
      'Cụm trưởng ban hành tiêu chí trước ngày 30/6 (văn bản không quy định riêng cho trường học)',
    ),
    deadline('registration', 3, 31, 'Đăng ký thi đua trong tháng 3'),
    deadline('midYear', 1, 31, 'Hội nghị sơ kết học kỳ I hoàn thành trong tháng 01'),
  ],
  ruleset: buildRuleset({
    clusterName: 'Cụm thi đua trường học',
    registrationMonth: 'trong tháng 3',
    flags: true,
    groupI1: [
      quantitative(
        'I.1.a',
        'Kết quả thực hiện kế hoạch, nhiệm vụ năm học và các nhiệm vụ thường xuyên, đột xuất của đơn vị',
        {
          unit: 'nhiệm vụ',
          description: 'Kế hoạch: số nhiệm vụ theo kế hoạch; thực hiện: số nhiệm vụ hoàn thành.',
        },
      ),
      BUDGET_SPENDING,
      UNIT_SAFETY,
    ],
    groupII: [
      partyRating('II.1', PARTY_RATING_NAME, {
        description: 'Đảng ủy phường cung cấp kết quả đánh giá, xếp loại tổ chức cơ sở đảng của trường.',
      }),
      qualitative('II.2', 'Xây dựng và thực hiện quy chế dân chủ ở cơ sở'),
      PARTY_POLICY,
    ],
  }),
};

export const BA_DINH_2022_PROFILES: readonly Profile[] = [
  BA_DINH_2022_PHUONG,
  BA_DINH_2022_PHONG_BAN,
  BA_DINH_2022_TRUONG_HOC,
];
