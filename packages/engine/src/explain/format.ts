import { Decimal } from '../model/decimal';

/**
 * Numbers the Vietnamese way: decimal comma, dot between thousands (`1.000`, `996,4`), at most
 * `maxDecimals` decimals (rounded half up). Used for messages and explanations; scores in the
 * result stay JSON numbers.
 */
export function formatNumber(value: Decimal | number, maxDecimals = 2): string {
  const d = (value instanceof Decimal ? value : new Decimal(value)).toDecimalPlaces(maxDecimals);
  const negative = d.m < 0n;
  const digits = (negative ? -d.m : d.m).toString().padStart(d.s + 1, '0');
  const intDigits = digits.slice(0, digits.length - d.s);
  let fraction = digits.slice(digits.length - d.s);
  let end = fraction.length;
  while (end > 0 && fraction.charCodeAt(end - 1) === 48) end--;
  fraction = fraction.slice(0, end);
  const grouped = intDigits.length > 3 ? groupThousands(intDigits) : intDigits;
  const sign = negative ? '−' : '';
  return sign + grouped + (fraction === '' ? '' : ',' + fraction);
}

function groupThousands(digits: string): string {
  let out = '';
  const head = digits.length % 3;
  if (head > 0) out = digits.slice(0, head);
  for (let i = head; i < digits.length; i += 3) out += (out === '' ? '' : '.') + digits.slice(i, i + 3);
  return out;
}

/** `≈ ` when a shown value was rounded for display, so an explanation never pretends to be exact. */
export function approxMark(exact: boolean): string {
  return exact ? '' : '≈ ';
}

/**
 * The same text, stored flat. V8 keeps a string built by concatenation (every template literal of an
 * explanation) as a tree of its pieces, about three times the memory of the text; reading a
 * character flattens the tree in place. Explanations are kept for every leaf of every unit.
 */
export function flat(text: string): string {
  return text.charCodeAt(0) >= 0 ? text : text;
}
