-- More than one server process on one database (issue #15). The sign-in limits' counters, one row per
-- limit key and window, raised by one atomic upsert per attempt so every process counts the same hits
-- (old windows are pruned by the processes themselves); and the shared file store's bytes, by content
-- hash, when `THIDUA_FILE_STORE=database` (the local directory stays the default).
CREATE TABLE "rate_limit_windows" (
	"key" text PRIMARY KEY NOT NULL,
	"hits" integer NOT NULL,
	"window_ends_at" timestamp with time zone NOT NULL
);--> statement-breakpoint
CREATE INDEX "rate_limit_windows_window_ends_at_idx" ON "rate_limit_windows" USING btree ("window_ends_at");--> statement-breakpoint
CREATE TABLE "stored_files" (
	"sha256" text PRIMARY KEY NOT NULL,
	"size_bytes" bigint NOT NULL,
	"bytes" bytea NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "stored_files_sha256_check" CHECK ("stored_files"."sha256" ~ '^[0-9a-f]{64}$')
);
