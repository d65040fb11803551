-- The audit log's search (issue #15): newest first within a council, filtered by entity type or by who
-- did it, paged by keyset (id < the last id seen). On a large table these are built first by
-- `CREATE INDEX CONCURRENTLY` outside the migration's transaction (src/concurrent-indexes.ts), so writes
-- go on meanwhile; the statements below then find them and do nothing. On a new or small database (and
-- on PGlite) they build the indexes here.
CREATE INDEX IF NOT EXISTS "audit_log_council_id_idx" ON "audit_log" USING btree ("council_id","id");--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "audit_log_council_entity_type_idx" ON "audit_log" USING btree ("council_id","entity_type","id");--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "audit_log_council_actor_idx" ON "audit_log" USING btree ("council_id","actor_user_id","id");
