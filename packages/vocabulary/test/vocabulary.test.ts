import { describe, expect, it } from 'vitest';
import {
  awardName,
  CALENDAR_NAMES,
  CALENDARS,
  CLUSTER_KIND_NAMES,
  CLUSTER_KINDS,
  CONTEXTUAL_ROLE_NAMES,
  CONTEXTUAL_ROLES,
  CRITERION_OWNER_NAMES,
  CRITERION_OWNERS,
  describeChanges,
  ENTRY_STAGE_NAMES,
  ENTRY_STAGES,
  factName,
  factValueName,
  MEMBERSHIP_ROLES,
  PERIOD_STAGES,
  ROLE_NAMES,
  roleInContext,
  seatName,
  STAGE_NAMES,
  UNIT_TYPE_NAMES,
  UNIT_TYPES,
} from '../src/index';

describe('every word of the domain has its Vietnamese name', () => {
  it.each([
    ['unit types', UNIT_TYPES, UNIT_TYPE_NAMES],
    ['calendars', CALENDARS, CALENDAR_NAMES],
    ['roles', MEMBERSHIP_ROLES, ROLE_NAMES],
    ['stages', PERIOD_STAGES, STAGE_NAMES],
    ['cluster kinds', CLUSTER_KINDS, CLUSTER_KIND_NAMES],
    ['criterion owners', CRITERION_OWNERS, CRITERION_OWNER_NAMES],
    ['entry layers', ENTRY_STAGES, ENTRY_STAGE_NAMES],
    ['contextual roles', CONTEXTUAL_ROLES, CONTEXTUAL_ROLE_NAMES],
  ] as const)('%s', (_, codes, names) => {
    expect(Object.keys(names).sort()).toEqual([...codes].sort());
    for (const code of codes) expect((names as Record<string, string>)[code]).toMatch(/\p{L}/u);
  });
});

describe('seats are said the cluster’s way', () => {
  it('Khối trưởng, Khối phó in a khối; Cụm trưởng, Cụm phó in a cụm', () => {
    expect(seatName('leader', 'khoi')).toBe('Khối trưởng');
    expect(seatName('deputy', 'khoi')).toBe('Khối phó');
    expect(seatName('leader', 'cum')).toBe('Cụm trưởng');
    expect(roleInContext('deputy', 'khoi')).toBe('Khối phó');
    expect(roleInContext('focal')).toBe('Đơn vị đầu mối');
  });
});

