/**
 * An independent reimplementation of SPEC §6 and §7, written for the tests from the SPEC text only,
 * on exact rationals made of BigInt numerators and denominators. It shares no code with the engine:
 * the property tests compare the engine's result document with what this model computes.
 */
import type { CriterionInput, DeductionItem, Entry, FactValue, Period, Predicate } from '../src/index';

/** An exact rational n/d, d > 0, in lowest terms. */
export interface Q {
  readonly n: bigint;
  readonly d: bigint;
}

const gcd = (a: bigint, b: bigint): bigint => {
  a = a < 0n ? -a : a;
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
};

export function q(n: bigint, d = 1n): Q {
  if (d === 0n) throw new RangeError('division by zero');
  if (d < 0n) [n, d] = [-n, -d];
  const g = gcd(n, d) || 1n;
  return { n: n / g, d: d / g };
}

export const ZERO = q(0n);
export const HUNDRED = q(100n);

/** A JSON number as the exact decimal its shortest text says (what the author wrote). */
export function fromNumber(x: number): Q {
  if (!Number.isFinite(x)) throw new RangeError(`not a finite number: ${x}`);
  const text = String(x);
  const m = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/.exec(text);
  if (!m) throw new Error(`cannot read ${text}`);
  const [, sign, int, frac = '', exp = '0'] = m;
  let n = BigInt(int! + frac);
  let d = 10n ** BigInt(frac.length);
  const e = Number(exp);
  if (e >= 0) n *= 10n ** BigInt(e);
  else d *= 10n ** BigInt(-e);
  return q(sign === '-' ? -n : n, d);
}

export const add = (a: Q, b: Q): Q => q(a.n * b.d + b.n * a.d, a.d * b.d);
export const sub = (a: Q, b: Q): Q => q(a.n * b.d - b.n * a.d, a.d * b.d);
export const mul = (a: Q, b: Q): Q => q(a.n * b.n, a.d * b.d);
export const div = (a: Q, b: Q): Q => q(a.n * b.d, a.d * b.n);
export const cmp = (a: Q, b: Q): number => {
  const l = a.n * b.d;
  const r = b.n * a.d;
  return l < r ? -1 : l > r ? 1 : 0;
};
export const eq = (a: Q, b: Q): boolean => cmp(a, b) === 0;
export const min = (a: Q, b: Q): Q => (cmp(a, b) <= 0 ? a : b);
export const max = (a: Q, b: Q): Q => (cmp(a, b) >= 0 ? a : b);
export const sum = (xs: readonly Q[]): Q => xs.reduce(add, ZERO);

/** The largest integer not above x. */
export function floor(x: Q): Q {
  const t = x.n / x.d; // truncates toward zero
  return q(x.n < 0n && t * x.d !== x.n ? t - 1n : t);
}

/** round2 of SPEC §6: half up to two decimals, i.e. floor(100x + 1/2) / 100 for x ≥ 0. */
export function round2(x: Q): Q {
  if (x.n < 0n) throw new RangeError('round2 of a negative value is never needed');
  return q(floor(add(mul(x, HUNDRED), q(1n, 2n))).n, 100n);
}

/** Exact decimal text of a rational whose denominator divides a power of ten; otherwise `n/d`. */
export function show(x: Q): string {
  let d = x.d;
  let digits = 0;
  while (d % 10n === 0n) [d, digits] = [d / 10n, digits + 1];
  while (d % 2n === 0n || d % 5n === 0n) {
    d = d % 2n === 0n ? d / 2n : d / 5n;
    digits++;
  }
  if (d !== 1n) return `${x.n}/${x.d}`;
  const scaled = (x.n * 10n ** BigInt(digits)) / x.d;
  const negative = scaled < 0n;
  const text = (negative ? -scaled : scaled).toString().padStart(digits + 1, '0');
  const int = text.slice(0, text.length - digits);
  const frac = text.slice(text.length - digits);
  return (negative ? '-' : '') + int + (digits > 0 ? '.' + frac : '');
}

// ---------------------------------------------------------------------------------------------
// SPEC §6 — scoring

export interface RefLeaf {
  code: string;
  base: Q;
  bonus: Q;
  missing: boolean;
}

function quantitative(c: CriterionInput, entry: Entry): { base: Q; bonus: Q } {
  const S = fromNumber(c.points);
  const P = fromNumber(entry.plan!);
  const A = fromNumber(entry.actual!);
  let base: Q;
  let over = ZERO;
  if (c.direction === 'decrease') {
    if (P.n === 0n) base = A.n === 0n ? S : ZERO;
    else if (cmp(A, P) <= 0) {
      base = S;
      over = div(mul(HUNDRED, sub(P, A)), P);
    } else base = max(ZERO, div(mul(S, sub(mul(q(2n), P), A)), P));
  } else if (cmp(A, P) >= 0) {
    base = S;
    over = div(mul(HUNDRED, sub(A, P)), P);
  } else base = div(mul(S, A), P);

  let bonus = ZERO;
  const rule = c.overPlanBonus;
  if (rule && over.n > 0n) {
    const counted = (rule.step ?? 'whole') === 'whole' ? floor(over) : over;
    const amount = fromNumber(rule.amount);
    bonus =
      rule.per === 'percentOfPoints' ? div(mul(mul(S, amount), counted), HUNDRED) : mul(amount, counted);
    bonus = min(bonus, div(mul(S, fromNumber(rule.capPercentOfPoints)), HUNDRED));
  }
  return { base: round2(base), bonus: round2(bonus) };
}

