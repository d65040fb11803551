/**
 * SQLSTATE codes the server maps to its error catalogue. `TD…` are raised by thidua's own triggers
 * (migrations 0001 and 0002); the others are PostgreSQL's.
 */
export const DB_ERROR_CODES = {
  uniqueViolation: '23505',
  foreignKeyViolation: '23503',
  checkViolation: '23514',
  notNullViolation: '23502',
  auditLogAppendOnly: 'TD001',
  issuedCriteriaLocked: 'TD002',
} as const;

export type DbErrorCode = (typeof DB_ERROR_CODES)[keyof typeof DB_ERROR_CODES];

/**
 * The SQLSTATE of a database error, or undefined. Drizzle wraps driver errors (its `cause` is the
 * pg or PGlite error), so the cause chain is walked.
 */
export function sqlStateOf(error: unknown): string | undefined {
  for (let e: unknown = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
  }
  return undefined;
}

/** The constraint a violation names (e.g. `entries_version_unit_criterion_stage_key`), if any. */
export function constraintOf(error: unknown): string | undefined {
  for (let e: unknown = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    const constraint = (e as { constraint?: unknown }).constraint;
    if (typeof constraint === 'string') return constraint;
  }
  return undefined;
}
