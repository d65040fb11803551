// @thidua/db: the schema, its row types, and the way to open the database.
export * from './schema';
export type * from './types';
export {
  DEFAULT_DATA_DIR,
  openDatabase,
  resolveDatabaseTarget,
  type Database,
  type DatabaseKind,
  type DatabaseTarget,
  type OpenDatabaseOptions,
  type OpenedDatabase,
  type PoolStats,
  type RowsQueryResultHKT,
  type RowsResult,
  type Schema,
  type Transaction,
} from './connect';
export { DB_ERROR_CODES, constraintOf, sqlStateOf, type DbErrorCode } from './errors';
export { migrationStatus, type MigrationStatus } from './migration-status';
