import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { sheetView } from '../modules/scoring-shared/schema';
import { fastJsonSchemaOf, fastJsonSerializer } from './fast-json';

const layer = z.object({ version: z.number().int(), note: z.string().nullable() });
const cell = z.object({ code: z.string(), self: layer.nullable(), options: z.array(z.string()).nullable() });

describe('the compiled JSON writer of a zod schema', () => {
  it('writes what the zod serialiser writes: nullable objects and arrays, fields in order, no extra field', () => {
    const write = fastJsonSerializer(z.array(cell));
    const value = [
      { options: null, self: { note: null, version: 2, secret: 'x' }, code: 'I.1' },
      { code: 'I.2', self: null, options: ['Tốt', 'Khá'] },
    ];
    const text = write(value);
    expect(text).toBe(JSON.stringify(z.array(cell).parse(value)));
    expect(text).not.toContain('secret');
  });

  it('refuses, under tests, a value that leaves the schema instead of writing it', () => {
    const write = fastJsonSerializer(cell);
    expect(() => write({ code: 'I.1', self: { version: 1.5, note: null }, options: null })).toThrow();
  });

  it('compiles the scoring sheet without the anyOf branches it would try value by value', () => {
    expect(JSON.stringify(fastJsonSchemaOf(sheetView))).not.toContain('anyOf');
  });
});
