/**
 * The engine's exact decimal: an arbitrary-size integer mantissa and a count of decimals
 * (value = m × 10^-s), on native BigInt. Sums, differences and products are exact; there is no
 * general division — quotients are kept as a {@link Ratio} and rounded by exact integer division
 * (see ratio.ts). It is used instead of decimal.js because scoring a large period does millions of
 * small operations and BigInt does them about ten times faster (ARCHITECTURE.md, "Decisions"); the
 * tests check it against an independent BigInt-fraction model. Method names follow decimal.js.
 */
export class Decimal {
  /** Mantissa. */
  readonly m: bigint;
  /** Scale: the number of decimals the mantissa carries (≥ 0). */
  readonly s: number;

  /** From a number or decimal text (`new Decimal(262.3)`), or a mantissa and scale (`new Decimal(2623n, 1)`). */
  constructor(value: number | string | bigint | Decimal, scale = 0) {
    if (value instanceof Decimal) {
      this.m = value.m;
      this.s = value.s;
    } else if (typeof value === 'bigint') {
      this.m = value;
      this.s = scale;
    } else if (typeof value === 'number' && Number.isSafeInteger(value)) {
      this.m = BigInt(value);
      this.s = 0;
    } else {
      const parsed =
        typeof value === 'number'
          ? (fewDecimals(value) ?? parseDecimal(numberText(value)))
          : parseDecimal(value);
      this.m = parsed.m;
      this.s = parsed.s;
    }
  }

  /** A decimal from a mantissa and a scale, without parsing. */
  static of(m: bigint, s: number): Decimal {
    return new Decimal(m, s);
  }

  plus(other: Decimal): Decimal {
    if (this.s === other.s) return Decimal.of(this.m + other.m, this.s);
    const s = Math.max(this.s, other.s);
    return Decimal.of(scaleTo(this, s) + scaleTo(other, s), s);
  }

  minus(other: Decimal): Decimal {
    return this.plus(other.negated());
  }

  times(other: Decimal | number): Decimal {
    const o = other instanceof Decimal ? other : new Decimal(other);
    return Decimal.of(this.m * o.m, this.s + o.s);
  }

  /** This value moved `places` decimal places (negative: divided by a power of ten), exactly. */
  shiftedBy(places: number): Decimal {
    return places >= 0 ? Decimal.of(this.m * pow10(places), this.s) : Decimal.of(this.m, this.s - places);
  }

  /** The integer part of this / other, truncated toward zero, exactly. */
  dividedToIntegerBy(other: Decimal): Decimal {
    const s = Math.max(this.s, other.s);
    return Decimal.of(scaleTo(this, s) / scaleTo(other, s), 0);
  }

  comparedTo(other: Decimal): number {
    const s = Math.max(this.s, other.s);
    const a = scaleTo(this, s);
    const b = scaleTo(other, s);
    return a < b ? -1 : a > b ? 1 : 0;
  }

  eq(other: Decimal | number): boolean {
    return this.comparedTo(other instanceof Decimal ? other : new Decimal(other)) === 0;
  }
  gt(other: Decimal | number): boolean {
    return this.comparedTo(other instanceof Decimal ? other : new Decimal(other)) > 0;
  }
  gte(other: Decimal | number): boolean {
    return this.comparedTo(other instanceof Decimal ? other : new Decimal(other)) >= 0;
  }
  lt(other: Decimal | number): boolean {
    return this.comparedTo(other instanceof Decimal ? other : new Decimal(other)) < 0;
  }
  lte(other: Decimal | number): boolean {
    return this.comparedTo(other instanceof Decimal ? other : new Decimal(other)) <= 0;
  }
  isZero(): boolean {
    return this.m === 0n;
  }
  isNegative(): boolean {
    return this.m < 0n;
  }
  negated(): Decimal {
    return Decimal.of(-this.m, this.s);
  }
  abs(): Decimal {
    return this.m < 0n ? this.negated() : this;
  }

  /** Decimals after the point once trailing zeros are dropped. */
  decimalPlaces(): number {
    if (this.s === 0 || this.m === 0n) return 0;
    let m = this.m < 0n ? -this.m : this.m;
    let s = this.s;
    while (s > 0 && m % 10n === 0n) {
      m /= 10n;
      s--;
    }
    return s;
  }

  /** Rounded to `places` decimals, half away from zero (decimal.js ROUND_HALF_UP). */
  toDecimalPlaces(places: number): Decimal {
    if (this.s <= places) return this;
    const divisor = pow10(this.s - places);
    const magnitude = this.m < 0n ? -this.m : this.m;
    const rounded = (magnitude * 2n + divisor) / (divisor * 2n);
    return Decimal.of(this.m < 0n ? -rounded : rounded, places);
  }