describe('codes are read aloud', () => {
  it('awards by the ruleset’s name, else the default name', () => {
    expect(awardName('CO_T')).toBe('Cờ thi đua của UBND tỉnh');
    expect(awardName('CO_T', { awards: [{ code: 'CO_T', name: 'Cờ của Tỉnh' }] })).toBe('Cờ của Tỉnh');
    expect(awardName('X_NEW')).toBe('X_NEW');
  });

  it('a registration’s titles sought by name, not code (a registration made before issue has no ruleset)', () => {
    const names = { unit: () => undefined, user: () => undefined };
    expect(describeChanges(null, { titlesSought: ['TTLDXS', 'CO_T'] }, names)[0]?.new).toBe(
      'Tập thể lao động xuất sắc; Cờ thi đua của UBND tỉnh',
    );
  });

  it('lists of units by name: a movement’s participants, a task’s coordinating units', () => {
    const names = {
      unit: (id: string) => ({ u1: 'Phường Trần Phú', u2: 'Xã An Lạc' })[id],
      user: () => undefined,
    };
    expect(describeChanges(null, { participantUnitIds: ['u1', 'u2'] }, names)).toEqual([
      { field: 'participantUnitIds', label: 'Đơn vị tham gia phong trào', new: 'Phường Trần Phú; Xã An Lạc' },
    ]);
    expect(describeChanges(null, { coordinatingUnitIds: ['u2'] }, names)[0]?.new).toBe('Xã An Lạc');
  });

  it('facts and their coded values', () => {
    expect(factName('partyRating')).toBe('Xếp loại tổ chức đảng');
    expect(factValueName('HTXSNV')).toBe('Hoàn thành xuất sắc nhiệm vụ');
    expect(factValueName(true)).toBe('Có');
  });

  it('an entry’s audit event: labelled fields, the layer and the criterion by name, numbers the Vietnamese way', () => {
    const changes = describeChanges(
      { stage: 'focal', criterionCode: 'I.1', unitId: 'u1', plan: 80, actual: 82.4 },
      { stage: 'focal', criterionCode: 'I.1', unitId: 'u1', plan: 80, actual: 1082.5 },
      { unit: () => 'Phường Trần Phú', user: () => undefined, criterion: () => 'Thu ngân sách' },
    );
    expect(changes).toEqual([{ field: 'actual', label: 'Thực hiện', old: '82,4', new: '1.082,5' }]);
    const created = describeChanges(
      null,
      { stage: 'focal', itemCode: 'THAM_GIA_KHONG_DAY_DU', unitId: 'u1' },
      {
        unit: () => 'Phường Trần Phú',
        user: () => undefined,
      },
    );
    expect(created.map((c) => `${c.label}: ${c.new}`)).toEqual([
      'Giai đoạn: Đơn vị đầu mối',
      'Nội dung: Tham gia không đầy đủ các hoạt động của cụm, khối',
      'Đơn vị: Phường Trần Phú',
    ]);
  });

  it('a council’s own bonus item by the name its revision gives it, a standard item by the common name', () => {
    const names = {
      unit: () => 'Phường Trần Phú',
      user: () => undefined,
      item: (code: string, version?: string) =>
        version === 'v1' && code === 'GIAI_THUONG_TINH' ? 'Đạt giải thưởng cấp tỉnh' : undefined,
    };
    const said = (itemCode: string) =>
      describeChanges(null, { criteriaVersionId: 'v1', itemCode, unitId: 'u1' }, names)[0]!.new;
    expect(said('GIAI_THUONG_TINH')).toBe('Đạt giải thưởng cấp tỉnh');
    expect(said('THAM_GIA_KHONG_DAY_DU')).toBe('Tham gia không đầy đủ các hoạt động của cụm, khối');
  });

  it('a period file’s import: its counts by name and the file by its format, not its content', () => {
    const said = describeChanges(null, {
      unitsCreated: 0,
      unitsMatched: 4,
      entries: 32,
      file: { format: 'thidua/period@1', quotas: { CO_CP: 1 }, entries: [] },
    }).map((c) => `${c.label}: ${c.new}`);
    expect(said).toEqual([
      'Số đơn vị tạo mới: 0',
      'Số đơn vị đã có: 4',
      'Số ô điểm: 32',
      'Tệp: tệp thidua/period@1',
    ]);
    expect(describeChanges(null, { kind: 'toTrinh' })[0]!.new).toBe(
      'Tờ trình đề nghị khen thưởng (Mẫu số 01)',
    );
  });

  it('a criteria version’s creation: its cluster, framework and people by name, the document by its size', () => {
    const id = (n: number) => `${n}8acd1e2-6012-49d1-a43c-4a7ce77d8627`;
    const names = new Map([
      [id(1), 'Cụm thi đua số 1'],
      [id(2), 'Khung tiêu chí xã, phường'],
      [id(3), 'Nguyễn Thị Thu Hà'],
    ]);
    const created = describeChanges(
      null,
      {
        id: id(9),
        clusterId: id(1),
        frameworkId: id(2),
        revision: 1,
        status: 'draft',
        ruleset: { groups: [{ code: 'I' }, { code: 'II' }], awards: [] },
        supersedesId: id(8),
        createdBy: id(3),
        issuedBy: id(3),
        version: 1,
      },
      {
        unit: () => undefined,
        user: (v) => names.get(v),
        cluster: (v) => names.get(v),
        framework: (v) => names.get(v),
      },
    );
    expect(created.map((c) => `${c.label}: ${c.new}`)).toEqual([
      'Cụm, khối: Cụm thi đua số 1',
      'Bộ tiêu chí khung: Khung tiêu chí xã, phường',
      'Lần ban hành: 1',
      'Trạng thái: Dự thảo',
      'Nội dung bộ tiêu chí: 2 nhóm tiêu chí',
      'Người tạo: Nguyễn Thị Thu Hà',
      'Người ban hành: Nguyễn Thị Thu Hà',
    ]);
  });
});
