import { describe, expect, it } from 'vitest';
import { safeNext } from '../src/app/paths';

describe('safeNext', () => {
  it('returns to an address of the application after sign-in', () => {
    expect(safeNext('/hoi-dong/1/don-vi?q=phuong')).toBe('/hoi-dong/1/don-vi?q=phuong');
  });

  it('never leaves the application or loops back to sign-in', () => {
    expect(safeNext('https://example.com')).toBe('/');
    expect(safeNext('//example.com/x')).toBe('/');
    expect(safeNext('/dang-nhap?tiep=/')).toBe('/');
    expect(safeNext(null)).toBe('/');
  });
});
