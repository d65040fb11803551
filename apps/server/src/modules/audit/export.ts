import type { Database } from '@thidua/db';
import type { SQL } from 'drizzle-orm';
import { BOM, csvCell, csvRecord, vietnamDateTime } from './csv';
import { actionLabel, entityTypeLabel } from './labels';
import { type AuditRow, selectEvents } from './query';

/** The columns of the export, in the order SPEC §13's readers expect. */
export const AUDIT_CSV_HEADER = [
  'Thời điểm',
  'Người thực hiện',
  'Đối tượng',
  'Mã',
  'Thao tác',
  'Giá trị cũ',
  'Giá trị mới',
  'Lý do',
] as const;

const BATCH = 1000;

const json = (value: unknown) => (value === null || value === undefined ? '' : JSON.stringify(value));

/** One event as a CSV record. */
export function auditCsvRecord({ event, actor }: AuditRow): string {
  return csvRecord([
    csvCell(vietnamDateTime(event.at)),
    csvCell(actor ? `${actor.displayName} (${actor.username})` : 'Hệ thống'),
    csvCell(entityTypeLabel(event.entityType)),
    csvCell(event.entityId),
    csvCell(actionLabel(event.action)),
    csvCell(json(event.old), { text: false }),
    csvCell(json(event.new), { text: false }),
    csvCell(event.reason),
  ]);
}

/**
 * The filtered log as CSV, newest first, produced batch by batch (keyset on the id) so a large council's
 * log is streamed rather than held in memory. Events written during the export are newer than the first
 * batch and are left out, so the file is a consistent prefix of the log.
 */
export async function* auditCsv(db: Database, where: SQL | undefined): AsyncGenerator<string> {
  yield BOM + csvRecord(AUDIT_CSV_HEADER.map((h) => csvCell(h)));
  let beforeId: number | undefined;
  for (;;) {
    const rows = await selectEvents(db, where, {
      limit: BATCH,
      ...(beforeId === undefined ? {} : { beforeId }),
    });
    if (rows.length > 0) yield rows.map(auditCsvRecord).join('');
    if (rows.length < BATCH) return;
    beforeId = rows[rows.length - 1]!.event.id;
  }
}

/** `nhat-ky-thay-doi-20240205.csv` (Vietnam date). */
export function exportFileName(now: Date): string {
  const [day, month, rest] = vietnamDateTime(now).split('/');
  return `nhat-ky-thay-doi-${rest!.slice(0, 4)}${month}${day}.csv`;
}
