// Pure: how a computed result becomes a cluster's award proposals. No database, no clock; the service
// resolves units and checks the drafts against the stored criteria, quotas and proposals.

/** A proposal about to be stored; `source` is its row's index in the input, for error paths. */
export interface ProposalDraft {
  unitId: string;
  awardCode: string;
  /** The final score as an exact decimal text with two decimals ('912.50'), as the database keeps points. */
  finalScore: string;
  rank: number;
  source: number;
}

/** One computed row: what the results endpoint gives per unit (a null award proposes nothing). */
export interface ComputedRow {
  unitId: string;
  awardCode?: string | null | undefined;
  finalScore: number;
  rank: number;
}

/** The parts of a `thidua/result@1` document that proposals are made from. */
export interface ResultLike {
  complete: boolean;
  units: readonly { unit: string; final: number; rank: number; award: string | null }[];
  pendingVotes: readonly { award: string; places: number; units: readonly string[] }[];
}

/**
 * A score with at most two decimals as '912.50'. The engine writes such numbers as their shortest text,
 * so toFixed(2) reproduces the decimal exactly (no binary rounding can cross a half-cent).
 */
export function scoreText(score: number): string {
  return score.toFixed(2);
}

/** Every row with an award becomes a proposal, in the input's order; rows without one are skipped. */
export function proposalsFromRows(rows: readonly ComputedRow[]): ProposalDraft[] {
  return rows.flatMap((row, source) =>
    row.awardCode
      ? [
          {
            unitId: row.unitId,
            awardCode: row.awardCode,
            finalScore: scoreText(row.finalScore),
            rank: row.rank,
            source,
          },
        ]
      : [],
  );
}

/**
 * The awarded units of a result as computed rows, with the result's unit codes turned into unit ids.
 * A code with no id is reported (the service names it as a field error) and left out.
 */
export function rowsFromResult(
  result: ResultLike,
  unitIdOf: (code: string) => string | undefined,
): { rows: ComputedRow[]; unknownCodes: string[] } {
  const rows: ComputedRow[] = [];
  const unknownCodes: string[] = [];
  for (const unit of result.units) {
    const unitId = unitIdOf(unit.unit);
    if (unitId === undefined) unknownCodes.push(unit.unit);
    else rows.push({ unitId, awardCode: unit.award, finalScore: unit.final, rank: unit.rank });
  }
  return { rows, unknownCodes };
}

/**
 * Why a result cannot become proposals yet, or null: a tie at a quota the votes did not break leaves the
 * allocation incomplete (SPEC §7), and proposing from it would silently drop the tied units.
 */
export function pendingTieMessage(result: ResultLike, nameOf: (code: string) => string): string | null {
  if (result.complete && result.pendingVotes.length === 0) return null;
  const ties = result.pendingVotes.map(
    (p) => `${p.places} suất ${p.award} giữa ${p.units.map(nameOf).join(', ')}`,
  );
  return (
    'Kết quả chưa hoàn chỉnh: còn bằng điểm chờ bỏ phiếu' +
    (ties.length > 0 ? ` (${ties.join('; ')})` : '') +
    '. Hãy ghi kết quả bỏ phiếu phân định tại cuộc họp rồi lập lại danh sách.'
  );
}

/** A field problem of one draft, by its source row. */
export interface DraftProblem {
  source: number;
  field: 'unitId' | 'awardCode' | '';
  message: string;
}

/**
 * Checks drafts against what the cluster allows: member units only, award codes of the issued ladder,
 * at most one award per unit (SPEC §7), and the quota per award counting what is already proposed.
 */
export function checkDrafts(
  drafts: readonly ProposalDraft[],
  allowed: {
    isMember: (unitId: string) => boolean;
    awardCodes: ReadonlySet<string>;
    unknownAwardMessage: string;
    /** Stored quota per award code; absent = unlimited. */
    quotas: ReadonlyMap<string, number>;
    /** Proposals of the cluster already active (proposed or approved) per award code. */
    activeCounts: ReadonlyMap<string, number>;
  },
): DraftProblem[] {
  const problems: DraftProblem[] = [];
  const seenUnits = new Set<string>();
  const counts = new Map(allowed.activeCounts);
  for (const draft of drafts) {
    const unitProblem = !allowed.isMember(draft.unitId)
      ? 'không phải đơn vị thành viên của cụm, khối'
      : seenUnits.has(draft.unitId)
        ? 'đơn vị đã có trong danh sách: mỗi đơn vị chỉ được đề nghị một hình thức khen thưởng'
        : null;
    seenUnits.add(draft.unitId);
    if (unitProblem) problems.push({ source: draft.source, field: 'unitId', message: unitProblem });
    if (!allowed.awardCodes.has(draft.awardCode)) {
      problems.push({ source: draft.source, field: 'awardCode', message: allowed.unknownAwardMessage });
      continue;
    }
    // A draft refused for its unit takes no place: the quota message must point at a real excess.
    if (unitProblem) continue;
    const count = (counts.get(draft.awardCode) ?? 0) + 1;
    counts.set(draft.awardCode, count);
    const quota = allowed.quotas.get(draft.awardCode);
    if (quota !== undefined && count > quota) {
      problems.push({
        source: draft.source,
        field: 'awardCode',
        message: `vượt chỉ tiêu: cụm, khối chỉ được đề nghị ${quota} đơn vị cho ${draft.awardCode}`,
      });
    }
  }
  return problems;
}
