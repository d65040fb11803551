import { sql } from 'drizzle-orm';
import { bigint, index, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { users } from './auth';
import { instant } from './columns';
import { councils } from './organisation';

/**
 * Every change to criteria, entries, adjustments, facts, quotas, votes and awards (SPEC §13): who, when,
 * what, old and new value, why. Append-only: the code has no update or delete path, and a trigger
 * (migration 0001) refuses UPDATE, DELETE and TRUNCATE. The id is a sequence so rows read in write order.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    at: instant('at').notNull().defaultNow(),
    /** Null for changes made by the system itself (migrations, seed, recomputation). */
    actorUserId: uuid('actor_user_id').references(() => users.id),
    councilId: uuid('council_id').references(() => councils.id),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id').notNull(),
    action: text('action').notNull(),
    old: jsonb('old'),
    new: jsonb('new'),
    reason: text('reason'),
    /** Events of one decision over many rows (a review accepting many proposed values) share it. */
    batchId: uuid('batch_id'),
  },
  (t) => [
    index('audit_log_council_at_idx').on(t.councilId, t.at),
    index('audit_log_entity_idx').on(t.entityType, t.entityId),
    // The log's search: newest first in a council, by entity type or by actor (migration 0031).
    index('audit_log_council_id_idx').on(t.councilId, t.id),
    index('audit_log_council_entity_type_idx').on(t.councilId, t.entityType, t.id),
    index('audit_log_council_actor_idx').on(t.councilId, t.actorUserId, t.id),
    // The search's words in the reason (`ilike '%…%'`), by pg_trgm's trigrams (migration 0033).
    index('audit_log_reason_trgm_idx').using('gin', t.reason.op('gin_trgm_ops')),
    index('audit_log_batch_idx')
      .on(t.batchId)
      .where(sql`${t.batchId} is not null`),
  ],
);
