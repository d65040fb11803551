import { periods, type Transaction, unitFacts, units } from '@thidua/db';
import { and, eq, inArray } from 'drizzle-orm';
import { AppError, type FieldError } from '../../http/errors';

/**
 * Who may not be proposed for any award (Nghị định 152/2025/NĐ-CP khoản 4 Điều 4; SPEC §11): a unit under
 * disciplinary review, investigation, inspection or check, or with a complaint or press-reported
 * wrongdoing being verified. The facts are the unit's facts of the period (SPEC §7 names); each one,
 * when `true`, bars the unit, and the refusal names it.
 */
export const BARRING_FACTS = {
  underDisciplinaryReview: 'đang bị xem xét kỷ luật',
  underInvestigation: 'đang bị điều tra, thanh tra, kiểm tra',
  pendingComplaint: 'có đơn khiếu nại, tố cáo đang được xem xét, xác minh',
  publicOutrage: 'có sai phạm được báo chí phản ánh đang được xác minh',
} as const;

/**
 * After discipline ends, achievements count from that date (Art. 4.4): the fact `disciplineEndedOn`
 * (`YYYY-MM-DD`). A period that started before it holds achievements from before the end of the
 * discipline, so its results cannot ground a proposal; a period starting on or after it is unaffected.
 */
export const DISCIPLINE_ENDED_FACT = 'disciplineEndedOn';

const ARTICLE = '(khoản 4 Điều 4 Nghị định 152/2025/NĐ-CP)';
const vnDate = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

/** The reasons a unit may not be proposed, from its facts of a period that starts on `startsOn`. */
export function barringReasons(facts: Readonly<Record<string, unknown>>, startsOn: string): string[] {
  const reasons: string[] = Object.entries(BARRING_FACTS)
    .filter(([fact]) => facts[fact] === true)
    .map(([, label]) => label);
  const ended = facts[DISCIPLINE_ENDED_FACT];
  if (typeof ended === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(ended) && ended > startsOn) {
    reasons.push(
      `kỷ luật chấm dứt ngày ${vnDate(ended)}, thành tích chỉ được tính từ ngày đó, sau ngày bắt đầu kỳ thi đua ${vnDate(startsOn)}`,
    );
  }
  return reasons;
}

/**
 * Refuses (409 NOT_PROPOSABLE, one field per unit barred, naming the reasons) when any of the drafts'
 * units may not be proposed in the period. `pathOf` gives each draft's place in the request.
 */
export async function assertProposable(
  tx: Transaction,
  periodId: string,
  drafts: readonly { unitId: string; path: string }[],
): Promise<void> {
  if (drafts.length === 0) return;
  const [period] = await tx.select().from(periods).where(eq(periods.id, periodId));
  const ids = [...new Set(drafts.map((d) => d.unitId))];
  const names = Object.keys(BARRING_FACTS).concat(DISCIPLINE_ENDED_FACT);
  const [rows, named] = await Promise.all([
    tx
      .select({ unitId: unitFacts.unitId, name: unitFacts.name, value: unitFacts.value })
      .from(unitFacts)
      .where(
        and(eq(unitFacts.periodId, periodId), inArray(unitFacts.unitId, ids), inArray(unitFacts.name, names)),
      ),
    tx.select({ id: units.id, name: units.name }).from(units).where(inArray(units.id, ids)),
  ]);
  const factsOf = new Map<string, Record<string, unknown>>();
  for (const row of rows) factsOf.set(row.unitId, { ...factsOf.get(row.unitId), [row.name]: row.value });
  const nameOf = new Map(named.map((u) => [u.id, u.name]));
  const fields: FieldError[] = [];
  for (const draft of drafts) {
    const reasons = barringReasons(factsOf.get(draft.unitId) ?? {}, period!.startsOn);
    if (reasons.length > 0) {
      fields.push({
        path: draft.path,
        message: `${nameOf.get(draft.unitId) ?? 'Đơn vị'} chưa được đề nghị khen thưởng vì ${reasons.join('; ')} ${ARTICLE}`,
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
