import type { FrameworkKey } from './province';

// What the quantitative criteria measure and the size of their plans, so registered targets and
// results read like real reports. Ranges are for the smallest and the largest unit of the block.

export interface Figure {
  /** Shown next to the number in the criteria table. */
  unit: string;
  plan: [number, number];
  decimals: number;
  /** A share of a whole cannot pass 100 %. */
  max?: number;
  /** Nothing beyond the plan exists: a budget cannot be disbursed twice, a draft quota is filled at most. */
  capAtPlan?: boolean;
}

export const FIGURES: Record<FrameworkKey, Record<string, Figure>> = {
  localities: {
    'I.1': { unit: 'tỷ đồng', plan: [18, 260], decimals: 1 },
    'I.2': { unit: 'triệu đồng/ha', plan: [115, 190], decimals: 0 },
    'I.3': { unit: 'cây', plan: [4000, 30000], decimals: -2 },
    'I.4': { unit: '% (điểm phần trăm giảm)', plan: [0.3, 1.5], decimals: 2 },
    'I.5': { unit: '%', plan: [28, 46], decimals: 1, max: 100 },
    'I.6': { unit: '‰ (giảm)', plan: [0.1, 0.3], decimals: 2 },
    'I.7': { unit: 'tiêu chí', plan: [1, 3], decimals: 0 },
    'I.8.a': { unit: '%', plan: [70, 95], decimals: 1, max: 100 },
    'I.8.b': { unit: '%', plan: [95, 98.5], decimals: 1, max: 100 },
    'I.9.a': { unit: '% (điểm phần trăm giảm)', plan: [0.2, 0.5], decimals: 2 },
    'I.9.c': { unit: '%', plan: [91, 96], decimals: 1, max: 100 },
    'I.10.a': { unit: '%', plan: [84, 92], decimals: 1, max: 100 },
    'I.10.b': { unit: '%', plan: [87, 94], decimals: 1, max: 100 },
    'I.12.a': { unit: 'công dân nhập ngũ', plan: [12, 45], decimals: 0, capAtPlan: true },
    'I.13.a': { unit: 'vụ', plan: [3, 12], decimals: 0 },
    'I.13.b': { unit: 'người', plan: [1, 6], decimals: 0 },
    'I.13.c': { unit: 'người', plan: [2, 10], decimals: 0 },
  },
  departments: {
    'I.1': { unit: 'nhiệm vụ trọng tâm', plan: [12, 30], decimals: 0 },
    'I.7': { unit: 'đề tài, sáng kiến', plan: [3, 10], decimals: 0 },
  },
  schools: {
    'I.1.a': { unit: '% học sinh tốt nghiệp THPT', plan: [97, 99.5], decimals: 1, max: 100 },
    'I.1.b': { unit: 'triệu đồng', plan: [2500, 9000], decimals: -1, capAtPlan: true },
  },
};

/** Values of the banded criteria of Bắc Giang III.4 (a: % of dossiers returned; b: % for direct workers). */
export const BAND_VALUES: Record<string, { good: number[]; weak: number[] }> = {
  'III.4.a': { good: [0, 0, 0, 3.5], weak: [4.8, 7.1, 12.5] },
  'III.4.b': { good: [72.5, 78, 81.3, 86], weak: [68.2, 71] },
};

/** Why a reviewer lowered a self-score (lý do điều chỉnh), as written in review minutes. */
export const REVIEW_REASONS = [
  'Minh chứng chưa đầy đủ so với nội dung tự chấm; Cụm trưởng đề nghị điều chỉnh, Hội nghị trù bị thống nhất',
  'Một số nhiệm vụ hoàn thành chậm so với kế hoạch; điều chỉnh theo kết quả chấm chéo',
  'Báo cáo chưa nêu kết quả cụ thể; chấm lại theo ý kiến của Cơ quan thường trực',
  'Tự chấm vượt mức quy định của tiêu chí; điều chỉnh theo hướng dẫn chấm điểm',
];

export const FIGURE_REASONS = [
  'Điều chỉnh số liệu theo báo cáo chính thức của Thống kê tỉnh',
  'Số liệu tự báo cáo là số ước thực hiện; thay bằng số liệu quyết toán',
];

/** Where the self-reported figure comes from: the unit's own year-end report. */
export const REPORT_NOTE = 'Theo Báo cáo tổng kết công tác thi đua, khen thưởng năm của đơn vị';

export const EVIDENCE_HINTS = {
  quantitative: 'Báo cáo kết quả thực hiện chỉ tiêu, có số liệu so sánh với kế hoạch được giao',
  standingOffice: 'Văn bản, kế hoạch, quyết định khen thưởng đã ban hành trong năm',
} as const;

/** Emulation models and thematic topics units register (mô hình, chuyên đề). */
export const MODELS: Record<FrameworkKey, string[]> = {
  localities: [
    'Mô hình "Dân vận khéo" trong giải phóng mặt bằng',
    'Mô hình "Tổ dân phố văn minh, xanh - sạch - đẹp"',
    'Mô hình "Camera an ninh" bảo đảm trật tự an toàn xã hội',
    'Mô hình "Bình dân học vụ số" phổ cập kỹ năng số cho người dân',
  ],
  departments: [
    'Mô hình "Một cửa liên thông điện tử" rút ngắn thời gian giải quyết thủ tục',
    'Mô hình "Công sở văn minh, xanh - sạch - đẹp"',
    'Mô hình "Văn phòng không giấy" trên hệ thống quản lý văn bản',
  ],
  schools: [
    'Mô hình "Trường học hạnh phúc"',
    'Mô hình "Câu lạc bộ STEM và nghiên cứu khoa học kỹ thuật"',
    'Mô hình "Thư viện thân thiện"',
  ],
};

export const TOPICS: Record<FrameworkKey, string[]> = {
  localities: [
    'Chuyên đề thi đua "Cải cách hành chính, chuyển đổi số"',
    'Chuyên đề thi đua "Chung sức xây dựng nông thôn mới, đô thị văn minh"',
  ],
  departments: [
    'Chuyên đề thi đua "Đẩy mạnh giải ngân vốn đầu tư công"',
    'Chuyên đề thi đua "Cải thiện chỉ số năng lực cạnh tranh cấp sở, ngành (DDCI)"',
  ],
  schools: [
    'Chuyên đề "Đổi mới phương pháp dạy học theo Chương trình giáo dục phổ thông 2018"',
    'Chuyên đề "Nâng cao chất lượng giáo dục mũi nhọn"',
  ],
};