function inBand(band: NonNullable<CriterionInput['bands']>[number], v: Q): boolean {
  if (band.min !== undefined) {
    const c = cmp(v, fromNumber(band.min));
    if (c < 0 || (c === 0 && band.minExclusive === true)) return false;
  }
  if (band.max !== undefined) {
    const c = cmp(v, fromNumber(band.max));
    if (c > 0 || (c === 0 && band.maxExclusive === true)) return false;
  }
  return true;
}

export function scoreLeafRef(c: CriterionInput, entry: Entry | undefined): RefLeaf {
  if (entry === undefined) return { code: c.code, base: ZERO, bonus: ZERO, missing: true };
  const leaf = (base: Q, bonus: Q = ZERO): RefLeaf => ({ code: c.code, base, bonus, missing: false });
  switch (c.kind) {
    case 'quantitative': {
      const { base, bonus } = quantitative(c, entry);
      return leaf(base, bonus);
    }
    case 'qualitative':
      return leaf(round2(fromNumber(entry.points!)));
    case 'bands': {
      const band = c.bands!.find((b) => inBand(b, fromNumber(entry.value!)));
      return leaf(band ? round2(fromNumber(band.points)) : ZERO);
    }
    case 'rating':
      return leaf(round2(fromNumber(c.options![entry.rating!]!)));
    case 'yesno':
      return leaf(entry.done === true ? round2(fromNumber(c.points)) : ZERO);
    case undefined:
      throw new Error(`${c.code} is not a leaf`);
  }
}

export function leavesOf(criteria: CriterionInput[]): CriterionInput[] {
  return criteria.flatMap((c) => (c.children ? leavesOf(c.children) : [c]));
}

export function deductionRef(item: DeductionItem, count: number): Q {
  let total = ZERO;
  if (item.tiers) {
    let done = 0;
    for (const [i, tier] of item.tiers.entries()) {
      const last = i === item.tiers.length - 1;
      const upTo = last || tier.upTo === undefined ? count : Math.min(count, tier.upTo);
      if (upTo > done) total = add(total, mul(q(BigInt(upTo - done)), fromNumber(tier.pointsEach)));
      done = Math.max(done, upTo);
    }
  } else total = mul(q(BigInt(count)), fromNumber(item.pointsEach!));
  if (item.cap !== undefined) total = min(total, fromNumber(item.cap));
  return round2(total);
}

// ---------------------------------------------------------------------------------------------
// SPEC §7 — eligibility and awards

export function holds(p: Predicate, facts: Readonly<Record<string, FactValue>>): boolean {
  if (!Object.hasOwn(facts, p.fact)) return false;
  const v = facts[p.fact]!;
  if (p.equals !== undefined) return v === p.equals;
  if (p.in !== undefined) return p.in.includes(v);
  if (p.notIn !== undefined) return !p.notIn.includes(v);
  return false;
}

export interface RefUnit {
  unit: string;
  leaves: RefLeaf[];
  groups: { code: string; base: Q; bonus: Q; score: Q }[];
  bonuses: { code: string; points: Q }[];
  scored: Q;
  deductions: { code: string; points: Q }[];
  deductionTotal: Q;
  final: Q;
  rank: number;
  status: 'eligible' | 'excluded' | 'postponed';
  reasons: string[];
  downgraded: boolean;
  award: string | null;
  pendingVote?: string;
}

export interface RefResult {
  /** Units in input order. */
  units: RefUnit[];
  /** Unit ids in listing order: final score highest first, then input order. */
  order: string[];
  pendingVotes: { award: string; places: number; units: string[] }[];
  complete: boolean;
}

