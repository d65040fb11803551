import { Decimal, formatNumber } from '@thidua/engine';
import type { DocumentDate } from './model';

/**
 * Day and month as Nghị định 30/2020 writes them: a leading zero for days below 10 and for months 1 and 2
 * (`ngày 05 tháng 02`, `ngày 15 tháng 3`), so nobody can add a digit in front later.
 */
export function formatDocumentDay(day: number): string {
  return day < 10 ? `0${day}` : String(day);
}

export function formatDocumentMonth(month: number): string {
  return month <= 2 ? `0${month}` : String(month);
}

/** The place and date line: `Ba Đình, ngày 05 tháng 02 năm 2024`; a null date leaves blanks to fill in. */
export function formatPlaceDate(place: string, date: DocumentDate | null, draftYear?: number): string {
  if (date === null) {
    const year = draftYear === undefined ? '      ' : String(draftYear);
    return `${place}, ngày      tháng      năm ${year}`;
  }
  return `${place}, ngày ${formatDocumentDay(date.day)} tháng ${formatDocumentMonth(date.month)} năm ${date.year}`;
}

/** `Số: 12/BB-CTĐ`; a draft without its number keeps the blank for the clerk. */
export function formatReference(reference: { number?: string | undefined; symbol: string }): string {
  const number = reference.number?.trim() ? reference.number.trim() : '      ';
  return `Số: ${number}/${reference.symbol}`;
}

/**
 * A number the Vietnamese way (`996,4`, `1.000`), exactly (no binary floating point): the engine's own
 * formatter, so a document and the screens print the same digits.
 */
export function formatDecimal(value: Decimal | number | string | null | undefined, maxDecimals = 2): string {
  if (value === null || value === undefined || value === '') return '';
  return formatNumber(value instanceof Decimal ? value : new Decimal(value), maxDecimals);
}

/** `dd/mm/yyyy` of an ISO date (`2026-02-05`) or a DocumentDate. */
export function formatShortDate(value: string | DocumentDate | null | undefined): string {
  if (value === null || value === undefined || value === '') return '';
  const d = typeof value === 'string' ? parseIsoDate(value) : value;
  if (!d) return typeof value === 'string' ? value : '';
  return `${String(d.day).padStart(2, '0')}/${String(d.month).padStart(2, '0')}/${d.year}`;
}

/** The calendar day of `YYYY-MM-DD…` (the date part only; no time zone arithmetic). */
export function parseIsoDate(text: string): DocumentDate | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (!m) return null;
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

/** The local calendar day of an instant in Việt Nam (UTC+7, no daylight saving). */
export function vietnamDay(instant: Date): DocumentDate {
  const shifted = new Date(instant.getTime() + 7 * 3600_000);
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
}

/**
 * A file name for Content-Disposition: the Vietnamese title kept (filename*=UTF-8''…), and an ASCII
 * fallback without diacritics for old clients.
 */
export function asciiFileName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
}
