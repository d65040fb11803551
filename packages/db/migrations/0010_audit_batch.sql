-- Changes made together (a reviewer accepting many proposed values at once) share one batch id, so the
-- audit log keeps one event per cell and still says which events were one decision.
ALTER TABLE "audit_log" ADD COLUMN "batch_id" uuid;--> statement-breakpoint
CREATE INDEX "audit_log_batch_idx" ON "audit_log" USING btree ("batch_id") WHERE "batch_id" IS NOT NULL;
