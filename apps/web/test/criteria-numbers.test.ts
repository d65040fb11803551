import { describe, expect, it } from 'vitest';
import { mergeProblems } from '../src/criteria/live-validation';
import {
  decimalText,
  parseDecimalText,
  percentToRatio,
  pointsTotal,
  ratioToPercent,
} from '../src/criteria/numbers';

describe('decimal text', () => {
  it.each([
    ['12', 12],
    ['12,5', 12.5],
    ['12.5', 12.5],
    [' 0,25 ', 0.25],
    ['', undefined],
    ['12,', null],
    ['1.000,5', null],
    ['abc', null],
  ])('reads %j as %j', (text, value) => {
    expect(parseDecimalText(text)).toBe(value);
  });

  it('writes a stored number the Vietnamese way', () => {
    expect(decimalText(12.5)).toBe('12,5');
    expect(decimalText(undefined)).toBe('');
  });

  it('adds standard points exactly, never as binary floating point', () => {
    const leaf = (points: number) => ({ code: 'x', name: 'x', points });
    expect(pointsTotal([leaf(0.1), leaf(0.2)])).toBe('0,3');
    expect(pointsTotal([leaf(550), leaf(450)])).toBe('1.000');
  });
});

describe('percentages and ratios', () => {
  it.each([
    ['30', 0.3],
    ['12,5', 0.125],
    ['100', 1],
    ['0', 0],
    ['', null],
    ['ba mươi', undefined],
  ])('reads %j %% as the ratio %j', (text, ratio) => {
    expect(percentToRatio(text)).toBe(ratio);
  });

  it.each([
    [0.3, '30'],
    [0.125, '12,5'],
    [0.0025, '0,25'],
    [null, ''],
  ])('shows the ratio %j as %j %%', (ratio, text) => {
    expect(ratioToPercent(ratio)).toBe(text);
  });
});

describe('merged problems', () => {
  it('keeps each path and message once, in order', () => {
    const a = { path: 'body.ruleset.groups[0].criteria', message: 'x' };
    const b = { path: 'body.ruleset.groups[1].maxPoints', message: 'y' };
    expect(mergeProblems([a], [{ ...a }, b])).toEqual([a, b]);
  });
});
