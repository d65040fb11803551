// The shapes of the audit API, as the log's viewer reads them: the contract the server's routes declare.
import type {
  AuditChangeView,
  AuditEventView,
  AuditFilters as Filters,
  AuditPageView,
} from '@thidua/contracts/audit';

export type { AuditLabelsView as AuditLabels } from '@thidua/contracts/audit';

/** A field an event changed, in Vietnamese, with names for ids and codes (the server says them). */
export type Change = AuditChangeView;

/** An event of the log's list, which always says the fields it changed. */
export type AuditEvent = AuditEventView & Required<Pick<AuditEventView, 'changes'>>;

/** A page of the log's search; above 10,000 matching events `total` is an estimate. */
export type AuditPage = Omit<AuditPageView, 'items'> & { items: AuditEvent[] };

/** The filters of the list and of the CSV export this screen offers (the server's names). */
export type AuditFilters = Pick<
  Filters,
  'actor' | 'entityType' | 'entityId' | 'action' | 'from' | 'to' | 'q'
>;
