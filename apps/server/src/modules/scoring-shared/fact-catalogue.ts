import { FACT_NAMES, FACT_VALUE_NAMES } from '@thidua/vocabulary';

// The eligibility facts (SPEC §7) by name, with their Vietnamese labels, the labels of their coded values,
// and which of them the product derives from its own records. The labels themselves live in
// @thidua/vocabulary, shared with the web.

/** Facts computed from the product's records, never typed (the standing office may override, with a reason). */
export const DERIVED_FACTS = ['registered', 'pactSigned', 'reportsSubmitted', 'womenShare70'] as const;
export type DerivedFactName = (typeof DERIVED_FACTS)[number];

export function isDerivedFact(name: string): name is DerivedFactName {
  return (DERIVED_FACTS as readonly string[]).includes(name);
}

/** Vietnamese names of the facts the built-in profiles and Nghị định 152/2025 use. */
export const FACT_LABELS = FACT_NAMES;

/** Names of coded values (ratings). */
export const FACT_VALUE_LABELS = FACT_VALUE_NAMES;

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
