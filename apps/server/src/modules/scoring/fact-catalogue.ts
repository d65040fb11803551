// The eligibility facts (SPEC §7) by name, with their Vietnamese labels, the labels of their coded values,
// and which of them the product derives from its own records. The web keeps its copy of the labels in
// apps/web/src/facts/texts.ts until a shared labels package holds both.

/** Facts computed from the product's records, never typed (the standing office may override, with a reason). */
export const DERIVED_FACTS = ['registered', 'pactSigned', 'reportsSubmitted', 'womenShare70'] as const;
export type DerivedFactName = (typeof DERIVED_FACTS)[number];

export function isDerivedFact(name: string): name is DerivedFactName {
  return (DERIVED_FACTS as readonly string[]).includes(name);
}

/** Vietnamese names of the facts the built-in profiles and Nghị định 152/2025 use. */
export const FACT_LABELS: Record<string, string> = {
  partyRating: 'Xếp loại tổ chức đảng',
  registered: 'Đăng ký thi đua',
  pactSigned: 'Ký giao ước thi đua',
  reportsSubmitted: 'Gửi báo cáo sơ kết, tổng kết',
  headRating: 'Xếp loại người đứng đầu',
  securityStandard: 'Đạt tiêu chuẩn "An toàn về an ninh trật tự"',
  securityMovementRating: 'Phong trào "Toàn dân bảo vệ an ninh Tổ quốc"',
  cultureStandard: 'Đạt chuẩn văn hóa',
  cultureMovementRating: 'Phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa"',
  seriousViolation: 'Có vụ việc tiêu cực, tham nhũng, sai phạm nghiêm trọng',
  underInvestigation: 'Đang bị xem xét, thanh tra, kiểm tra',
  obligationsUnfulfilled: 'Chưa hoàn thành nghĩa vụ đối với Nhà nước',
  pendingComplaint: 'Có đơn thư khiếu nại, tố cáo đang xác minh',
  deepSelfCriticism: 'Phải kiểm điểm sâu sắc',
  publicOutrage: 'Có vụ việc gây bức xúc trong dư luận',
  womenShare70: 'Tập thể có từ 70 % nữ trở lên',
};

/** Vietnamese names of the coded values (ratings). */
export const FACT_VALUE_LABELS: Record<string, string> = {
  HTXSNV: 'Hoàn thành xuất sắc nhiệm vụ',
  HTTNV: 'Hoàn thành tốt nhiệm vụ',
  HTNV: 'Hoàn thành nhiệm vụ',
  KHTNV: 'Không hoàn thành nhiệm vụ',
  TOT: 'Tốt',
  KHA: 'Khá',
  TRUNG_BINH: 'Trung bình',
  YEU: 'Yếu',
};

/** A fact's name for people: its label, else the label a predicate of the ruleset gives it. */
export function factLabel(name: string, predicateLabel?: string): string {
  return FACT_LABELS[name] ?? predicateLabel ?? name;
}

/** A fact's value for people: Có / Không, a rating's name, or the value as written. */
export function factValueLabel(value: string | number | boolean): string {
  if (value === true) return 'Có';
  if (value === false) return 'Không';
  if (typeof value === 'number') return String(value).replace('.', ',');
  return FACT_VALUE_LABELS[value] ?? value;
}

/** Where a derived fact comes from, said in refusals. */
export const DERIVED_SOURCES: Record<DerivedFactName, string> = {
  registered: 'bản đăng ký thi đua đã gửi của đơn vị trong kỳ',
  pactSigned: 'biên bản ký giao ước thi đua của cụm, khối',
  reportsSubmitted:
    'các nhiệm vụ gửi báo cáo sơ kết, tổng kết của đơn vị trong kế hoạch công tác đã ban hành của kỳ',
  womenShare70: 'số lao động và số lao động nữ do đơn vị kê khai, Cơ quan thường trực xác nhận',
};

interface PredicateLike {
  fact?: unknown;
  label?: unknown;
}

/**
 * The facts the ruleset's predicates read (exclusions, postponements, downgrades, award requirements,
 * tie preference), each with the first label a predicate gives it.
 */
export function factsReadBy(ruleset: unknown): Map<string, string | undefined> {
  const out = new Map<string, string | undefined>();
  if (!ruleset || typeof ruleset !== 'object') return out;
  const r = ruleset as Record<string, unknown>;
  const add = (p: unknown) => {
    const predicate = p as PredicateLike | null;
    if (!predicate || typeof predicate.fact !== 'string') return;
    const label = typeof predicate.label === 'string' ? predicate.label : undefined;
    if (!out.has(predicate.fact) || (out.get(predicate.fact) === undefined && label)) {
      out.set(predicate.fact, label);
    }
  };
  for (const key of ['exclusions', 'postponements', 'downgrades']) {
    const list = r[key];
    if (Array.isArray(list)) list.forEach(add);
  }
  if (Array.isArray(r.awards)) {
    for (const award of r.awards as { requires?: unknown }[]) {
      if (Array.isArray(award?.requires)) award.requires.forEach(add);
    }
  }
  add(r.tiePreference);
  return out;
}
