/**
 * A deep-frozen ruleset cannot change, so its validation is computed once and kept (the server
 * validates every save against the frozen ruleset of an issued revision); anything that could still
 * change is validated afresh every time.
 */
import { describe, expect, it } from 'vitest';
import { validateRuleset } from '../src/index';
import { clone } from './helpers';

const RULESET = {
  name: 'Bộ tiêu chí thử',
  maxTotal: 100,
  groups: [
    {
      code: 'I',
      name: 'Nhóm I',
      maxPoints: 100,
      criteria: [{ code: 'I.1', name: 'Tiêu chí 1', points: 100, kind: 'qualitative' }],
    },
  ],
};

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    Object.freeze(value);
    Object.values(value).forEach(deepFreeze);
  }
  return value;
}

describe('validateRuleset on a frozen ruleset', () => {
  it('keeps the validation of a deep-frozen ruleset, per base path', () => {
    const frozen = deepFreeze(clone(RULESET));
    const first = validateRuleset(frozen);
    expect(first.ok).toBe(true);
    expect(validateRuleset(frozen)).toBe(first);
    expect(validateRuleset(frozen, 'other')).not.toBe(first);
  });

  it('validates a ruleset that can still change every time, and sees the change', () => {
    const open = clone(RULESET);
    const first = validateRuleset(open);
    expect(validateRuleset(open)).not.toBe(first);
    open.groups[0]!.criteria[0]!.points = 101;
    expect(validateRuleset(open).ok).toBe(false);
  });

  it('does not keep the validation of a ruleset frozen only at the top', () => {
    const shallow = Object.freeze(clone(RULESET));
    expect(validateRuleset(shallow).ok).toBe(true);
    shallow.groups[0]!.criteria[0]!.points = 101;
    expect(validateRuleset(shallow).ok).toBe(false);
  });
});
