import { describe, expect, it } from 'vitest';
import { capitalise, formNamePath, placeFieldErrors } from '../src/api/field-paths';

describe('formNamePath', () => {
  it.each([
    ['body.name', ['name']],
    ['body.entries[3].points', ['entries', 3, 'points']],
    ['body.plans[0]', ['plans', 0]],
  ])('turns the server path %s into the form field %j', (path, expected) => {
    expect(formNamePath(path)).toEqual(expected);
  });

  it('names no form field for other parts of the request', () => {
    expect(formNamePath('params.unitId')).toBeNull();
    expect(formNamePath('query.page')).toBeNull();
    expect(formNamePath('bodyguard.name')).toBeNull();
    expect(formNamePath('body')).toBeNull();
  });
});

describe('placeFieldErrors', () => {
  it('puts each message beside its field, capitalised, and returns those no field of the form shows', () => {
    const { placed, unplaced } = placeFieldErrors(
      [
        { path: 'body.code', message: 'chỉ gồm chữ thường không dấu' },
        { path: 'body.code', message: 'tối đa 60 ký tự' },
        { path: 'body.name', message: 'không được để trống' },
        { path: 'body.secret', message: 'không hợp lệ' },
        { path: 'params.unitId', message: 'không hợp lệ' },
      ],
      ['code', 'name'],
    );
    expect(placed).toEqual([
      { name: ['code'], errors: ['Chỉ gồm chữ thường không dấu', 'Tối đa 60 ký tự'] },
      { name: ['name'], errors: ['Không được để trống'] },
    ]);
    expect(unplaced.map((f) => f.path)).toEqual(['body.secret', 'params.unitId']);
  });

  it('capitalises Vietnamese letters with diacritics', () => {
    expect(capitalise('đã tồn tại')).toBe('Đã tồn tại');
  });
});
