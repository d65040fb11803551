-- The council's year in the browser (issue #14, #11 §2).
-- A proposal the standing office returns to its cluster with a reason (the cluster may propose it again).
ALTER TYPE "proposal_status" ADD VALUE IF NOT EXISTS 'returned';--> statement-breakpoint
-- Proposals made while the unit's figures or facts were not all in: the standing office's confirmation.
ALTER TABLE "award_proposals" ADD COLUMN "incomplete_confirmation" text;
--> statement-breakpoint
-- The files of an award dossier (Luật Thi đua, Khen thưởng 2022 Art. 84; Nghị định 152/2025/NĐ-CP, Mẫu
-- số 01 and the achievement reports): each is one kind of component; `generated_by` names the product's
-- generator when the file was attached automatically rather than uploaded.
CREATE TABLE "dossier_components" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"dossier_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"original_name" text NOT NULL,
	"sha256" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"mime_type" text NOT NULL,
	"generated_by" text,
	"uploaded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "dossier_components_kind_check" CHECK ("dossier_components"."kind" in ('toTrinh', 'baoCaoThanhTich', 'bienBan', 'danhSachTrichNgang', 'minhChung')),
	CONSTRAINT "dossier_components_dossier_sha256_key" UNIQUE("dossier_id","sha256")
);
--> statement-breakpoint
ALTER TABLE "dossier_components" ADD CONSTRAINT "dossier_components_dossier_id_dossiers_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossiers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_components" ADD CONSTRAINT "dossier_components_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "dossier_components_dossier_id_idx" ON "dossier_components" USING btree ("dossier_id");
