import { describe, expect, it } from 'vitest';
import { describeChanges, formatValue } from '../src/audit/changes';

const names = {
  unit: (id: string) => ({ u1: 'Phường Hưng Đạo', u2: 'Phường Quang Trung', u3: 'Phường Nam Hà' })[id],
  user: (id: string) => (id === 'p1' ? 'Lê Minh Tuấn' : undefined),
};

describe('describeChanges', () => {
  it('lists only the fields an edit changed, old → new, without bookkeeping', () => {
    const old = {
      id: 'x',
      version: 3,
      periodId: 'p',
      stage: 'registration',
      dueOn: '2051-03-31',
      note: 'cũ',
    };
    const next = {
      id: 'x',
      version: 4,
      periodId: 'p',
      stage: 'registration',
      dueOn: '2051-03-15',
      note: 'cũ',
    };
    expect(describeChanges(old, next)).toEqual([
      { field: 'dueOn', label: 'Hạn', old: '31/03/2051', new: '15/03/2051' },
    ]);
  });

  it('names the units of a leadership change and ranks the deputies', () => {
    const changes = describeChanges(
      { leader: null, deputies: [] },
      {
        leader: 'u1',
        deputies: [
          { unitId: 'u2', rank: 1 },
          { unitId: 'u3', rank: 2 },
        ],
      },
      names,
    );
    expect(changes).toEqual([
      { field: 'leader', label: 'Cụm trưởng', old: '(trống)', new: 'Phường Hưng Đạo' },
      {
        field: 'deputies',
        label: 'Cụm phó',
        old: '(trống)',
        new: 'Phường Quang Trung (1); Phường Nam Hà (2)',
      },
    ]);
  });

  it('shows a creation’s values and a removal’s old values', () => {
    expect(describeChanges(null, { unitIds: ['u1', 'u9'] }, names)).toEqual([
      { field: 'unitIds', label: 'Đơn vị', new: 'Phường Hưng Đạo; u9' },
    ]);
    expect(describeChanges({ unitId: 'u2', seat: 'deputy', deputyRank: 1 }, null, names)).toEqual([
      { field: 'unitId', label: 'Đơn vị', old: 'Phường Quang Trung' },
      { field: 'seat', label: 'Vị trí', old: 'Cụm phó' },
      { field: 'deputyRank', label: 'Thứ tự cụm phó', old: '1' },
    ]);
  });

  it('says a stage change in the stages’ names', () => {
    expect(describeChanges({ stage: 'setup' }, { stage: 'criteria' })).toEqual([
      { field: 'stage', label: 'Giai đoạn', old: 'Thiết lập cụm, khối', new: 'Xây dựng tiêu chí' },
    ]);
  });

  it('keeps a field it has no name for, under its own code', () => {
    expect(describeChanges({ extra: 1 }, { extra: 2 })).toEqual([
      { field: 'extra', label: 'extra', old: '1', new: '2' },
    ]);
  });
});

describe('formatValue', () => {
  it('writes booleans, empty values, people, kinds and roles in Vietnamese', () => {
    expect(formatValue('active', true)).toBe('Có');
    expect(formatValue('note', null)).toBe('(trống)');
    expect(formatValue('followerUserId', 'p1', names)).toBe('Lê Minh Tuấn');
    expect(formatValue('kind', 'khoi')).toBe('Khối thi đua');
    expect(formatValue('membership', { role: 'unitStaff', unitId: 'u1' }, names)).toBe(
      'Cán bộ đơn vị — Phường Hưng Đạo',
    );
    expect(formatValue('calendar', 'schoolYear')).toBe('Năm học');
  });
  it('counts a list of records instead of printing them', () => {
    expect(formatValue('deadlines', [{ a: 1 }, { a: 2 }])).toBe('2 mục');
  });
});
