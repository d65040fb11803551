import { describe, expect, it } from 'vitest';
import { countWorkingDays, isWorkingDay, nthWorkingDay, publicHolidays, requiresPublicPosting } from '../src';

describe('working days (Labour Code Art. 112)', () => {
  it.each([
    ['2026-02-16', false, 'Tết 2026: the last day of the lunar year'],
    ['2026-02-17', false, 'mùng 1 Tết 2026'],
    ['2026-02-20', false, 'mùng 4 Tết 2026'],
    ['2026-02-23', true, 'the Monday after Tết 2026'],
    ['2027-02-05', false, 'Tết 2027 follows the Vietnamese calendar (6/2), not the Chinese one (7/2)'],
    ['2027-02-09', false, 'mùng 4 Tết 2027'],
    ['2027-02-10', true, 'mùng 5 Tết 2027'],
    ['2026-04-27', true, 'the Monday after Giỗ Tổ 2026 (a Sunday; no compensatory day)'],
    ['2025-04-07', false, 'Giỗ Tổ Hùng Vương 2025'],
    ['2025-04-30', false, '30/4'],
    ['2025-05-01', false, '1/5'],
    ['2025-05-02', true, 'the Friday after 1/5'],
    ['2025-09-01', false, '1/9, the day next to 2/9'],
    ['2025-09-02', false, '2/9'],
    ['2025-09-03', true, '3/9'],
    ['2072-01-01', false, '1/1'],
    ['2025-12-06', false, 'a Saturday'],
    ['2025-12-07', false, 'a Sunday'],
    ['2025-12-08', true, 'a Monday'],
  ])('%s is a working day: %s (%s)', (iso, expected) => {
    expect(isWorkingDay(iso)).toBe(expected);
  });

  it('lists the eleven holidays of a year', () => {
    expect(publicHolidays(2026)).toEqual([
      '2026-01-01',
      '2026-02-16',
      '2026-02-17',
      '2026-02-18',
      '2026-02-19',
      '2026-02-20',
      '2026-04-26',
      '2026-04-30',
      '2026-05-01',
      '2026-09-01',
      '2026-09-02',
    ]);
  });

  it.each([
    ['2025-12-08', 10, '2025-12-19', 'two plain weeks'],
    ['2026-02-09', 10, '2026-02-27', 'across Tết 2026 (5 holidays and the weekends)'],
    ['2025-04-24', 10, '2025-05-09', 'across 30/4 and 1/5 2025'],
    ['2025-04-01', 10, '2025-04-15', 'across Giỗ Tổ 2025 (7/4)'],
    ['2025-08-25', 10, '2025-09-09', 'across 1/9–2/9 2025'],
    ['2025-12-06', 1, '2025-12-08', 'a start on a Saturday counts from Monday'],
  ])('from %s, working day %i is %s (%s)', (from, n, end) => {
    expect(nthWorkingDay(from, n)).toBe(end);
    expect(countWorkingDays(from, end)).toBe(n);
  });

  it('counts nothing when the end is before the start', () => {
    expect(countWorkingDays('2025-12-10', '2025-12-09')).toBe(0);
  });
});

describe('requiresPublicPosting (Nghị định 152/2025 Art. 44)', () => {
  it.each([
    [{ kind: 'huanChuong', awardName: 'Huân chương Lao động hạng Ba' }, true],
    [{ kind: 'chienSiThiDuaToanQuoc', awardName: null }, true],
    [{ kind: 'other', awardName: 'Nhà giáo ưu tú' }, true],
    [{ kind: 'other', awardName: 'Anh hùng Lao động' }, true],
    [{ kind: 'bangKhen', awardName: 'Bằng khen của Thủ tướng Chính phủ' }, false],
    [{ kind: 'congDanThuDoUuTu', awardName: null }, false],
    [{ kind: 'other', awardName: 'Giấy khen của Giám đốc Sở' }, false],
    [{ kind: 'chienSiThiDuaTinh', awardName: null }, false],
  ])('%o → %s', (dossier, expected) => {
    expect(requiresPublicPosting(dossier)).toBe(expected);
  });
});
