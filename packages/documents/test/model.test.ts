import { describe, expect, it } from 'vitest';
import {
  asciiFileName,
  buildScoreTable,
  formatDecimal,
  formatDocumentDay,
  formatDocumentMonth,
  formatPlaceDate,
  formatReference,
  headerFor,
  vietnamDay,
} from '../src/index';
import { sampleScoreTable } from './sample';

describe('Nghị định 30 date line', () => {
  it('writes a leading zero for days below 10 and for months 1 and 2 only', () => {
    expect(formatDocumentDay(5)).toBe('05');
    expect(formatDocumentDay(10)).toBe('10');
    expect(formatDocumentMonth(1)).toBe('01');
    expect(formatDocumentMonth(2)).toBe('02');
    expect(formatDocumentMonth(3)).toBe('3');
    expect(formatDocumentMonth(12)).toBe('12');
    expect(formatPlaceDate('Ba Đình', { year: 2024, month: 2, day: 5 })).toBe(
      'Ba Đình, ngày 05 tháng 02 năm 2024',
    );
    expect(formatPlaceDate('Hải Hà', { year: 2026, month: 11, day: 20 })).toBe(
      'Hải Hà, ngày 20 tháng 11 năm 2026',
    );
  });

  it('leaves blanks for the date of signature of a draft, keeping its year', () => {
    expect(formatPlaceDate('Hải Hà', null, 2026)).toMatch(/^Hải Hà, ngày\s+tháng\s+năm 2026$/);
  });

  it('takes the day in Việt Nam, not in UTC', () => {
    expect(vietnamDay(new Date('2026-02-04T18:30:00Z'))).toEqual({ year: 2026, month: 2, day: 5 });
  });
});

describe('numbers and symbols', () => {
  it('writes scores the Vietnamese way, exactly', () => {
    expect(formatDecimal('996.40')).toBe('996,4');
    expect(formatDecimal(1000)).toBe('1.000');
    expect(formatDecimal('0.3')).toBe('0,3');
    expect(formatDecimal('12.345', 3)).toBe('12,345');
    expect(formatDecimal(null)).toBe('');
  });

  it('writes the number and symbol, with a blank number for a draft', () => {
    expect(formatReference({ number: '12', symbol: 'BB-CTĐ1' })).toBe('Số: 12/BB-CTĐ1');
    expect(formatReference({ symbol: 'TTr-HĐTĐKT' })).toMatch(/^Số:\s+\/TTr-HĐTĐKT$/);
    const header = headerFor(
      { issuingBody: 'Hội đồng', place: 'Hải Hà', symbolSuffix: 'HĐTĐKT' },
      'TTr',
      null,
      2026,
    );
    expect(header.reference).toEqual({ symbol: 'TTr-HĐTĐKT' });
  });

  it('keeps an ASCII fallback file name without diacritics', () => {
    expect(asciiFileName('Bảng tổng hợp - Cụm thi đua số 1.pdf')).toBe('Bang-tong-hop-Cum-thi-dua-so-1.pdf');
  });
});

describe('score table model', () => {
  it('is landscape, lists every unit in rank order with its numbers written the Vietnamese way', () => {
    const input = sampleScoreTable(3);
    const doc = buildScoreTable(input);
    expect(doc.orientation).toBe('landscape');
    const table = doc.body.find((b) => b.kind === 'table');
    if (table?.kind !== 'table') throw new Error('no table');
    expect(table.header).toHaveLength(1);
    expect(table.rows).toHaveLength(3);
    const first = table.rows[0]!.map((c) => c.text);
    expect(first).toEqual([
      '1',
      'Phường Đông Hải 1',
      '575,5',
      '198',
      '199,25',
      '20',
      '992,75',
      '0,3',
      '996,4',
      '1',
      'Đủ điều kiện',
      'Cờ thi đua của Ủy ban nhân dân tỉnh',
    ]);
    expect(table.columns).toHaveLength(first.length);
  });

  it('names the reasons of a unit not considered and never prints an award code', () => {
    const doc = buildScoreTable(sampleScoreTable(8));
    const table = doc.body.find((b) => b.kind === 'table');
    if (table?.kind !== 'table') throw new Error('no table');
    expect(table.rows[5]![10]!.text).toBe('Chưa xem xét: Đang bị thanh tra, kiểm tra');
    const all = table.rows.flat().map((c) => c.text);
    expect(all.some((t) => /\b(CO_TP|BK_CT|TTLDXS)\b/.test(t))).toBe(false);
  });

  it('prints a unit without all its figures as provisional, its award too, and says how many are', () => {
    const input = sampleScoreTable(4);
    const units = input.units.map((u, i) => (i === 0 || i === 2 ? { ...u, provisional: true } : u));
    const doc = buildScoreTable({ ...input, units });
    const table = doc.body.find((b) => b.kind === 'table');
    if (table?.kind !== 'table') throw new Error('no table');
    expect(table.rows[0]![10]!.text).toBe('Chưa đủ số liệu (tạm tính: Đủ điều kiện)');
    expect(table.rows[0]![11]!.text).toBe('Cờ thi đua của Ủy ban nhân dân tỉnh (tạm tính)');
    expect(table.rows[1]![10]!.text).toBe('Đủ điều kiện');
    expect(table.rows[1]![11]!.text).toBe('Bằng khen của Chủ tịch UBND tỉnh');
    expect(table.rows[2]![11]!.text).toBe('Bằng khen của Chủ tịch UBND tỉnh (tạm tính)');
    const paragraphs = doc.body.flatMap((b) => (b.kind === 'paragraph' ? [JSON.stringify(b)] : []));
    expect(paragraphs.some((p) => p.includes('2 đơn vị chưa đủ số liệu'))).toBe(true);
  });
});
