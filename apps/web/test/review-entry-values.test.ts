import { describe, expect, it } from 'vitest';
import type { Entry } from '../src/review/api';
import { describeEntry, layersDiffer } from '../src/review/entry-values';
import { anEntry } from './entries';

const entry = (fields: Partial<Entry>): Entry =>
  anEntry({ criterionCode: 'II.2', updatedAt: '2026-10-01T00:00:00Z', ...fields });

describe('describeEntry', () => {
  it('writes each kind’s values the Vietnamese way', () => {
    expect(describeEntry(entry({ plan: 71.3, actual: 74.9 }))).toBe('Kế hoạch 71,3; Thực hiện 74,9');
    expect(describeEntry(entry({ points: 95.5 }))).toBe('95,5 điểm');
    expect(describeEntry(entry({ rating: 'HTTNV' }))).toBe('Xếp loại HTTNV');
    expect(describeEntry(entry({ done: false }))).toBe('Không hoàn thành');
  });

  it('says when there is no value', () => {
    expect(describeEntry(null)).toBe('Chưa có');
    expect(describeEntry(entry({}))).toBe('Chưa có');
  });
});

describe('layersDiffer', () => {
  it('marks a reviewed value that changed any entered field', () => {
    expect(layersDiffer(entry({ points: 95 }), entry({ stage: 'agreed', points: 90 }))).toBe(true);
    expect(layersDiffer(entry({ plan: 10, actual: 12 }), entry({ plan: 10, actual: 11 }))).toBe(true);
  });

  it('does not mark an unchanged value, whatever the note or reason', () => {
    expect(layersDiffer(entry({ points: 90, note: 'a' }), entry({ points: 90, reason: 'Đúng' }))).toBe(false);
  });

  it('marks a missing layer against a present one, not two missing ones', () => {
    expect(layersDiffer(entry({ points: 90 }), null)).toBe(true);
    expect(layersDiffer(null, null)).toBe(false);
  });
});
