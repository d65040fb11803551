import type { Database, Transaction } from '@thidua/db';
import type { ExportHeader } from '@thidua/spreadsheets';
import { loadLetterhead } from '../documents/letterhead';

/** The council as the issuer on every export's first row, and as the file's author. */
export async function exportHeader(tx: Database | Transaction, councilId: string): Promise<ExportHeader> {
  const letterhead = await loadLetterhead(tx, councilId);
  return { issuer: letterhead.issuingBody, creator: letterhead.issuingBody };
}

const VIETNAM_OFFSET_MS = 7 * 3600_000;

/**
 * An instant as a spreadsheet date-time showing Vietnam's wall clock: spreadsheets have no time zones,
 * so the cell holds the local time (UTC+7, no daylight saving).
 */
export function vietnamWallClock(instant: Date): Date {
  return new Date(instant.getTime() + VIETNAM_OFFSET_MS);
}
