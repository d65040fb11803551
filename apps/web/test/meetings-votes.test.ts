import { describe, expect, it } from 'vitest';
import { meetTexts } from '../src/meetings/texts';
import type { Vote } from '../src/meetings/types';
import { countLeaders, groupVotes, parseBallotCount } from '../src/meetings/vote-groups';

const vote = (
  id: string,
  purpose: Vote['purpose'],
  subject: string,
  unitName: string,
  votes: number,
): Vote => ({
  id,
  meetingId: 'm',
  purpose,
  awardCode: purpose === 'tieBreak' ? subject : null,
  position: purpose === 'election' ? (subject as Vote['position']) : null,
  unitId: unitName,
  unitName,
  votes,
  note: null,
  version: 1,
  abilities: { update: true },
});

describe('groupVotes', () => {
  it('groups by subject in the order the API lists them', () => {
    const votes = [
      vote('1', 'election', 'deputy', 'A', 5),
      vote('2', 'election', 'deputy', 'B', 2),
      vote('3', 'election', 'leader', 'C', 7),
      vote('4', 'tieBreak', 'CO_T', 'D', 4),
    ];
    expect(groupVotes(votes).map((g) => [g.key, g.votes.map((v) => v.id)])).toEqual([
      ['election::deputy', ['1', '2']],
      ['election::leader', ['3']],
      ['tieBreak:CO_T:', ['4']],
    ]);
  });
});

describe('countLeaders', () => {
  it('names the unit with the most ballots', () => {
    const { leaders, decided } = countLeaders([
      vote('1', 'election', 'leader', 'A', 5),
      vote('2', 'election', 'leader', 'B', 2),
    ]);
    expect(decided).toBe(true);
    expect(leaders.map((v) => v.unitName)).toEqual(['A']);
  });

  it('says a level top is not decided', () => {
    const { leaders, decided } = countLeaders([
      vote('1', 'tieBreak', 'CO_T', 'A', 3),
      vote('2', 'tieBreak', 'CO_T', 'B', 3),
    ]);
    expect(decided).toBe(false);
    expect(leaders.map((v) => v.unitName)).toEqual(['A', 'B']);
    expect(countLeaders([])).toEqual({ leaders: [], decided: false });
  });
});

describe('parseBallotCount', () => {
  it('reads whole numbers and leaves a sign to the server', () => {
    expect(parseBallotCount(' 12 ')).toBe(12);
    expect(parseBallotCount('-1')).toBe(-1);
    expect(parseBallotCount('1,5')).toBeNull();
    expect(parseBallotCount('')).toBeNull();
  });
});

describe('quorum sentences', () => {
  it('say the numbers the server computed', () => {
    expect(meetTexts.quorum.reached({ members: 9, present: 6, required: 6, reached: true })).toBe(
      'Đủ số lượng: 6/9 đơn vị thành viên có mặt (cần ít nhất 6, hai phần ba).',
    );
    expect(meetTexts.quorum.notReached({ members: 8, present: 5, required: 6, reached: false })).toContain(
      '5/8 đơn vị thành viên có mặt, cần ít nhất 6',
    );
  });
});
