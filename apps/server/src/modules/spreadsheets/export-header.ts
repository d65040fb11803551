import type { Database, Transaction } from '@thidua/db';
import { type ExportHeader, type TableSheet, writeTables } from '@thidua/spreadsheets';
import { vietnamDateTime } from '../audit/csv';
import { loadLetterhead } from '../documents/letterhead';
import type { PreparedSpreadsheet } from './deliver';

/** The council as the issuer on every export's first row, and as the file's author. */
export async function exportHeader(tx: Database | Transaction, councilId: string): Promise<ExportHeader> {
  const letterhead = await loadLetterhead(tx, councilId);
  return { issuer: letterhead.issuingBody, creator: letterhead.issuingBody };
}

/** The subtitle line saying when the data was read, on Vietnam's clock. */
export const dataReadAt = (): string => `Số liệu lúc ${vietnamDateTime(new Date())} (giờ Việt Nam)`;

/** Writes the sheets under the council's header: the workbook, with what the audit log keeps about it. */
export async function tablesWorkbook(
  db: Database | Transaction,
  sheets: TableSheet[],
  about: Omit<PreparedSpreadsheet, 'bytes'>,
): Promise<PreparedSpreadsheet> {
  return { ...about, bytes: await writeTables(await exportHeader(db, about.councilId), sheets) };
}

const VIETNAM_OFFSET_MS = 7 * 3600_000;

/**
 * An instant as a spreadsheet date-time showing Vietnam's wall clock: spreadsheets have no time zones,
 * so the cell holds the local time (UTC+7, no daylight saving).
 */
export function vietnamWallClock(instant: Date): Date {
  return new Date(instant.getTime() + VIETNAM_OFFSET_MS);
}
