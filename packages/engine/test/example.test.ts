import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Decimal, evaluatePeriod } from '../src/index';
import { normative } from './helpers';

const EXAMPLES = fileURLToPath(new URL('../../../examples/', import.meta.url));
const read = (name: string): unknown => JSON.parse(readFileSync(EXAMPLES + name, 'utf8'));

/** Every number as an exact decimal string, so 996.4 and 996.40 compare equal and nothing is a float. */
function asDecimals(value: unknown): unknown {
  if (typeof value === 'number') return new Decimal(value).toFixed();
  if (Array.isArray(value)) return value.map(asDecimals);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, asDecimals(v)]));
  }
  return value;
}

describe('the shipped example (../shared/examples)', () => {
  it('scores ba-dinh-mini exactly as ba-dinh-mini.result.json', () => {
    const evaluation = evaluatePeriod(read('ba-dinh-mini.period.json'));
    if (!evaluation.ok) throw new Error(JSON.stringify(evaluation.errors));
    expect(asDecimals(normative(evaluation.result))).toEqual(asDecimals(read('ba-dinh-mini.result.json')));
  });

  it('explains the over-plan bonus of Phúc Xá in Vietnamese, point by point', () => {
    const evaluation = evaluatePeriod(read('ba-dinh-mini.period.json'));
    if (!evaluation.ok) throw new Error('invalid example');
    const phucXa = evaluation.result.units.find((u) => u.unit === 'phuc-xa')!;
    expect(phucXa.criteria[0]!.explanation).toBe(
      'Thực hiện 113/100 = 113% kế hoạch → 300 điểm; vượt 13% → thưởng 13% × 300 = 39, tối đa 10% = 30',
    );
    expect(phucXa.deductions.find((d) => d.code === 'CHAM_MUON')!.explanation).toBe(
      '13 lần: 10 × 0,3 + 3 × 0,2 = 3,6',
    );
    expect(phucXa.explanation.total).toBe('Tổng điểm chấm 1.000; trừ 3,6 → điểm cuối cùng 996,4');
    expect(phucXa.missing).toEqual([]);
  });

  it('marks a percentage rounded for display with ≈ instead of =', () => {
    const period = read('ba-dinh-mini.period.json') as { entries: { plan?: number; actual?: number }[] };
    period.entries[0] = { ...period.entries[0], plan: 70.3, actual: 81.1 };
    const evaluation = evaluatePeriod(period);
    if (!evaluation.ok) throw new Error('invalid example');
    const phucXa = evaluation.result.units.find((u) => u.unit === 'phuc-xa')!;
    expect(phucXa.criteria[0]!.explanation).toBe(
      'Thực hiện 81,1/70,3 ≈ 115,36% kế hoạch → 300 điểm; vượt ≈ 15,36% (tính tròn 15%) → thưởng 15% × 300 = 45, tối đa 10% = 30',
    );
  });
});

describe('the tie-preference example (Nghị định 152/2025/NĐ-CP Art. 4.6)', () => {
  it('scores tie-preference exactly as tie-preference.result.json', () => {
    const evaluation = evaluatePeriod(read('tie-preference.period.json'));
    if (!evaluation.ok) throw new Error(JSON.stringify(evaluation.errors));
    expect(asDecimals(normative(evaluation.result))).toEqual(asDecimals(read('tie-preference.result.json')));
  });

  it('explains the awards decided by the preference', () => {
    const evaluation = evaluatePeriod(read('tie-preference.period.json'));
    if (!evaluation.ok) throw new Error('invalid example');
    const award = (id: string) => evaluation.result.units.find((u) => u.unit === id)!.explanation.award;
    expect(award('so-giao-duc')).toBe(
      'Đề nghị Cờ thi đua của UBND tỉnh: 950 điểm ≥ 900; bằng điểm, ưu tiên theo khoản 6 Điều 4 Nghị định 152/2025/NĐ-CP: tập thể có từ 70% nữ trở lên, được chọn theo số phiếu bình xét trong số các đơn vị được ưu tiên',
    );
    expect(award('so-y-te')).toBe(
      'Đề nghị Bằng khen của Chủ tịch UBND tỉnh: 950 điểm ≥ 850 (mức cao nhất đạt được: Cờ thi đua của UBND tỉnh); bằng điểm, ưu tiên theo khoản 6 Điều 4 Nghị định 152/2025/NĐ-CP: tập thể có từ 70% nữ trở lên, được chọn trước các đơn vị bằng điểm',
    );
    expect(award('so-xay-dung')).toContain('được chọn theo số phiếu bình xét khi bằng điểm');
    expect(award('so-tai-chinh')).toBe(
      'Hết chỉ tiêu khen thưởng ở mức: Cờ thi đua của UBND tỉnh, Bằng khen của Chủ tịch UBND tỉnh (Cờ thi đua của UBND tỉnh: bằng điểm, chỉ tiêu dành cho đơn vị được ưu tiên theo khoản 6 Điều 4 Nghị định 152/2025/NĐ-CP: tập thể có từ 70% nữ trở lên)',
    );
  });
});
