import { describe, expect, it } from 'vitest';
import { rulesetInfo } from '../src/scoring/ruleset-info';
import { anEntry } from './entries';
import type { Cell, CriteriaRevision, Entry } from '../src/scoring/types';
import {
  agreedDiffers,
  decimalText,
  draftFieldOf,
  draftOf,
  EMPTY_DRAFT,
  inputText,
  kindOf,
  needsReason,
  preferredLayer,
  proposalValues,
  sameAsProposal,
  previewKind,
  sameValue,
  valuesOf,
  valueText,
} from '../src/scoring/values';

const entry = anEntry;

describe('decimalText', () => {
  it.each([
    ['12,5', '12.5'],
    ['12.5', '12.5'],
    [' 7 ', '7'],
    ['1.234,5', '1234.5'],
    ['0,05', '0.05'],
    ['-3', '-3'],
  ])('reads %j as the decimal %s, as typed', (input, expected) => {
    expect(decimalText(input)).toBe(expected);
  });

  it.each(['', 'abc', '1,2,3', '12,5đ', '1e3'])('refuses %j', (input) => {
    expect(decimalText(input)).toBeNull();
  });
});

describe('valuesOf', () => {
  it('sends the numbers of a quantitative criterion exactly as typed (comma for decimals)', () => {
    expect(valuesOf('quantitative', { ...EMPTY_DRAFT, plan: '71,3', actual: '74,9' })).toEqual({
      ok: true,
      values: { plan: 71.3, actual: 74.9 },
    });
  });

  it('says in Vietnamese which input is missing or not a number, and sends nothing', () => {
    const checked = valuesOf('quantitative', { ...EMPTY_DRAFT, plan: 'một trăm' });
    expect(checked).toEqual({
      ok: false,
      errors: { plan: 'không phải là số (ví dụ: 12,5)', actual: 'chưa nhập' },
    });
  });

  it('reads a rating, a yes/no and points by the kind', () => {
    expect(valuesOf('rating', { ...EMPTY_DRAFT, rating: 'HTXSNV' })).toEqual({
      ok: true,
      values: { rating: 'HTXSNV' },
    });
    expect(valuesOf('yesno', { ...EMPTY_DRAFT, done: 'false' })).toEqual({
      ok: true,
      values: { done: false },
    });
    expect(valuesOf('qualitative', { ...EMPTY_DRAFT, points: '25,25' })).toEqual({
      ok: true,
      values: { points: 25.25 },
    });
    expect(valuesOf('bands', { ...EMPTY_DRAFT, value: '' })).toEqual({
      ok: false,
      errors: { value: 'chưa nhập' },
    });
  });

  it('leaves ranges to the server (a value over the standard is its to refuse)', () => {
    expect(valuesOf('qualitative', { ...EMPTY_DRAFT, points: '150' })).toEqual({
      ok: true,
      values: { points: 150 },
    });
  });
});

describe('showing values', () => {
  it('writes a layer the Vietnamese way for its kind', () => {
    expect(valueText('quantitative', entry({ plan: 71.3, actual: 74.9 }))).toBe('74,9/71,3');
    expect(valueText('qualitative', entry({ points: 1000 }))).toBe('1.000');
    expect(valueText('rating', entry({ rating: 'HTTNV' }))).toBe('HTTNV');
    expect(valueText('yesno', entry({ done: true }))).toBe('Đạt');
    expect(valueText('yesno', entry({ done: false }))).toBe('Không đạt');
    expect(valueText('bands', null)).toBe('');
  });

  it('puts a stored value back into the inputs with a decimal comma and no grouping dot', () => {
    expect(inputText(1234.5)).toBe('1234,5');
    expect(draftOf(entry({ plan: 9500, actual: 10000, note: 'Ước cả năm' }))).toMatchObject({
      plan: '9500',
      actual: '10000',
      note: 'Ước cả năm',
    });
    expect(draftOf(null)).toEqual(EMPTY_DRAFT);
  });

  it('reads an unknown kind as points', () => {
    expect(kindOf('qualitative')).toBe('qualitative');
    expect(kindOf('something')).toBe('qualitative');
    expect(kindOf('bands')).toBe('bands');
  });
});