export function referenceResult(period: Period): RefResult {
  const r = period.ruleset;
  const entries = new Map<string, Entry>();
  for (const e of period.entries) entries.set(`${e.unit}|${e.criterion}`, e);

  const units: RefUnit[] = period.units.map((u) => {
    const facts = u.facts ?? {};
    const groups = r.groups.map((g) => {
      const leaves = leavesOf(g.criteria).map((c) => scoreLeafRef(c, entries.get(`${u.id}|${c.code}`)));
      const base = sum(leaves.map((l) => l.base));
      const rawBonus = sum(leaves.map((l) => l.bonus));
      const cap = g.overPlanBonusCap;
      const bonus = cap === undefined || cap === null ? rawBonus : min(rawBonus, fromNumber(cap));
      return { leaves, group: { code: g.code, base, bonus, score: add(base, bonus) } };
    });
    const adjustments = (period.adjustments ?? []).filter((a) => a.unit === u.id);
    const bonuses = (r.bonusItems ?? []).map((item) => ({
      code: item.code,
      points: min(
        sum(adjustments.filter((a) => a.code === item.code).map((a) => fromNumber(a.points!))),
        fromNumber(item.max),
      ),
    }));
    const total = sum([...groups.map((g) => g.group.score), ...bonuses.map((b) => b.points)]);
    const scored = r.maxTotal === null ? total : min(total, fromNumber(r.maxTotal));
    const deductions = (r.deductionItems ?? []).map((item) => {
      const count = adjustments.filter((a) => a.code === item.code).reduce((n, a) => n + a.count!, 0);
      return { code: item.code, points: deductionRef(item, count) };
    });
    const deductionTotal = sum(deductions.map((d) => d.points));
    const excluded = (r.exclusions ?? []).filter((p) => holds(p, facts));
    const postponed = (r.postponements ?? []).filter((p) => holds(p, facts));
    const status = excluded.length > 0 ? 'excluded' : postponed.length > 0 ? 'postponed' : 'eligible';
    const deciding = status === 'excluded' ? excluded : status === 'postponed' ? postponed : [];
    return {
      unit: u.id,
      leaves: groups.flatMap((g) => g.leaves),
      groups: groups.map((g) => g.group),
      bonuses,
      scored,
      deductions,
      deductionTotal,
      final: max(ZERO, sub(scored, deductionTotal)),
      rank: 0,
      status,
      reasons: deciding.map((p) => p.label ?? p.fact),
      downgraded: (r.downgrades ?? []).some((p) => holds(p, facts)),
      award: null,
    };
  });

  for (const u of units) u.rank = 1 + units.filter((v) => cmp(v.final, u.final) > 0).length;
  const byScore = (a: number, b: number) => cmp(units[b]!.final, units[a]!.final) || a - b;
  const order = units.map((_, i) => i).sort(byScore);

  // Allocation, SPEC §7, walking the ladder from the top.
  const ladder = r.awards ?? [];
  const quotas = period.quotas ?? {};
  const votes = (award: string, i: number): number =>
    (period.votes ?? []).find((v) => v.award === award && v.unit === units[i]!.unit)?.votes ?? 0;
  const factsOf = (i: number) => period.units[i]!.facts ?? {};
  const qualifies = (level: number, i: number) =>
    cmp(units[i]!.final, fromNumber(ladder[level]!.minScore)) >= 0 &&
    (ladder[level]!.requires ?? []).every((p) => holds(p, factsOf(i)));
  const ceiling = units.map((u, i) => {
    if (u.status !== 'eligible') return null;
    const natural = ladder.findIndex((_, level) => qualifies(level, i));
    if (natural === -1) return null;
    if (!u.downgraded) return natural;
    return natural + 1 < ladder.length ? natural + 1 : null;
  });
  const pendingVotes: RefResult['pendingVotes'] = [];
  for (let level = 0; level < ladder.length && pendingVotes.length === 0; level++) {
    const code = ladder[level]!.code;
    const candidates = units
      .map((_, i) => i)
      .filter(
        (i) => units[i]!.award === null && ceiling[i] !== null && ceiling[i]! <= level && qualifies(level, i),
      )
      .sort(byScore);
    const quota = quotas[code];
    let winners: number[];
    if (quota === undefined || candidates.length <= quota) winners = candidates;
    else if (quota === 0) winners = [];
    else {
      const last = units[candidates[quota - 1]!]!.final;
      if (!eq(units[candidates[quota]!]!.final, last)) winners = candidates.slice(0, quota);
      else {
        const above = candidates.filter((i) => cmp(units[i]!.final, last) > 0);
        const tied = candidates.filter((i) => eq(units[i]!.final, last));
        const m = quota - above.length;
        // Nghị định 152/2025 Art. 4.6 (SPEC §7): the preferred tied units go first.
        const pref = r.tiePreference;
        const preferred = pref ? tied.filter((i) => holds(pref, factsOf(i))) : [];
        const others = tied.filter((i) => !preferred.includes(i));
        const [sure, group, places] =
          preferred.length >= m ? [[], preferred, m] : [preferred, others, m - preferred.length];
        const byVotes = [...group].sort((a, b) => votes(code, b) - votes(code, a) || a - b);
        if (group.length > places && votes(code, byVotes[places - 1]!) === votes(code, byVotes[places]!)) {
          winners = [...above, ...sure];
          pendingVotes.push({ award: code, places, units: group.map((i) => units[i]!.unit) });
          for (const i of group) units[i]!.pendingVote = code;
        } else winners = [...above, ...sure, ...byVotes.slice(0, places)];
      }
    }
    for (const i of winners) units[i]!.award = code;
  }

  return {
    units,
    order: order.map((i) => units[i]!.unit),
    pendingVotes,
    complete: pendingVotes.length === 0,
  };
}
