import { describe, expect, it } from 'vitest';
import { type ElectionCount, electionOutcome } from '../src/modules/meetings/election';
import { seatsAfterElection } from '../src/modules/periods/cluster-copy';

const count = (
  position: ElectionCount['position'],
  unitId: string,
  votes: number,
  meetingId = 'm1',
  heldOn = '2025-12-20',
) => ({
  meetingId,
  heldOn,
  position,
  unitId,
  votes,
});

describe('electionOutcome', () => {
  it('elects the leader with the most votes and the deputies after, never the leader twice', () => {
    const outcome = electionOutcome(
      [
        count('leader', 'a', 7),
        count('leader', 'b', 2),
        count('deputy', 'a', 9),
        count('deputy', 'b', 5),
        count('deputy', 'c', 3),
      ],
      2,
    );
    expect(outcome).toEqual({ leader: 'a', deputies: ['b', 'c'], meetingIds: ['m1'] });
  });

  it('decides nothing for a position whose place is tied, or that nobody voted for', () => {
    expect(
      electionOutcome([count('leader', 'a', 4), count('leader', 'b', 4), count('deputy', 'c', 3)], 1),
    ).toEqual({
      deputies: ['c'],
      meetingIds: ['m1'],
    });
    expect(
      electionOutcome([count('leader', 'a', 4), count('deputy', 'b', 2), count('deputy', 'c', 2)], 1),
    ).toEqual({
      leader: 'a',
      meetingIds: ['m1'],
    });
    expect(electionOutcome([count('leader', 'a', 0)], 1)).toEqual({ meetingIds: ['m1'] });
    // Two deputies wanted, one with votes: that one is elected.
    expect(electionOutcome([count('deputy', 'b', 3), count('deputy', 'c', 0)], 2)).toEqual({
      deputies: ['b'],
      meetingIds: ['m1'],
    });
  });

  it('takes each position from the latest meeting that voted on it', () => {
    const outcome = electionOutcome(
      [
        count('leader', 'a', 4, 'm1', '2025-12-01'),
        count('leader', 'b', 4, 'm1', '2025-12-01'),
        count('leader', 'b', 6, 'm2', '2025-12-20'),
        count('leader', 'a', 5, 'm2', '2025-12-20'),
      ],
      1,
    );
    expect(outcome).toEqual({ leader: 'b', meetingIds: ['m2'] });
  });
});

describe('seatsAfterElection', () => {
  const seats = [
    { unitId: 'a', role: 'leader' as const, deputyRank: null },
    { unitId: 'b', role: 'deputy' as const, deputyRank: 1 },
    { unitId: 'c', role: 'member' as const, deputyRank: null },
  ];

  it('seats the elected and sits last year’s holders as members', () => {
    expect(seatsAfterElection(seats, { leader: 'c', deputies: ['a'], meetingIds: ['m'] })).toEqual([
      { unitId: 'a', role: 'deputy', deputyRank: 1 },
      { unitId: 'b', role: 'member', deputyRank: null },
      { unitId: 'c', role: 'leader', deputyRank: null },
    ]);
  });

  it('keeps last year’s deputies when only the leader was decided, but never the new leader twice', () => {
    expect(seatsAfterElection(seats, { leader: 'c', meetingIds: ['m'] }).map((s) => s.role)).toEqual([
      'member',
      'deputy',
      'leader',
    ]);
    // B, last year's deputy, elected leader with no deputy decided: no deputy is left to seat.
    expect(seatsAfterElection(seats, { leader: 'b', meetingIds: ['m'] }).map((s) => s.role)).toEqual([
      'member',
      'leader',
      'member',
    ]);
  });

  it('changes nothing when nothing was decided, or the elected unit is no longer in the cluster', () => {
    expect(seatsAfterElection(seats, { meetingIds: [] })).toBe(seats);
    expect(seatsAfterElection(seats, { leader: 'gone', meetingIds: ['m'] })).toBe(seats);
    // Deputies decided but not the leader: the cluster votes again, nothing moves.
    expect(seatsAfterElection(seats, { deputies: ['c'], meetingIds: ['m'] })).toBe(seats);
  });
});
