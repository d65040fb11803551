import { describe, expect, it } from 'vitest';
import { distributionOf, percentOf } from '../src/modules/statistics/distribution';

// The statistics' arithmetic on exact decimals: quartiles interpolated as Excel's QUARTILE.INC (and
// LibreOffice's QUARTILE), the mean and ratios rounded half up to two decimals, no binary rounding.

describe('score distribution', () => {
  it('interpolates the quartiles between closest ranks, exactly', () => {
    expect(distributionOf([4, 1, 3, 2])).toEqual({
      count: 4,
      min: '1',
      q1: '1.75',
      median: '2.5',
      q3: '3.25',
      max: '4',
      mean: '2.5',
    });
    expect(distributionOf([912.5])).toEqual({
      count: 1,
      min: '912.5',
      q1: '912.5',
      median: '912.5',
      q3: '912.5',
      max: '912.5',
      mean: '912.5',
    });
  });

  it('keeps decimals that binary floating point would not', () => {
    // 0.1 + 0.2 is 0.30000000000000004 in doubles; a quarter of the way from 0.1 to 0.2 is 0.125.
    const d = distributionOf([0.1, 0.2])!;
    expect([d.q1, d.median, d.q3, d.mean]).toEqual(['0.125', '0.15', '0.175', '0.15']);
    expect(distributionOf([900.01, 900.02, 900.02])!.mean).toBe('900.02'); // 900.016… half up
    expect(distributionOf([1, 2, 2])!.mean).toBe('1.67');
  });

  it('has no distribution for no scores, and no ratio of nothing', () => {
    expect(distributionOf([])).toBeNull();
    expect(percentOf(0, 0)).toBeNull();
    expect(percentOf(1, 3)).toBe('33.33');
    expect(percentOf(2, 3)).toBe('66.67');
    expect(percentOf(3, 3)).toBe('100');
  });
});
