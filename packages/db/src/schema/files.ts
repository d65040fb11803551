import { sql } from 'drizzle-orm';
import { bigint, check, customType, pgTable, text } from 'drizzle-orm/pg-core';
import { createdAt } from './columns';

/** A `bytea` column read and written as a Node Buffer. */
const bytes = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value)),
});

/**
 * The shared file store (migration 0032, `THIDUA_FILE_STORE=database`): the bytes of every uploaded or
 * generated file (evidence, a dossier's components, movement reports) by their SHA-256, so every server
 * process on the database reads what any of them stored. Rows are only ever added: a file's bytes are
 * never changed (its name is its hash) and the rows pointing at them keep their history.
 */
export const storedFiles = pgTable(
  'stored_files',
  {
    sha256: text('sha256').primaryKey(),
    sizeBytes: bigint('size_bytes', { mode: 'number' }).notNull(),
    bytes: bytes('bytes').notNull(),
    createdAt: createdAt(),
  },
  (t) => [check('stored_files_sha256_check', sql`${t.sha256} ~ '^[0-9a-f]{64}$'`)],
);
