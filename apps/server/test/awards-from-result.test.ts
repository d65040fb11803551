import { evaluatePeriod } from '@thidua/engine';
import { describe, expect, it } from 'vitest';
import {
  checkDrafts,
  pendingTieMessage,
  proposalsFromRows,
  rowsFromResult,
  scoreText,
} from '../src/modules/awards/proposals-from-result';
import { AWARDS_RULESET, awardEntries } from './meetings-awards-fixtures';

function period(extra: Record<string, unknown> = {}) {
  return {
    format: 'thidua/period@1',
    name: 'Cụm 1 năm 2025',
    year: 2025,
    ruleset: AWARDS_RULESET,
    units: ['p1', 'p2', 'p3', 'p4'].map((id) => ({ id, name: id.toUpperCase() })),
    entries: [...awardEntries('p1', 'full'), ...awardEntries('p2', 'high'), ...awardEntries('p3', 'eight')],
    ...extra,
  };
}

describe('proposals from a computed result', () => {
  it('writes scores as exact two-decimal text', () => {
    expect(scoreText(912.5)).toBe('912.50');
    expect(scoreText(996.4)).toBe('996.40');
    expect(scoreText(0.07)).toBe('0.07');
    expect(scoreText(1000)).toBe('1000.00');
    expect(scoreText(850.05)).toBe('850.05');
  });

  it('turns every row with an award into a draft, in order, skipping the rest', () => {
    const drafts = proposalsFromRows([
      { unitId: 'a', awardCode: 'CO_TP', finalScore: 975.5, rank: 1 },
      { unitId: 'b', awardCode: null, finalScore: 700, rank: 3 },
      { unitId: 'c', awardCode: 'BK_TP', finalScore: 930, rank: 2 },
      { unitId: 'd', finalScore: 10, rank: 4 },
    ]);
    expect(drafts).toEqual([
      { unitId: 'a', awardCode: 'CO_TP', finalScore: '975.50', rank: 1, source: 0 },
      { unitId: 'c', awardCode: 'BK_TP', finalScore: '930.00', rank: 2, source: 2 },
    ]);
  });

  it('reads the engine’s own result: awarded units become rows, codes become ids', () => {
    const evaluation = evaluatePeriod(period());
    expect(evaluation.ok).toBe(true);
    if (!evaluation.ok) return;
    const ids = new Map([
      ['p1', 'id-1'],
      ['p2', 'id-2'],
      ['p3', 'id-3'],
      ['p4', 'id-4'],
    ]);
    const { rows, unknownCodes } = rowsFromResult(evaluation.result, (code) => ids.get(code));
    expect(unknownCodes).toEqual([]);
    expect(proposalsFromRows(rows)).toEqual([
      { unitId: 'id-1', awardCode: 'CO_TP', finalScore: '1000.00', rank: 1, source: 0 },
      { unitId: 'id-2', awardCode: 'CO_TP', finalScore: '960.00', rank: 2, source: 1 },
      { unitId: 'id-3', awardCode: 'TTLDXS', finalScore: '800.00', rank: 3, source: 2 },
    ]);
    expect(pendingTieMessage(evaluation.result, (c) => c)).toBeNull();
  });

  it('reports unit codes it cannot resolve', () => {
    const evaluation = evaluatePeriod(period());
    if (!evaluation.ok) throw new Error('the period should be valid');
    const { rows, unknownCodes } = rowsFromResult(evaluation.result, (code) =>
      code === 'p1' ? 'id-1' : undefined,
    );
    expect(rows).toHaveLength(1);
    expect(unknownCodes).toEqual(['p2', 'p3', 'p4']);
  });

  it('refuses an incomplete result: a tie at the quota the votes did not break', () => {
    const tied = period({
      entries: [...awardEntries('p1', 'full'), ...awardEntries('p2', 'full')],
      quotas: { CO_TP: 1 },
    });
    const evaluation = evaluatePeriod(tied);
    if (!evaluation.ok) throw new Error('the period should be valid');
    expect(evaluation.result.complete).toBe(false);
    const message = pendingTieMessage(evaluation.result, (code) => `Phường ${code}`);
    expect(message).toContain('1 suất CO_TP giữa Phường p1, Phường p2');
    const broken = evaluatePeriod({
      ...tied,
      votes: [
        { award: 'CO_TP', unit: 'p1', votes: 3 },
        { award: 'CO_TP', unit: 'p2', votes: 5 },
      ],
    });
    if (!broken.ok) throw new Error('the period should be valid');
    expect(pendingTieMessage(broken.result, (c) => c)).toBeNull();
    const { rows } = rowsFromResult(broken.result, (code) => code);
    expect(rows.filter((r) => r.awardCode).map((r) => [r.unitId, r.awardCode])).toEqual([
      ['p1', 'BK_TP'],
      ['p2', 'CO_TP'],
    ]);
  });

  describe('checkDrafts', () => {
    const allowed = {
      isMember: (id: string) => id !== 'outsider',
      awardCodes: new Set(['CO_TP', 'BK_TP']),
      unknownAwardMessage: 'không có trong bộ tiêu chí',
      quotas: new Map([['CO_TP', 1]]),
      activeCounts: new Map<string, number>(),
    };
    const draft = (unitId: string, awardCode: string, source: number) => ({
      unitId,
      awardCode,
      finalScore: '900.00',
      rank: source + 1,
      source,
    });

    it('accepts members, known awards and counts within quota', () => {
      expect(
        checkDrafts([draft('a', 'CO_TP', 0), draft('b', 'BK_TP', 1), draft('c', 'BK_TP', 2)], allowed),
      ).toEqual([]);
    });

    it('names each problem by its source row', () => {
      const problems = checkDrafts(
        [
          draft('outsider', 'CO_TP', 0),
          draft('a', 'CO_CP', 1),
          draft('a', 'BK_TP', 2),
          draft('b', 'CO_TP', 3),
          draft('c', 'CO_TP', 4),
        ],
        allowed,
      );
      expect(problems).toEqual([
        { source: 0, field: 'unitId', message: 'không phải đơn vị thành viên của cụm, khối' },
        { source: 1, field: 'awardCode', message: 'không có trong bộ tiêu chí' },
        {
          source: 2,
          field: 'unitId',
          message: 'đơn vị đã có trong danh sách: mỗi đơn vị chỉ được đề nghị một hình thức khen thưởng',
        },
        {
          source: 4,
          field: 'awardCode',
          message: 'vượt chỉ tiêu: cụm, khối chỉ được đề nghị 1 đơn vị cho CO_TP',
        },
      ]);
    });

    it('counts proposals already standing against the quota, and a quota of 0 allows none', () => {
      const standing = { ...allowed, activeCounts: new Map([['CO_TP', 1]]) };
      expect(checkDrafts([draft('a', 'CO_TP', 0)], standing)).toHaveLength(1);
      const none = { ...allowed, quotas: new Map([['BK_TP', 0]]) };
      expect(checkDrafts([draft('a', 'BK_TP', 0)], none)).toEqual([
        {
          source: 0,
          field: 'awardCode',
          message: 'vượt chỉ tiêu: cụm, khối chỉ được đề nghị 0 đơn vị cho BK_TP',
        },
      ]);
    });
  });
});
