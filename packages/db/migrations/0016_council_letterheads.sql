-- A council's letterhead settings (issue #12): parent and issuing body, place name, symbols, signers and
-- recipients of its documents; the province's achievement-report form. One row per council.
CREATE TABLE "council_letterheads" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"council_id" uuid NOT NULL,
	"parent_body" text DEFAULT '' NOT NULL,
	"issuing_body" text NOT NULL,
	"place_name" text NOT NULL,
	"council_symbol" text NOT NULL,
	"standing_office" text NOT NULL,
	"standing_office_symbol" text NOT NULL,
	"signing_authority" text DEFAULT 'TM' NOT NULL,
	"chair_title" text NOT NULL,
	"chair_name" text DEFAULT '' NOT NULL,
	"deputy_title" text NOT NULL,
	"deputy_name" text DEFAULT '' NOT NULL,
	"delegate_title" text DEFAULT '' NOT NULL,
	"delegate_name" text DEFAULT '' NOT NULL,
	"recipients" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"provincial_report_form" jsonb,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "council_letterheads_council_key" UNIQUE("council_id"),
	CONSTRAINT "council_letterheads_signing_authority_check" CHECK ("council_letterheads"."signing_authority" in ('TM', 'KT', 'TL', 'TUQ'))
);
--> statement-breakpoint
ALTER TABLE "council_letterheads" ADD CONSTRAINT "council_letterheads_council_id_councils_id_fk" FOREIGN KEY ("council_id") REFERENCES "public"."councils"("id") ON DELETE no action ON UPDATE no action;
