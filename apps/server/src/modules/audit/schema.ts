// The audit log's request and response schemas are the contract's (@thidua/contracts/audit).
export {
  auditEventView,
  type AuditEventView,
  auditExportQuery,
  type AuditFilters,
  auditLabelsView,
  auditListQuery,
  auditPageView,
  councilParams,
  systemAuditExportQuery,
  systemAuditListQuery,
} from '@thidua/contracts/audit';
