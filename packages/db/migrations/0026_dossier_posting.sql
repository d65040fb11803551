-- Public posting of a dossier batch (issue #14 §2; Nghị định 152/2025/NĐ-CP Art. 44): the period and the
-- place of the posting on the batch, and the comments received during it with the standing office's answer.
ALTER TABLE "dossier_batches" ADD COLUMN "posting_starts_on" date;
--> statement-breakpoint
ALTER TABLE "dossier_batches" ADD COLUMN "posting_ends_on" date;
--> statement-breakpoint
ALTER TABLE "dossier_batches" ADD COLUMN "posting_place" text;
--> statement-breakpoint
ALTER TABLE "dossier_batches" ADD CONSTRAINT "dossier_batches_posting_check" CHECK (("dossier_batches"."posting_starts_on" is null) = ("dossier_batches"."posting_ends_on" is null) and ("dossier_batches"."posting_starts_on" is null) = ("dossier_batches"."posting_place" is null) and ("dossier_batches"."posting_starts_on" is null or "dossier_batches"."posting_starts_on" <= "dossier_batches"."posting_ends_on"));
--> statement-breakpoint
CREATE TABLE "dossier_posting_comments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"batch_id" uuid NOT NULL,
	"received_on" date NOT NULL,
	"sender" text,
	"content" text NOT NULL,
	"response" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "dossier_posting_comments" ADD CONSTRAINT "dossier_posting_comments_batch_id_dossier_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."dossier_batches"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
CREATE INDEX "dossier_posting_comments_batch_id_idx" ON "dossier_posting_comments" USING btree ("batch_id");
