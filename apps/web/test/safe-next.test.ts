import { describe, expect, it } from 'vitest';
import { safeNext } from '../src/app/paths';

const ORIGIN = 'https://thidua.example.gov.vn';

describe('safeNext', () => {
  it.each([
    ['/hoi-dong/abc/cham-diem', '/hoi-dong/abc/cham-diem'],
    ['/hoi-dong/abc/xep-hang?cum=1#bang', '/hoi-dong/abc/xep-hang?cum=1#bang'],
    ['/doi-mat-khau', '/doi-mat-khau'],
  ])('keeps an address of this application: %s', (next, expected) => {
    expect(safeNext(next, ORIGIN)).toBe(expected);
  });

  it.each([
    [null],
    [''],
    ['hoi-dong/abc'],
    ['//evil.example/x'],
    ['/\\evil.example/x'],
    ['\\\\evil.example/x'],
    ['/\t/evil.example/x'],
    ['https://evil.example/x'],
    ['javascript:alert(1)'],
    ['/dang-nhap?tiep=/x'],
  ])('sends anything else home: %j', (next) => {
    expect(safeNext(next, ORIGIN)).toBe('/');
  });
});
