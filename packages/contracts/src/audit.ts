import { z } from 'zod';
import { pageOf, pageQuery, text } from './primitives';
export { councilParams } from './primitives';

// The audit log (SPEC: every write is audited): the filters its list and CSV export take, and the events
// and labels they answer; what the server's routes declare, the web's log viewer reads.

/** The filters of the audit log, shared by the list and the CSV export. */
const filters = z.object({
  entityType: text(60).optional(),
  entityId: text(200).optional(),
  /** Who did it, by user id… */
  actorUserId: z.uuid().optional(),
  /** …or by part of their username or name. */
  actor: text(100).optional(),
  action: text(60).optional(),
  /** First and last day (Vietnam time), inclusive. */
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  /** Text in the reason. */
  q: text(200).optional(),
  /** The events of one decision over many rows (a review accepting many cells at once). */
  batchId: z.uuid().optional(),
});

/** `to` before `from` is a mistake worth saying, not an empty page. */
function orderedDates<T extends z.ZodType<{ from?: string | undefined; to?: string | undefined }>>(
  schema: T,
) {
  return schema.refine((f) => !f.from || !f.to || f.from <= f.to, {
    path: ['to'],
    message: 'phải là ngày từ "from" trở đi',
  });
}

/**
 * Keyset paging: `beforeId` (the `nextBeforeId` of the page before) lists the events older than it, so
 * a deep page costs what the first one does; without it `page` pages by offset as before.
 */
const keyset = z.object({
  beforeId: z.coerce
    .number()
    .int()
    .min(1)
    .max(Number.MAX_SAFE_INTEGER)
    .optional()
    .describe(
      'Trang tiếp theo: các sự kiện cũ hơn sự kiện có mã này (nextBeforeId của trang trước); khi có thì không dùng page',
    ),
});

export const auditListQuery = orderedDates(filters.extend(pageQuery.shape).extend(keyset.shape));
export const auditExportQuery = orderedDates(filters);
/** For system administrators: the whole installation, optionally one council. */
export const systemAuditListQuery = orderedDates(
  filters.extend(pageQuery.shape).extend(keyset.shape).extend({ councilId: z.uuid().optional() }),
);
export const systemAuditExportQuery = orderedDates(filters.extend({ councilId: z.uuid().optional() }));

export type AuditFilters = z.infer<typeof filters> & { councilId?: string | undefined };

/**
 * A field an event changed, by its Vietnamese name, with the old and new values as a reader says them
 * (the vocabulary's `describeChanges`); no old value for a creation, no new one for a removal.
 */
export const auditChangeView = z.object({
  field: z.string(),
  label: z.string(),
  old: z.string().optional(),
  new: z.string().optional(),
});
export type AuditChangeView = z.infer<typeof auditChangeView>;

export const auditEventView = z.object({
  id: z.number().int(),
  at: z.string(),
  actor: z.object({ id: z.string(), username: z.string(), displayName: z.string() }).nullable(),
  councilId: z.string().nullable(),
  entityType: z.string(),
  entityTypeLabel: z.string(),
  entityId: z.string(),
  action: z.string(),
  actionLabel: z.string(),
  old: z.unknown(),
  new: z.unknown(),
  reason: z.string().nullable(),
  /** Shared by the events of one decision over many rows; null for a single change. */
  batchId: z.string().nullable(),
  /**
   * The log's list only: the fields the event changed, each by its Vietnamese name, with the old and new
   * values as a reader says them (names for ids and codes, dd/mm/yyyy, 82,4): the CSV export's words.
   */
  changes: z.array(auditChangeView).optional(),
});
export type AuditEventView = z.infer<typeof auditEventView>;

/** A page of the log's search, with the cursor of the next page. */
export const auditPageView = pageOf(auditEventView).extend({
  nextBeforeId: z
    .number()
    .int()
    .nullable()
    .describe('Mã sự kiện cuối của trang này khi còn trang sau (truyền vào beforeId), null khi hết'),
  totalApproximate: z
    .boolean()
    .describe(
      'true khi có hơn 10.000 sự kiện khớp: total khi đó là số ước lượng của PostgreSQL (màn hình ghi "khoảng"), không đếm chính xác',
    ),
});
export type AuditPageView = z.infer<typeof auditPageView>;

const label = z.object({ code: z.string(), label: z.string() });
export const auditLabelsView = z.object({ entityTypes: z.array(label), actions: z.array(label) });
export type AuditLabelsView = z.infer<typeof auditLabelsView>;
