import type { Transaction } from '@thidua/db';
import { factName } from '@thidua/vocabulary';
import type { Actor } from '../../auth/actor';
import { AppError, type FieldError, forbidden, invalid } from '../../http/errors';
import { loadScoringContext } from '../scoring-shared/context';
import { evaluateStored } from '../results/service';

// The proposal completeness gate (issue #11 §2). A unit whose result still lacks entries (`missing`) or
// eligibility facts (`missingFacts`) is "Chưa đủ số liệu": the engine's status and award stay exactly as
// SPEC §7–§8 define them, but they are provisional, so no proposal is made for the unit until its data is
// complete — or the standing office confirms, with a reason, that the cluster may propose it anyway.

/** What a unit's result still lacks. */
export interface DataGaps {
  missing: readonly string[];
  missingFacts: readonly string[];
}

/** The units of a result (named by code) with gaps, by unit id. */
export function gapsOfResult(
  units: readonly { unit: string; missing?: readonly string[]; missingFacts?: readonly string[] }[],
  idOf: (code: string) => string | undefined,
): Map<string, DataGaps> {
  const gaps = new Map<string, DataGaps>();
  for (const u of units) {
    const id = idOf(u.unit);
    const missing = u.missing ?? [];
    const missingFacts = u.missingFacts ?? [];
    if (id && (missing.length > 0 || missingFacts.length > 0)) gaps.set(id, { missing, missingFacts });
  }
  return gaps;
}

/** The gaps of the cluster's stored results (the same evaluation as GET /clusters/{id}/results). */
export async function storedGaps(
  tx: Transaction,
  actor: Actor,
  clusterId: string,
  members: readonly { unitId: string; code: string }[],
): Promise<Map<string, DataGaps>> {
  const result = await evaluateStored(tx, await loadScoringContext(tx, actor, clusterId));
  const idOf = new Map(members.map((m) => [m.code, m.unitId]));
  return gapsOfResult(result.units, (code) => idOf.get(code));
}

const LISTED = 5;
const list = (items: readonly string[]) =>
  items.length <= LISTED
    ? items.join(', ')
    : `${items.slice(0, LISTED).join(', ')} và ${items.length - LISTED} mục khác`;

/** "thiếu 3 tiêu chí (I.1, I.2, II.3); thiếu thông tin: Xếp loại tổ chức đảng" */
export function describeGaps(gaps: DataGaps): string {
  const parts: string[] = [];
  if (gaps.missing.length > 0)
    parts.push(`thiếu số liệu ${gaps.missing.length} tiêu chí (${list(gaps.missing)})`);
  if (gaps.missingFacts.length > 0)
    parts.push(`thiếu thông tin xét khen thưởng: ${list(gaps.missingFacts.map(factName))}`);
  return parts.join('; ');
}

/** The standing office's confirmation sent with a proposal list: these units may go ahead, and why. */
export interface IncompleteConfirmation {
  unitIds: readonly string[];
  reason?: string | undefined;
}

/**
 * Checks the drafts' units against their gaps. A unit with gaps passes only when the standing office
 * confirms it (`confirm.unitIds`) with a reason; anyone else sending a confirmation is refused. Returns
 * the confirmation reason to keep with each confirmed unit's proposal; refuses (409 DATA_INCOMPLETE, one
 * field per unit naming what is missing) otherwise, before anything is written.
 */
export function assertDataComplete(
  drafts: readonly { unitId: string; path: string }[],
  gaps: ReadonlyMap<string, DataGaps>,
  names: ReadonlyMap<string, string>,
  confirm: IncompleteConfirmation | undefined,
  isStandingOffice: boolean,
): Map<string, string> {
  if (confirm && !isStandingOffice) {
    throw forbidden('Chỉ cơ quan thường trực được xác nhận đề nghị khen thưởng cho đơn vị chưa đủ số liệu');
  }
  const reason = confirm?.reason?.trim() ?? '';
  if (confirm && reason === '') {
    throw invalid([
      {
        path: 'body.confirmIncomplete.reason',
        message: 'cần nêu lý do xác nhận đề nghị khi chưa đủ số liệu',
      },
    ]);
  }
  const confirmed = new Set(confirm?.unitIds ?? []);
  const fields: FieldError[] = [];
  const kept = new Map<string, string>();
  for (const draft of drafts) {
    const unitGaps = gaps.get(draft.unitId);
    if (!unitGaps) continue;
    if (confirmed.has(draft.unitId)) {
      kept.set(draft.unitId, reason);
      continue;
    }
    fields.push({
      path: draft.path,
      message: `${names.get(draft.unitId) ?? 'Đơn vị'} chưa đủ số liệu: ${describeGaps(unitGaps)}`,
    });
  }
  if (fields.length > 0) {
    throw new AppError(
      'DATA_INCOMPLETE',
      `${fields.length} đơn vị chưa đủ số liệu: chưa đề nghị khen thưởng cho đến khi đủ số liệu hoặc cơ quan thường trực xác nhận, nêu lý do`,
      fields,
    );
  }
  return kept;
}
