import { CALENDARS as DB_CALENDARS, MEMBERSHIP_ROLES, UNIT_TYPES as DB_UNIT_TYPES } from '@thidua/db';
import { describe, expect, it } from 'vitest';
import { CALENDARS, UNIT_TYPES } from '../src/api/types';
import { safeNext } from '../src/app/paths';
import { vi } from '../src/i18n/vi';

describe('the web application and the database agree', () => {
  it('on the unit types and calendars, each with a Vietnamese name', () => {
    expect(UNIT_TYPES).toEqual(DB_UNIT_TYPES);
    expect(CALENDARS).toEqual(DB_CALENDARS);
    expect(Object.keys(vi.unitTypes).sort()).toEqual([...DB_UNIT_TYPES].sort());
    expect(Object.keys(vi.calendars).sort()).toEqual([...DB_CALENDARS].sort());
  });

  it('on the membership roles, each with a Vietnamese name', () => {
    for (const role of MEMBERSHIP_ROLES) expect(vi.roles[role]).toBeTruthy();
  });
});

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
