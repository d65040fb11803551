-- A council's own PKCS#12 certificate that signs its PDFs (issue #12 §4): sealed (AES-256-GCM under the
-- server's key), with what may be shown of it (holder, fingerprint, validity). One row per council.
CREATE TABLE "council_signing_certificates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"council_id" uuid NOT NULL,
	"sealed_p12" text NOT NULL,
	"holder" text NOT NULL,
	"fingerprint" text NOT NULL,
	"valid_from" timestamp with time zone NOT NULL,
	"valid_to" timestamp with time zone NOT NULL,
	"uploaded_by" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "council_signing_certificates_council_key" UNIQUE("council_id")
);
--> statement-breakpoint
ALTER TABLE "council_signing_certificates" ADD CONSTRAINT "council_signing_certificates_council_id_councils_id_fk" FOREIGN KEY ("council_id") REFERENCES "public"."councils"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "council_signing_certificates" ADD CONSTRAINT "council_signing_certificates_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;