  /** Plain notation without trailing zeros (`996.4`, `-0.05`, `1000`). */
  toFixed(): string {
    const negative = this.m < 0n;
    let digits = (negative ? -this.m : this.m).toString();
    if (this.s === 0) return (negative ? '-' : '') + digits;
    digits = digits.padStart(this.s + 1, '0');
    const intPart = digits.slice(0, digits.length - this.s);
    const fraction = digits.slice(digits.length - this.s).replace(/0+$/, '');
    const text = fraction === '' ? intPart : `${intPart}.${fraction}`;
    return negative && text !== '0' ? '-' + text : text;
  }

  toString(): string {
    return this.toFixed();
  }
}

const POW10: bigint[] = Array.from({ length: 40 }, (_, i) => 10n ** BigInt(i));

export function pow10(n: number): bigint {
  return POW10[n] ?? 10n ** BigInt(n);
}

function scaleTo(d: Decimal, s: number): bigint {
  return d.s === s ? d.m : d.m * pow10(s - d.s);
}

const SHIFT = [1, 10, 100];

/**
 * k and 1 or 2 when `value` is the double nearest to k/10 or k/100 (k not a multiple of ten), so that
 * `String(value)` would print k with that many decimals (undefined otherwise: parse the text instead). Below
 * 1e12 two such doubles are more than 0.01 apart, so k is unique and no shorter text round-trips
 * (a shorter one would be an integer, which is exact in a double and so would be `value` itself).
 * Most scores and figures take this path and skip building and parsing a string.
 */
function fewDecimals(value: number): { m: bigint; s: number } | undefined {
  if (!(value > -1e12 && value < 1e12)) return undefined;
  for (let s = 1; s <= 2; s++) {
    const k = Math.round(value * SHIFT[s]!);
    if (k / SHIFT[s]! === value && k % 10 !== 0) return { m: BigInt(k), s };
  }
  return undefined;
}

/** The shortest text that round-trips a JS number, which is what the author of a JSON file wrote. */
function numberText(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`Decimal: ${value} is not a finite number`);
  return String(value);
}

const DECIMAL_TEXT = /^([+-])?(\d*)(?:\.(\d*))?(?:e([+-]?\d+))?$/i;

function parseDecimal(text: string): { m: bigint; s: number } {
  const dot = text.indexOf('.');
  if (dot > 0 && dot < text.length - 1 && /^-?\d+\.\d+$/.test(text)) {
    return { m: BigInt(text.slice(0, dot) + text.slice(dot + 1)), s: text.length - dot - 1 };
  }
  const match = DECIMAL_TEXT.exec(text.trim());
  if (!match || (match[2] === '' && (match[3] ?? '') === ''))
    throw new SyntaxError(`Decimal: "${text}" is not a decimal`);
  const [, sign, intPart = '', fraction = '', exponent = '0'] = match;
  let m = BigInt((intPart + fraction).replace(/^0+(?=\d)/, '') || '0');
  let s = fraction.length - Number(exponent);
  if (s < 0) {
    m *= pow10(-s);
    s = 0;
  }
  return { m: sign === '-' ? -m : m, s };
}

export const ZERO = new Decimal(0);
export const HUNDRED = new Decimal(100);

/** A JSON number as an exact decimal. */
export function dec(value: number | string | Decimal): Decimal {
  return new Decimal(value);
}

const SMALL_INTEGERS = Array.from({ length: 1001 }, (_, i) => Decimal.of(BigInt(i), 0));

/**
 * `dec` for values read from a ruleset again and again (standard points, band bounds): small
 * integers come from a table, so scoring thousands of units does not rebuild the same decimals.
 */
export function decCached(value: number): Decimal {
  return Number.isInteger(value) && value >= 0 && value <= 1000 ? SMALL_INTEGERS[value]! : new Decimal(value);
}

export function sum(values: readonly Decimal[]): Decimal {
  return values.reduce((acc, v) => acc.plus(v), ZERO);
}

export function minDec(a: Decimal, b: Decimal): Decimal {
  return a.lte(b) ? a : b;
}

export function maxDec(a: Decimal, b: Decimal): Decimal {
  return a.gte(b) ? a : b;
}

/** A decimal as a JSON number; the engine only emits values already rounded to two decimals. */
export function toJsonNumber(value: Decimal): number {
  // m / 10^s with both exact in a double is the correctly rounded quotient: the double nearest to
  // the decimal, which is what parsing its text gives. Otherwise parse the text.
  const n =
    value.m > -MAX_SAFE && value.m < MAX_SAFE && value.s <= 22
      ? Number(value.m) / 10 ** value.s
      : Number(value.toFixed());
  return Object.is(n, -0) ? 0 : n;
}

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);
