import { z } from 'zod';
import { text } from '../../http/schemas';
import { pageQuery } from '../../http/pagination';

export const councilParams = z.object({ councilId: z.uuid() });

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

export const auditListQuery = orderedDates(filters.extend(pageQuery.shape));
export const auditExportQuery = orderedDates(filters);
/** For system administrators: the whole installation, optionally one council. */
export const systemAuditListQuery = orderedDates(
  filters.extend(pageQuery.shape).extend({ councilId: z.uuid().optional() }),
);
export const systemAuditExportQuery = orderedDates(filters.extend({ councilId: z.uuid().optional() }));

export type AuditFilters = z.infer<typeof filters> & { councilId?: string | undefined };

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
  changes: z
    .array(
      z.object({
        field: z.string(),
        label: z.string(),
        old: z.string().optional(),
        new: z.string().optional(),
      }),
    )
    .optional(),
});

export type AuditEventView = z.infer<typeof auditEventView>;

const label = z.object({ code: z.string(), label: z.string() });
export const auditLabelsView = z.object({ entityTypes: z.array(label), actions: z.array(label) });
