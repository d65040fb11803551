// The shapes of the audit API (apps/server/src/modules/audit), as the log's viewer reads them.
import type { Change } from './changes';

export interface AuditEvent {
  id: number;
  at: string;
  actor: { id: string; username: string; displayName: string } | null;
  councilId: string | null;
  entityType: string;
  entityTypeLabel: string;
  entityId: string;
  action: string;
  actionLabel: string;
  old: unknown;
  new: unknown;
  reason: string | null;
  /** The fields it changed, in Vietnamese, with names for ids and codes (the server says them). */
  changes: Change[];
}

export interface AuditLabels {
  entityTypes: { code: string; label: string }[];
  actions: { code: string; label: string }[];
}

/** The filters of the list and of the CSV export (the server's names). */
export interface AuditFilters {
  actor?: string;
  entityType?: string;
  entityId?: string;
  action?: string;
  from?: string;
  to?: string;
  q?: string;
}
