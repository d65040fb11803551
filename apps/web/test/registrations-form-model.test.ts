import { describe, expect, it } from 'vitest';
import { nextChoiceParams, rolesInCluster } from '../src/registrations/cluster-rules';
import {
  buildContent,
  formValuesOf,
  parsePlanText,
  quantitativeLeaves,
  remapFieldErrors,
} from '../src/registrations/form-model';
import { printableRows } from '../src/registrations/print-rows';
import type { ClusterDetail, PrintCriterion, Registration, RulesetView } from '../src/registrations/types';

const ruleset: RulesetView = {
  name: 'Bộ tiêu chí',
  maxTotal: null,
  groups: [
    {
      code: 'I',
      name: 'Nhóm I',
      maxPoints: 60,
      criteria: [
        { code: 'I.1', name: 'Thu ngân sách', points: 20, kind: 'quantitative', unit: 'tỷ đồng' },
        {
          code: 'I.2',
          name: 'Chứa',
          points: 20,
          children: [
            { code: 'I.2.a', name: 'Tai nạn', points: 10, kind: 'quantitative', direction: 'decrease' },
            { code: 'I.2.b', name: 'Phòng dịch', points: 10, kind: 'qualitative' },
          ],
        },
      ],
    },
    {
      code: 'II',
      name: 'Nhóm II',
      maxPoints: 40,
      criteria: [{ code: 'II.1', name: 'Dân vận', points: 40, kind: 'yesno' }],
    },
  ],
};

describe('quantitativeLeaves', () => {
  it('lists the quantitative leaves in document order, containers walked, with unit and direction', () => {
    expect(quantitativeLeaves(ruleset)).toEqual([
      { code: 'I.1', name: 'Thu ngân sách', measureUnit: 'tỷ đồng', direction: 'increase', groupCode: 'I' },
      { code: 'I.2.a', name: 'Tai nạn', measureUnit: null, direction: 'decrease', groupCode: 'I' },
    ]);
  });
});

describe('parsePlanText', () => {
  it.each([
    ['12,5', 12.5],
    ['12.5', 12.5],
    [' 1.250,5 ', 1250.5],
    ['10.200', 10200],
    ['0.625', 0.625],
    ['10200', 10200],
    ['-5', -5],
    ['0', 0],
  ])('reads %j as %d', (text, value) => expect(parsePlanText(text)).toBe(value));

  it('reads blank as not registered and refuses words', () => {
    expect(parsePlanText('')).toBeNull();
    expect(parsePlanText(undefined)).toBeNull();
    expect(parsePlanText('mười hai')).toBe('invalid');
    expect(parsePlanText('12,5,1')).toBe('invalid');
  });
});

describe('buildContent and remapFieldErrors', () => {
  const leaves = quantitativeLeaves(ruleset);

  it('sends only the filled plans and remembers which form row each came from', () => {
    const built = buildContent(leaves, {
      plans: [{ plan: '' }, { plan: '3', note: ' ghi chú ' }],
      titlesSought: ['CO_T'],
      models: [
        { name: ' Dân vận khéo ', description: '' },
        { name: '', description: '' },
      ],
      topics: [],
      note: '  ',
    });
    expect(built).toEqual({
      ok: true,
      planIndex: [1],
      content: {
        plans: [{ criterionCode: 'I.2.a', plan: 3, note: 'ghi chú' }],
        titlesSought: ['CO_T'],
        models: [{ name: 'Dân vận khéo' }],
        topics: [],
        note: null,
      },
    });
    // The server's plans[0] is the form's row 1; a criterion code problem shows at that row's plan.
    expect(
      remapFieldErrors(
        [
          { path: 'body.plans[0].plan', message: 'a' },
          { path: 'body.plans[0].criterionCode', message: 'b' },
          { path: 'body.titlesSought[2]', message: 'c' },
          { path: 'plans', message: 'd' },
        ],
        built.ok ? built.planIndex : [],
      ),
    ).toEqual([
      { path: 'body.plans[1].plan', message: 'a' },
      { path: 'body.plans[1].plan', message: 'b' },
      { path: 'body.titlesSought', message: 'c' },
      { path: 'plans', message: 'd' },
    ]);
  });

  it('stops on text that is not a number, naming its rows', () => {
    expect(
      buildContent(leaves, {
        plans: [{ plan: 'abc' }, { plan: '2' }],
        titlesSought: [],
        models: [],
        topics: [],
      }),
    ).toEqual({
      ok: false,
      invalidRows: [0],
    });
  });

  it('fills the form from a saved registration, decimals written the Vietnamese way', () => {
    const saved = {
      plans: [{ criterionCode: 'I.1', plan: '10200.5', note: null }],
      titlesSought: [{ code: 'CO_T', name: 'Cờ' }],
      models: [{ name: 'M' }],
      topics: [],
      note: null,
    } as unknown as Registration;
    expect(formValuesOf(leaves, saved)).toEqual({
      plans: [
        { plan: '10.200,5', note: '' },
        { plan: '', note: '' },
      ],
      titlesSought: ['CO_T'],
      models: [{ name: 'M', description: '' }],
      topics: [],
      note: '',
    });
  });
});

describe('printableRows', () => {
  const row = (code: string, depth: number, quantitative: boolean): PrintCriterion => ({
    code,
    name: code,
    depth,
    points: 1,
    kind: null,
    quantitative,
    direction: null,
    measureUnit: null,
    plan: null,
    planNote: null,
  });

  it('keeps quantitative leaves and the containers above them, nothing else', () => {
    const rows = [
      row('I.1', 0, true),
      row('I.2', 0, false),
      row('I.2.a', 1, true),
      row('I.2.b', 1, false),
      row('I.3', 0, false),
      row('I.3.a', 1, false),
      row('I.4', 0, false),
    ];
    expect(printableRows(rows).map((r) => r.code)).toEqual(['I.1', 'I.2', 'I.2.a']);
  });
});

describe('cluster context', () => {
  const cluster = (id: string, units: [string, 'leader' | 'deputy' | 'member'][]) =>
    ({ id, members: units.map(([unitId, seat]) => ({ unitId, seat })) }) as unknown as ClusterDetail;

  it('says who follows the whole cluster', () => {
    const c = cluster('x', [
      ['u1', 'leader'],
      ['u2', 'member'],
    ]);
    expect(rolesInCluster(c, new Set(['u1']), ['unitStaff'], false).followsCluster).toBe(true);
    expect(rolesInCluster(c, new Set(['u2']), ['unitStaff'], false)).toMatchObject({
      ownUnitIds: ['u2'],
      followsCluster: false,
    });
    expect(rolesInCluster(c, new Set(), ['standingOffice'], false).followsCluster).toBe(true);
  });

  it('forgets the cluster and anything else when another period is chosen', () => {
    const current = new URLSearchParams('ky=p1&cum=c1&dk=r1');
    expect(nextChoiceParams(current, { ky: 'p2' }).toString()).toBe('ky=p2');
    expect(nextChoiceParams(current, { cum: 'c2' }).toString()).toBe('ky=p1&cum=c2');
  });
});