describe('review differences', () => {
  const cell = (self: Entry | null, agreed: Entry | null): Cell => ({
    criterionCode: 'II.2',
    self,
    focal: null,
    standingOffice: null,
    agreed,
    proposal: null,
    objectionOpen: false,
    canWrite: [],
  });

  it('flags an agreed value that differs from the unit’s own', () => {
    expect(
      agreedDiffers('qualitative', cell(entry({ points: 90 }), entry({ points: 80, stage: 'agreed' }))),
    ).toBe(true);
    expect(
      agreedDiffers('qualitative', cell(entry({ points: 90 }), entry({ points: 90, stage: 'agreed' }))),
    ).toBe(false);
    expect(agreedDiffers('qualitative', cell(entry({ points: 90 }), null))).toBe(false);
  });

  it('compares only the value fields of the kind (a note does not make a difference)', () => {
    expect(
      sameValue(
        'quantitative',
        entry({ plan: 1, actual: 2, note: 'a' }),
        entry({ plan: 1, actual: 2, note: 'b' }),
      ),
    ).toBe(true);
    expect(sameValue('quantitative', entry({ plan: 1, actual: 2 }), entry({ plan: 1, actual: 3 }))).toBe(
      false,
    );
  });

  it('asks a reason for every review, and for a change of the standing office’s own score', () => {
    expect(needsReason('agreed', false)).toBe(true);
    expect(needsReason('standingOffice', true)).toBe(true);
    expect(needsReason('standingOffice', false)).toBe(false);
    expect(needsReason('self', true)).toBe(false);
    expect(needsReason('focal', true)).toBe(false);
  });

  it('opens on the review layer when the user may write it, else the one they score', () => {
    expect(preferredLayer(new Set(['self', 'agreed']))).toBe('agreed');
    expect(preferredLayer(new Set(['focal']))).toBe('focal');
    expect(preferredLayer(new Set())).toBeNull();
  });
});

describe('draftFieldOf', () => {
  it('places the server’s field errors beside their inputs', () => {
    expect(draftFieldOf('body.points')).toBe('points');
    expect(draftFieldOf('body.reason')).toBe('reason');
    expect(draftFieldOf('params.criterionCode')).toBeNull();
  });
});

describe('previewKind', () => {
  it('previews images and PDF inline, downloads the rest', () => {
    expect(previewKind('image/png')).toBe('image');
    expect(previewKind('image/jpeg')).toBe('image');
    expect(previewKind('application/pdf')).toBe('pdf');
    expect(previewKind('application/vnd.ms-excel')).toBe('download');
  });
});

describe('rulesetInfo', () => {
  it('reads group names, measures and rating points of the leaves, under containers too', () => {
    const revision: CriteriaRevision = {
      id: 'v',
      name: 'Tiêu chí',
      revision: 1,
      ruleset: {
        name: 'Tiêu chí',
        maxTotal: 30,
        groups: [
          {
            code: 'I',
            name: 'Kinh tế',
            maxPoints: 30,
            criteria: [
              { code: 'I.1', name: 'Thu ngân sách', points: 10, kind: 'quantitative', unit: 'tỷ đồng' },
              {
                code: 'I.2',
                name: 'Giáo dục',
                points: 20,
                children: [
                  { code: 'I.2.a', name: 'Trường chuẩn', points: 10, kind: 'qualitative' },
                  { code: 'I.2.b', name: 'Xếp loại', points: 10, kind: 'rating', options: { HTXSNV: 10 } },
                ],
              },
            ],
          },
        ],
      },
    };
    const info = rulesetInfo(revision);
    expect(info.leafCount).toBe(3);
    expect(info.groupNames.get('I')).toBe('Kinh tế');
    expect(info.measures.get('I.1')).toBe('tỷ đồng');
    expect(info.ratingPoints.get('I.2.b')).toEqual({ HTXSNV: 10 });
  });
});

describe('agreeing with a proposal', () => {
  const proposal = {
    from: 'self' as const,
    version: 1,
    plan: 100,
    actual: 113,
    points: null,
    value: null,
    rating: null,
    done: null,
  };

  it('needs no reason when the typed values are the proposal’s, one when any differs', () => {
    const typed = valuesOf('quantitative', { ...EMPTY_DRAFT, plan: '100', actual: '113' });
    expect(typed.ok && sameAsProposal('quantitative', typed.values, proposal)).toBe(true);
    const other = valuesOf('quantitative', { ...EMPTY_DRAFT, plan: '100', actual: '112,5' });
    expect(other.ok && sameAsProposal('quantitative', other.values, proposal)).toBe(false);
    expect(sameAsProposal('quantitative', { plan: 100, actual: 113 }, null)).toBe(false);
  });

  it('starts a review edit from the proposal', () => {
    expect(draftOf(proposalValues(proposal))).toMatchObject({ plan: '100', actual: '113' });
  });
});
