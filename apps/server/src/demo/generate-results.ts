import type { EntryStage, RegisteredItem } from '@thidua/db';
import type { FactValue, Ruleset } from '@thidua/engine';
import { FIGURE_REASONS, MODELS, REPORT_NOTE, REVIEW_REASONS, TOPICS } from './data/figures';
import {
  type DemoCluster,
  DRAFT_REGISTRATIONS,
  FOCAL,
  type FrameworkKey,
  type Seats,
  SPECIAL_CASES,
} from './data/province';
import { type Leaf, leavesOf, type Owner, ownerOf } from './criteria-plan';
import { factsOf, type StaffCountDraft } from './unit-facts';
import type { PeriodPlan } from './periods-plan';
import { Random } from './random';
import { type EntryValue, overclaimOf, planOf, strengthOf, valueOf } from './unit-values';

/** Whose staff wrote a row: a unit's, or the standing office's. */
export type Author = { unit: string } | 'standingOffice';

export interface EntryDraft extends EntryValue {
  unit: string;
  criterion: string;
  stage: EntryStage;
  note?: string;
  reason?: string;
  by: Author;
}

export interface RegistrationDraft {
  status: 'draft' | 'submitted';
  titlesSought: string[];
  models: RegisteredItem[];
  topics: RegisteredItem[];
  plans: { criterion: string; plan: number }[];
}

export interface UnitYear {
  code: string;
  strength: number;
  facts: Record<string, FactValue>;
  factNotes: Record<string, string>;
  staffCount: StaffCountDraft | null;
  registration: RegistrationDraft;
}

export interface ClusterYearInput {
  key: FrameworkKey;
  cluster: DemoCluster;
  seats: Seats;
  period: PeriodPlan;
  ruleset: Ruleset;
}

/** Titles a unit registers for (Phụ lục 01), by ambition; codes of the block's award ladder. */
const TITLES: Record<FrameworkKey, [string[], string[], string[]]> = {
  localities: [['TTLDXS', 'CO_T'], ['TTLDXS', 'BK_CT'], ['TTLDXS']],
  departments: [['TTLDXS', 'CO_T'], ['TTLDXS', 'BK_CT'], ['TTLDXS']],
  schools: [['TTLDXS', 'CO_TP'], ['TTLDXS', 'BK_TP'], ['TTLDTT']],
};

/** Each unit's registration, strength and facts for the year. */
export function generateUnits({ key, cluster, period, ruleset }: ClusterYearInput): UnitYear[] {
  const quantitative = leavesOf(ruleset).filter((l) => l.criterion.kind === 'quantitative');
  return cluster.members.map((code) => {
    const strength = strengthOf(code, period.edition, forcedStrength(code, period));
    const rng = new Random('registration', code, period.year);
    const ambition = strength > 0.75 ? 0 : strength > 0.5 ? 1 : 2;
    const draft = period.edition === 'current' && DRAFT_REGISTRATIONS.includes(code);
    const { facts, notes, staffCount } = factsOf(key, code, strength, period);
    return {
      code,
      strength,
      facts,
      factNotes: notes,
      staffCount,
      registration: {
        status: draft ? 'draft' : 'submitted',
        titlesSought: TITLES[key][ambition],
        models: [{ name: rng.pick(MODELS[key]) }],
        topics: [{ name: rng.pick(TOPICS[key]) }],
        // A draft may still miss some targets; a submitted one has a plan for every quantitative leaf.
        plans: quantitative
          .filter((_, i) => !draft || i % 2 === 0)
          .map((leaf) => ({ criterion: leaf.code, plan: planOf(key, leaf, code, period.year) })),
      },
    };
  });
}

function forcedStrength(code: string, period: PeriodPlan): number | undefined {
  // Last year's special cases are the strongest units, so that their exclusion or downgrade shows.
  return period.edition === 'last' && SPECIAL_CODES.has(code) ? 1 : undefined;
}
const SPECIAL_CODES = new Set<string>(Object.values(SPECIAL_CASES));

/**
 * Last year's entries: every unit's self-score on every leaf, the focal department's or standing
 * office's score on the leaves they own, and the agreed value the ranking used. The leader reviews
 * everyone but itself (its first deputy reviews the leader, SPEC §3); a lowered value carries a reason.
 */
