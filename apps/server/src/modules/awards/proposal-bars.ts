import { type Database, periods, type Transaction, unitFacts, units } from '@thidua/db';
import { PROPOSAL_BAR_NAMES, type ProposalBar, vietnamDate } from '@thidua/vocabulary';
import { and, eq, inArray } from 'drizzle-orm';
import { AppError, type FieldError } from '../../http/errors';

/**
 * Who may not be proposed for any award (Nghị định 152/2025/NĐ-CP khoản 4 Điều 4; SPEC §11): a unit or a
 * person under disciplinary review, investigation, inspection or check, or with a complaint or
 * press-reported wrongdoing being verified. A unit's are its facts of the period (SPEC §7 names); a
 * person's are recorded on the individual's dossier (`candidate_bars`). Each one, when `true`, bars the
 * unit or person, and the refusal names it by these words (packages/vocabulary, shared with the web).
 */
export const BARRING_FACTS: Readonly<Record<ProposalBar, string>> = PROPOSAL_BAR_NAMES;

/**
 * After discipline ends, achievements count from that date (Art. 4.4): the fact `disciplineEndedOn`
 * (`YYYY-MM-DD`). A period that started before it holds achievements from before the end of the
 * discipline, so its results cannot ground a proposal; a period starting on or after it is unaffected.
 */
export const DISCIPLINE_ENDED_FACT = 'disciplineEndedOn';

export const ARTICLE = '(khoản 4 Điều 4 Nghị định 152/2025/NĐ-CP)';

/**
 * A person's standing as facts (the shape `barringReasons` reads): each recorded bar `true`, and the day
 * their discipline ended, if any. One rule for units and persons.
 */
export function personFacts(
  bars: readonly ProposalBar[],
  disciplineEndedOn: string | null | undefined,
): Record<string, unknown> {
  return {
    ...Object.fromEntries(bars.map((bar) => [bar, true])),
    ...(disciplineEndedOn ? { [DISCIPLINE_ENDED_FACT]: disciplineEndedOn } : {}),
  };
}

/** "X chưa được đề nghị khen thưởng vì <reasons> (khoản 4 Điều 4 …)": the refusal of a unit or a person. */
export function notProposable(name: string, reasons: readonly string[]): string {
  return `${name} chưa được đề nghị khen thưởng vì ${reasons.join('; ')} ${ARTICLE}`;
}

/**
 * The reasons a unit or a person may not be proposed, from their facts (a unit's facts of the period, or
 * `personFacts`) and a period that starts on `startsOn`.
 */
export function barringReasons(facts: Readonly<Record<string, unknown>>, startsOn: string): string[] {
  const reasons: string[] = Object.entries(BARRING_FACTS)
    .filter(([fact]) => facts[fact] === true)
    .map(([, label]) => label);
  const ended = facts[DISCIPLINE_ENDED_FACT];
  if (typeof ended === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(ended) && ended > startsOn) {
    reasons.push(
      `kỷ luật chấm dứt ngày ${vietnamDate(ended)}, thành tích chỉ được tính từ ngày đó, sau ngày bắt đầu kỳ thi đua ${vietnamDate(startsOn)}`,
    );
  }
  return reasons;
}

/** What bars proposals in one period: the reasons of units (from their facts) and of persons. */
export interface PeriodBars {
  startsOn: string;
  /** The reasons the unit may not be proposed in the period (empty when it may). */
  unit(unitId: string): string[];
  /** The reasons a person with this recorded standing may not be proposed in the period. */
  person(bars: readonly ProposalBar[], disciplineEndedOn: string | null | undefined): string[];
}

/** The period's bars, reading the facts of `unitIds` (of every unit of the period when left out). */
export async function loadPeriodBars(
  db: Database | Transaction,
  periodId: string,
  unitIds?: readonly string[],
): Promise<PeriodBars> {
  const names = Object.keys(BARRING_FACTS).concat(DISCIPLINE_ENDED_FACT);
  const filters = [eq(unitFacts.periodId, periodId), inArray(unitFacts.name, names)];
  if (unitIds) filters.push(inArray(unitFacts.unitId, [...new Set(unitIds)]));
  const [[period], rows] = await Promise.all([
    db.select({ startsOn: periods.startsOn }).from(periods).where(eq(periods.id, periodId)),
    unitIds?.length === 0
      ? []
      : db
          .select({ unitId: unitFacts.unitId, name: unitFacts.name, value: unitFacts.value })
          .from(unitFacts)
          .where(and(...filters)),
  ]);
  const startsOn = period!.startsOn;
  const factsOf = new Map<string, Record<string, unknown>>();
  for (const row of rows) factsOf.set(row.unitId, { ...factsOf.get(row.unitId), [row.name]: row.value });
  return {
    startsOn,
    unit: (unitId) => barringReasons(factsOf.get(unitId) ?? {}, startsOn),
    person: (bars, ended) => barringReasons(personFacts(bars, ended), startsOn),
  };
}

/**
 * Refuses (409 NOT_PROPOSABLE, one field per unit barred, naming the reasons) when any of the drafts'
 * units may not be proposed in the period. `path` gives each draft's place in the request.
 */
export async function assertProposable(
  tx: Transaction,
  periodId: string,
  drafts: readonly { unitId: string; path: string }[],
): Promise<void> {
  if (drafts.length === 0) return;
  const ids = [...new Set(drafts.map((d) => d.unitId))];
  const [bars, named] = await Promise.all([
    loadPeriodBars(tx, periodId, ids),
    tx.select({ id: units.id, name: units.name }).from(units).where(inArray(units.id, ids)),
  ]);
  const nameOf = new Map(named.map((u) => [u.id, u.name]));
  const fields: FieldError[] = [];
  for (const draft of drafts) {
    const reasons = bars.unit(draft.unitId);
    if (reasons.length > 0) {
      fields.push({
        path: draft.path,
        message: notProposable(nameOf.get(draft.unitId) ?? 'Đơn vị', reasons),
      });
    }
  }
  if (fields.length > 0) {
    throw new AppError(
      'NOT_PROPOSABLE',
      `${fields.length} đơn vị chưa được đề nghị khen thưởng ${ARTICLE}`,
      fields,
    );
  }
}
