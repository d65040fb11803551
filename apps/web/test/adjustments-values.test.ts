import { describe, expect, it } from 'vitest';
import { decimalInput, deductionRule, textOrNull } from '../src/adjustments/values';

describe('decimalInput', () => {
  it.each([
    ['2,5', 2.5],
    ['2.5', 2.5],
    [' 10 ', 10],
    ['0,3', 0.3],
    ['-1', -1],
  ])('reads %j as the decimal an office typed (%d)', (text, expected) => {
    expect(decimalInput(text)).toBe(expected);
  });

  it.each(['', 'abc', '2,5,1', '1.000,5', '2 5', '1e3'])('refuses %j', (text) => {
    expect(decimalInput(text)).toBeNull();
  });

  it('keeps the typed digits: 0,1 is sent as 0.1, not a sum that drifted', () => {
    expect(JSON.stringify({ points: decimalInput('0,1') })).toBe('{"points":0.1}');
  });
});

describe('deductionRule', () => {
  it('says a flat rate with its cap', () => {
    expect(deductionRule({ code: 'PB', name: 'Phê bình', pointsEach: 1, cap: 5 })).toBe(
      '1 điểm mỗi lần; tối đa 5 điểm',
    );
  });

  it('says the tiers of Ba Đình’s late tasks, the last without an upper bound', () => {
    expect(
      deductionRule({
        code: 'CHAM_MUON',
        name: 'Chậm muộn',
        tiers: [{ upTo: 10, pointsEach: 0.3 }, { pointsEach: 0.2 }],
        cap: 5,
      }),
    ).toBe('lần 1–10: 0,3 điểm mỗi lần; từ lần 11: 0,2 điểm mỗi lần; tối đa 5 điểm');
  });
});

describe('textOrNull', () => {
  it('trims, and empties become null', () => {
    expect(textOrNull('  15/TB-UBND ')).toBe('15/TB-UBND');
    expect(textOrNull('   ')).toBeNull();
    expect(textOrNull(undefined)).toBeNull();
  });
});
