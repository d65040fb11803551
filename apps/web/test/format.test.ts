import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatScore } from '../src/format';

describe('formatScore', () => {
  it.each([
    [996.4, '996,4'],
    [996.45, '996,45'],
    ['996.40', '996,4'],
    [1000, '1.000'],
    [1234.5, '1.234,5'],
    [0, '0'],
    [0.1, '0,1'],
    [-5.25, '-5,25'],
    ['-0.00', '0'],
    [262.3, '262,3'],
    ['012.50', '12,5'],
  ])('writes %j as %s, with a decimal comma', (value, expected) => {
    expect(formatScore(value)).toBe(expected);
  });

  it('writes nothing for a missing score', () => {
    expect(formatScore(null)).toBe('');
    expect(formatScore(undefined)).toBe('');
  });

  it('reads a decimal string digit by digit, never through a floating-point number', () => {
    expect(formatScore('0.30')).toBe('0,3');
    expect(formatScore('12345678901234567.89')).toBe('12.345.678.901.234.567,89');
  });
});

describe('formatDate', () => {
  it('writes a calendar date as dd/mm/yyyy, with leading zeros', () => {
    expect(formatDate('2024-02-05')).toBe('05/02/2024');
  });

  it('keeps a bare date on its day whatever the time zone', () => {
    expect(formatDate('2025-12-31')).toBe('31/12/2025');
  });

  it('writes a moment in the local time zone', () => {
    const moment = new Date(2025, 0, 9, 14, 5);
    expect(formatDate(moment)).toBe('09/01/2025');
    expect(formatDateTime(moment)).toBe('09/01/2025 14:05');
  });

  it('writes nothing for a missing or invalid date', () => {
    expect(formatDate(null)).toBe('');
    expect(formatDate('không phải ngày')).toBe('');
  });
});