export function generateClosedEntries(input: ClusterYearInput, units: UnitYear[]): EntryDraft[] {
  const { key, seats, ruleset } = input;
  const entries: EntryDraft[] = [];
  for (const unit of units) {
    const rng = new Random('entries', unit.code, input.period.year);
    const plans = new Map(unit.registration.plans.map((p) => [p.criterion, p.plan]));
    const reviewer = unit.code === seats.leader ? seats.deputies[0]! : seats.leader;
    for (const leaf of leavesOf(ruleset)) {
      const owner = ownerOf(key, leaf);
      const reported = valueOf(key, leaf, unit, plans.get(leaf.code) ?? 0, rng);
      const verdict = securityVerdict(unit, leaf, owner);
      const agreed = verdict?.agreed ?? reported;
      const claimed = verdict ? reported : overclaimOf(key, leaf, agreed, rng);
      const base = { unit: unit.code, criterion: leaf.code };
      const quantitative = leaf.criterion.kind === 'quantitative';
      entries.push({
        ...base,
        stage: 'self',
        ...(claimed ?? agreed),
        by: { unit: unit.code },
        ...note(quantitative),
      });
      const reason =
        verdict?.reason ?? (claimed ? rng.pick(quantitative ? FIGURE_REASONS : REVIEW_REASONS) : undefined);
      if (owner.owner === 'self') {
        entries.push({
          ...base,
          stage: 'agreed',
          ...agreed,
          by: { unit: reviewer },
          ...(reason ? { reason } : {}),
        });
        continue;
      }
      const by: Author = owner.owner === 'focalUnit' ? { unit: owner.unit } : 'standingOffice';
      const stage = owner.owner === 'focalUnit' ? 'focal' : 'standingOffice';
      entries.push({ ...base, stage, ...agreed, by, ...(reason ? { reason } : {}) });
      entries.push({ ...base, stage: 'agreed', ...agreed, by, ...(reason ? { reason } : {}) });
    }
  }
  return entries;
}

/** The police halve the security criterion of a unit that failed the public-order standard. */
function securityVerdict(
  unit: UnitYear,
  leaf: Leaf,
  owner: Owner,
): { agreed: EntryValue; reason: string } | undefined {
  if (unit.facts.securityStandard !== false || owner.owner !== 'focalUnit' || owner.unit !== FOCAL.police) {
    return undefined;
  }
  return { agreed: { points: Math.floor(leaf.points / 2) }, reason: unit.factNotes.securityStandard ?? '' };
}

function note(quantitative: boolean): { note?: string } {
  return quantitative ? { note: REPORT_NOTE } : {};
}

/**
 * This year's self entries, mid-way: units that have registered have started scoring themselves,
 * some further than others; a few have not begun. Quantitative results are full-year estimates.
 */
export function generateOpenEntries(
  input: ClusterYearInput,
  units: UnitYear[],
  keen: ReadonlySet<string>,
): EntryDraft[] {
  // The party organisation is rated at the year's end: nobody scores that criterion mid-way.
  const leaves = leavesOf(input.ruleset).filter((l) => l.criterion.kind !== 'rating');
  const { period } = input;
  const estimate =
    period.calendar === 'calendarYear'
      ? `Số liệu ước thực hiện cả năm ${period.year}`
      : `Số liệu ước thực hiện cả ${period.name.toLowerCase()}`;
  const entries: EntryDraft[] = [];
  for (const unit of units) {
    if (unit.registration.status !== 'submitted') continue;
    const rng = new Random('self', unit.code, input.period.year);
    const share = keen.has(unit.code) ? 0.6 : rng.chance(0.35) ? 0 : rng.between(0.3, 1);
    const plans = new Map(unit.registration.plans.map((p) => [p.criterion, p.plan]));
    for (const leaf of leaves.slice(0, Math.round(leaves.length * share))) {
      const value = valueOf(input.key, leaf, unit, plans.get(leaf.code) ?? 0, rng);
      const quantitative = leaf.criterion.kind === 'quantitative';
      entries.push({
        unit: unit.code,
        criterion: leaf.code,
        stage: 'self',
        ...value,
        by: { unit: unit.code },
        ...(quantitative ? { note: estimate } : {}),
      });
    }
  }
  return entries;
}
