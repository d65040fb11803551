import { describe, expect, it } from 'vitest';
import { quorumOf } from '../src/modules/meetings/quorum';

describe('quorumOf (SPEC §3: present × 3 ≥ members × 2)', () => {
  it.each([
    [9, 6, 6, true],
    [9, 5, 6, false],
    [8, 6, 6, true],
    [8, 5, 6, false],
    [3, 2, 2, true],
    [3, 1, 2, false],
    [7, 5, 5, true],
    [7, 4, 5, false],
    [1, 1, 1, true],
    [1, 0, 1, false],
  ])('%i members, %i present → required %i, reached %s', (members, present, required, reached) => {
    expect(quorumOf(members, present)).toEqual({ members, present, required, reached });
  });

  it('never reaches a quorum in a cluster with no members', () => {
    expect(quorumOf(0, 0)).toMatchObject({ required: 0, reached: false });
  });

  it('agrees with the integer rule for every size up to 60', () => {
    for (let members = 1; members <= 60; members++) {
      for (let present = 0; present <= members; present++) {
        const q = quorumOf(members, present);
        expect(q.reached).toBe(present * 3 >= members * 2);
        expect(q.reached).toBe(present >= q.required);
      }
    }
  });
});
