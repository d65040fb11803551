/**
 * The decimal's shortcuts (issue #15, the engine's memory): a JSON number with one or two decimals
 * is read without building its text, and a result number is made without printing the decimal.
 * Both must give exactly what the text path gives, for every double.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal, toJsonNumber } from '../src/model/decimal';

/** The text path: the decimal the author of the JSON file wrote (the shortest round-trip text). */
const fromText = (x: number): Decimal => new Decimal(String(x));
const same = (a: Decimal, b: Decimal): boolean => a.m === b.m && a.s === b.s;

/** Figures as files carry them: whole, tenths and hundredths, small and near the 1e12 edge. */
const figure = fc
  .tuple(
    fc.oneof(fc.integer({ min: -100000, max: 100000 }), fc.maxSafeInteger(), fc.integer()),
    fc.constantFrom(1, 10, 100, 1000),
  )
  .map(([k, d]) => k / d);

describe('Decimal from a JS number', () => {
  it('equals the decimal of the number’s text, for any double', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        expect(same(new Decimal(x), fromText(x))).toBe(true);
      }),
      { numRuns: 20000 },
    );
  });

  it('equals the decimal of the number’s text, for figures with up to three decimals', () => {
    fc.assert(
      fc.property(figure, (x) => {
        expect(same(new Decimal(x), fromText(x))).toBe(true);
      }),
      { numRuns: 20000 },
    );
  });

  it('keeps the decimals a double cannot hold exactly (0.07, 0.1 + 0.2, 1e-7, 999999999999.99)', () => {
    for (const x of [0.07, 0.1 + 0.2, 1e-7, 999999999999.99, 1e12 + 0.5, -0.05, 262.3, 0.005]) {
      expect(new Decimal(x).toFixed()).toBe(fromText(x).toFixed());
    }
    expect(new Decimal(0.1 + 0.2).toFixed()).toBe('0.30000000000000004');
    expect(new Decimal(0.07).s).toBe(2);
  });
});

describe('toJsonNumber', () => {
  it('is the number the decimal’s text reads as, for any mantissa and scale', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }),
          fc.bigInt({ min: -100000n, max: 100000n }),
        ),
        fc.integer({ min: 0, max: 25 }),
        (m, s) => {
          const d = Decimal.of(m, s);
          const expected = Number(d.toFixed());
          expect(toJsonNumber(d)).toBe(Object.is(expected, -0) ? 0 : expected);
        },
      ),
      { numRuns: 20000 },
    );
  });
});
