import dayjs, { type Dayjs } from 'dayjs';
import 'dayjs/locale/vi';

dayjs.locale('vi');

/** Vietnamese number format: a comma before the decimals, a dot between thousands. */
const DECIMAL_MARK = ',';
const GROUP_MARK = '.';
const VI_NUMBER = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });

/**
 * A score as offices write it: `996,4`, `1.000`, `-5,25`. Scores reach the browser already rounded by
 * the engine (at most two decimals); this only changes how they are written, never their value: the
 * digits are taken from the number's shortest text, with no floating-point arithmetic. A string is read
 * as the API sends decimals (`"996.40"`). Trailing zeros after the comma are dropped (`996,4`).
 */
export function formatScore(value: number | string | null | undefined): string {
  if (value === null || value === undefined || value === '') return '';
  const text = typeof value === 'number' ? numberText(value) : value.trim();
  const match = /^([+-]?)(\d+)(?:\.(\d+))?$/.exec(text);
  if (!match) return text;
  const [, sign = '', whole = '0', fraction = ''] = match;
  const decimals = fraction.replace(/0+$/, '');
  const grouped = whole.replace(/^0+(?=\d)/, '').replace(/\B(?=(\d{3})+(?!\d))/g, GROUP_MARK);
  const negative = sign === '-' && /[1-9]/.test(whole + decimals);
  return `${negative ? '-' : ''}${grouped}${decimals ? DECIMAL_MARK + decimals : ''}`;
}

/** Scores never need exponents; a number that would print with one is written by Intl instead. */
function numberText(value: number): string {
  const text = String(value);
  return /e/i.test(text) || !Number.isFinite(value) ? VI_NUMBER.format(value) : text;
}

type DateInput = string | Date | Dayjs | null | undefined;

/**
 * A date as `dd/mm/yyyy`. A bare `YYYY-MM-DD` (a deadline, a signing date) is a local calendar date and
 * is shown as written, whatever the browser's time zone.
 */
export function formatDate(value: DateInput): string {
  const parsed = toDayjs(value);
  return parsed ? parsed.format('DD/MM/YYYY') : '';
}

/** A moment as `dd/mm/yyyy HH:mm` in the browser's time zone (an audit entry, a sign-in). */
export function formatDateTime(value: DateInput): string {
  const parsed = toDayjs(value);
  return parsed ? parsed.format('DD/MM/YYYY HH:mm') : '';
}

function toDayjs(value: DateInput): Dayjs | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const [year, month, day] = value.split('-').map(Number) as [number, number, number];
    return dayjs(new Date(year, month - 1, day));
  }
  const parsed = dayjs(value);
  return parsed.isValid() ? parsed : null;
}
