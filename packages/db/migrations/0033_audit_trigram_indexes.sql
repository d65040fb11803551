-- The audit log's search by text (issue #15): the reason's words (`q`) and who did it (`actor`, matched
-- against users' usernames and display names) are substrings (`ilike '%…%'`), which a btree cannot
-- serve; pg_trgm's GIN trigram indexes can. pg_trgm is a trusted extension (the database's owner may
-- create it); PGlite loads its module when it opens (src/connect.ts). The extension is created first,
-- outside the migrator's transaction, with the indexes on a large table then built by
-- `CREATE INDEX CONCURRENTLY` (src/concurrent-indexes.ts), so writes go on meanwhile; the statements
-- below then find them and do nothing. On a new or small database (and on PGlite) they do the work here.
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "audit_log_reason_trgm_idx" ON "audit_log" USING gin ("reason" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "users_username_trgm_idx" ON "users" USING gin ("username" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "users_display_name_trgm_idx" ON "users" USING gin ("display_name" gin_trgm_ops);
