-- Per-unit reports of an emulation movement (issue #14 §1; SPEC §11; the seeds' 6- and 9-month reports
-- due 10/6 and 10/9): each taking part unit owes one report per due date of its movement. A report is
-- submitted (and may be replaced until accepted), then accepted or returned with a reason by the
-- standing office. The optional file is stored by content hash like evidence.
CREATE TYPE "public"."movement_report_status" AS ENUM('submitted', 'accepted', 'returned');--> statement-breakpoint
ALTER TABLE "movements" ADD COLUMN "participant_unit_ids" uuid[];--> statement-breakpoint
CREATE TABLE "movement_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"movement_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"due_on" date NOT NULL,
	"summary" text NOT NULL,
	"status" "movement_report_status" DEFAULT 'submitted' NOT NULL,
	"submitted_at" timestamp with time zone NOT NULL,
	"submitted_by" uuid,
	"reviewed_at" timestamp with time zone,
	"reviewed_by" uuid,
	"return_reason" text,
	"file_name" text,
	"file_sha256" text,
	"file_size_bytes" integer,
	"file_mime_type" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "movement_reports_movement_unit_due_key" UNIQUE("movement_id","unit_id","due_on"),
	CONSTRAINT "movement_reports_returned_check" CHECK ("movement_reports"."status" <> 'returned' or "movement_reports"."return_reason" is not null),
	CONSTRAINT "movement_reports_file_check" CHECK (("movement_reports"."file_sha256" is null) = ("movement_reports"."file_name" is null))
);
--> statement-breakpoint
ALTER TABLE "movement_reports" ADD CONSTRAINT "movement_reports_movement_id_movements_id_fk" FOREIGN KEY ("movement_id") REFERENCES "public"."movements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "movement_reports" ADD CONSTRAINT "movement_reports_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "movement_reports" ADD CONSTRAINT "movement_reports_submitted_by_users_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "movement_reports" ADD CONSTRAINT "movement_reports_reviewed_by_users_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "movement_reports_movement_id_idx" ON "movement_reports" USING btree ("movement_id");--> statement-breakpoint
CREATE INDEX "movement_reports_unit_id_idx" ON "movement_reports" USING btree ("unit_id");
