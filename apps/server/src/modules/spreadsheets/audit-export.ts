import type { Database } from '@thidua/db';
import { type TableSheet, type TableValue, writeTables } from '@thidua/spreadsheets';
import { describeChanges } from '@thidua/vocabulary';
import { vietnamDateTime } from '../audit/csv';
import { AUDIT_CSV_HEADER, exportFileName, loadResolvers } from '../audit/export';
import { actionLabel, entityTypeLabel } from '../audit/labels';
import { auditWhere, selectEvents } from '../audit/query';
import type { AuditFilters } from '../audit/schema';
import type { PreparedSpreadsheet } from './deliver';
import { exportHeader, vietnamWallClock } from './export-header';

const BATCH = 1000;

/**
 * The rows read before the workbook is written: a query to the embedded PGlite awaited from inside the
 * streaming writer's loop never settled (seen on the demo council), so the log is read first, batch by
 * batch, and only then written.
 */
async function collect<T>(rows: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const row of rows) out.push(row);
  return out;
}

/**
 * The filtered audit log as .xlsx, with the CSV's columns (one row per changed field, names instead of
 * ids, values said the way the screen says them) plus the batch id, newest first, read batch by batch.
 */
export async function prepareAuditWorkbook(
  db: Database,
  filters: AuditFilters & { councilId: string },
): Promise<PreparedSpreadsheet> {
  const names = await loadResolvers(db, filters.councilId);
  const where = auditWhere(filters);
  async function* rows(): AsyncGenerator<TableValue[]> {
    let beforeId: number | undefined;
    for (;;) {
      const batch = await selectEvents(db, where, {
        limit: BATCH,
        ...(beforeId === undefined ? {} : { beforeId }),
      });
      for (const { event, actor } of batch) {
        const head: TableValue[] = [
          vietnamWallClock(event.at),
          actor ? `${actor.displayName} (${actor.username})` : 'Hệ thống',
          entityTypeLabel(event.entityType),
          event.entityId,
          actionLabel(event.action),
        ];
        const changes = describeChanges(event.old, event.new, names);
        for (const change of changes.length > 0 ? changes : [{ label: '', old: undefined, new: undefined }]) {
          yield [...head, change.label, change.old ?? null, change.new ?? null, event.reason, event.batchId];
        }
      }
      if (batch.length < BATCH) return;
      beforeId = batch[batch.length - 1]!.event.id;
    }
  }
  const sheet: TableSheet = {
    name: 'Nhật ký thay đổi',
    title: 'Nhật ký thay đổi',
    subtitle: [`Xuất lúc ${vietnamDateTime(new Date())} (giờ Việt Nam); mới nhất trước`],
    columns: [
      { header: AUDIT_CSV_HEADER[0], kind: 'dateTime', width: 20 },
      { header: AUDIT_CSV_HEADER[1], kind: 'text', width: 26 },
      { header: AUDIT_CSV_HEADER[2], kind: 'text', width: 20 },
      { header: AUDIT_CSV_HEADER[3], kind: 'text', width: 14 },
      { header: AUDIT_CSV_HEADER[4], kind: 'text', width: 14 },
      { header: AUDIT_CSV_HEADER[5], kind: 'text', width: 22 },
      { header: AUDIT_CSV_HEADER[6], kind: 'text', width: 24 },
      { header: AUDIT_CSV_HEADER[7], kind: 'text', width: 24 },
      { header: AUDIT_CSV_HEADER[8], kind: 'text', width: 30 },
      { header: 'Mã đợt', kind: 'text', width: 14 },
    ],
    rows: await collect(rows()),
    landscape: true,
  };
  const bytes = await db.transaction(async (tx) =>
    writeTables(await exportHeader(tx, filters.councilId), [sheet]),
  );
  return {
    kind: 'audit',
    bytes,
    fileName: exportFileName(new Date()).replace(/\.csv$/, ''),
    councilId: filters.councilId,
    entityId: filters.councilId,
    source: { filters },
  };
}
