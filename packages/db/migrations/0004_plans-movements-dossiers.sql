CREATE TYPE "public"."appraisal_outcome" AS ENUM('pending', 'approved', 'returned');--> statement-breakpoint
CREATE TYPE "public"."deadline_kind" AS ENUM('date', 'month', 'recurring');--> statement-breakpoint
CREATE TYPE "public"."dossier_kind" AS ENUM('chienSiThiDuaCoSo', 'chienSiThiDuaTinh', 'chienSiThiDuaToanQuoc', 'laoDongTienTien', 'tapTheLaoDongTienTien', 'tapTheLaoDongXuatSac', 'coThiDua', 'giayKhen', 'bangKhen', 'huanChuong', 'kyNiemChuong', 'sangKien', 'nguoiTotViecTot', 'congDanThuDoUuTu', 'other');--> statement-breakpoint
CREATE TYPE "public"."dossier_level" AS ENUM('local', 'provincial', 'national');--> statement-breakpoint
CREATE TYPE "public"."dossier_subject" AS ENUM('collective', 'individual');--> statement-breakpoint
CREATE TYPE "public"."movement_status" AS ENUM('planned', 'active', 'closed');--> statement-breakpoint
CREATE TYPE "public"."task_recurrence" AS ENUM('continuous', 'monthly', 'quarterly', 'higherSchedule');--> statement-breakpoint
CREATE TYPE "public"."task_status" AS ENUM('notStarted', 'inProgress', 'done', 'late', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."work_plan_status" AS ENUM('draft', 'issued');--> statement-breakpoint
CREATE TABLE "dossier_batches" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"council_id" uuid NOT NULL,
	"period_id" uuid NOT NULL,
	"movement_id" uuid,
	"name" text NOT NULL,
	"submission_due_on" date,
	"appraisal_due_on" date,
	"note" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "dossier_batches_dates_check" CHECK ("dossier_batches"."submission_due_on" is null or "dossier_batches"."appraisal_due_on" is null or "dossier_batches"."submission_due_on" <= "dossier_batches"."appraisal_due_on")
);
--> statement-breakpoint
CREATE TABLE "dossiers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"batch_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"subject" "dossier_subject" NOT NULL,
	"kind" "dossier_kind" NOT NULL,
	"level" "dossier_level" NOT NULL,
	"award_name" text,
	"candidate_name" text NOT NULL,
	"submitted_on" date NOT NULL,
	"outcome" "appraisal_outcome" DEFAULT 'pending' NOT NULL,
	"appraised_on" date,
	"return_reason" text,
	"note" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "dossiers_outcome_check" CHECK (("dossiers"."outcome" = 'returned') = ("dossiers"."return_reason" is not null)
        and ("dossiers"."outcome" = 'pending') = ("dossiers"."appraised_on" is null))
);
--> statement-breakpoint
CREATE TABLE "movements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"council_id" uuid NOT NULL,
	"period_id" uuid NOT NULL,
	"name" text NOT NULL,
	"responsible_deputy_chair" text,
	"standing_unit_id" uuid,
	"standing_body" text,
	"starts_on" date,
	"ends_on" date,
	"report_due_dates" date[] DEFAULT '{}'::date[] NOT NULL,
	"status" "movement_status" DEFAULT 'planned' NOT NULL,
	"note" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "movements_dates_check" CHECK ("movements"."starts_on" is null or "movements"."ends_on" is null or "movements"."starts_on" <= "movements"."ends_on")
);
--> statement-breakpoint
CREATE TABLE "plan_tasks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"section" text,
	"quarter" smallint,
	"content" text NOT NULL,
	"lead" text,
	"executing_unit_id" uuid,
	"executing_body" text,
	"coordinating_unit_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"coordinating_bodies" text,
	"deadline_kind" "deadline_kind" NOT NULL,
	"due_on" date,
	"due_year" smallint,
	"due_month" smallint,
	"recurrence" "task_recurrence",
	"deadline_note" text,
	"status" "task_status" DEFAULT 'notStarted' NOT NULL,
	"completed_on" date,
	"completion_evidence" text,
	"completed_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plan_tasks_deadline_check" CHECK (("plan_tasks"."deadline_kind" = 'date' and "plan_tasks"."due_on" is not null and "plan_tasks"."due_year" is null and "plan_tasks"."due_month" is null and "plan_tasks"."recurrence" is null)
        or ("plan_tasks"."deadline_kind" = 'month' and "plan_tasks"."due_on" is null and "plan_tasks"."due_year" is not null and "plan_tasks"."due_month" between 1 and 12 and "plan_tasks"."recurrence" is null)
        or ("plan_tasks"."deadline_kind" = 'recurring' and "plan_tasks"."due_on" is null and "plan_tasks"."due_year" is null and "plan_tasks"."due_month" is null and "plan_tasks"."recurrence" is not null)),
	CONSTRAINT "plan_tasks_quarter_check" CHECK ("plan_tasks"."quarter" is null or "plan_tasks"."quarter" between 1 and 4),
	CONSTRAINT "plan_tasks_completed_check" CHECK (("plan_tasks"."status" = 'done') = ("plan_tasks"."completed_on" is not null))
);
--> statement-breakpoint
CREATE TABLE "work_plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"council_id" uuid NOT NULL,
	"period_id" uuid NOT NULL,
	"number" text,
	"title" text NOT NULL,
	"issued_on" date,
	"status" "work_plan_status" DEFAULT 'draft' NOT NULL,
	"note" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "work_plans_period_number_key" UNIQUE("period_id","number"),
	CONSTRAINT "work_plans_issued_check" CHECK ("work_plans"."status" = 'draft' or ("work_plans"."number" is not null and "work_plans"."issued_on" is not null))
);
--> statement-breakpoint
ALTER TABLE "dossier_batches" ADD CONSTRAINT "dossier_batches_council_id_councils_id_fk" FOREIGN KEY ("council_id") REFERENCES "public"."councils"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_batches" ADD CONSTRAINT "dossier_batches_period_id_periods_id_fk" FOREIGN KEY ("period_id") REFERENCES "public"."periods"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_batches" ADD CONSTRAINT "dossier_batches_movement_id_movements_id_fk" FOREIGN KEY ("movement_id") REFERENCES "public"."movements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossiers" ADD CONSTRAINT "dossiers_batch_id_dossier_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."dossier_batches"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossiers" ADD CONSTRAINT "dossiers_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "movements" ADD CONSTRAINT "movements_council_id_councils_id_fk" FOREIGN KEY ("council_id") REFERENCES "public"."councils"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "movements" ADD CONSTRAINT "movements_period_id_periods_id_fk" FOREIGN KEY ("period_id") REFERENCES "public"."periods"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "movements" ADD CONSTRAINT "movements_standing_unit_id_units_id_fk" FOREIGN KEY ("standing_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_tasks" ADD CONSTRAINT "plan_tasks_plan_id_work_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."work_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_tasks" ADD CONSTRAINT "plan_tasks_executing_unit_id_units_id_fk" FOREIGN KEY ("executing_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_tasks" ADD CONSTRAINT "plan_tasks_completed_by_users_id_fk" FOREIGN KEY ("completed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_plans" ADD CONSTRAINT "work_plans_council_id_councils_id_fk" FOREIGN KEY ("council_id") REFERENCES "public"."councils"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_plans" ADD CONSTRAINT "work_plans_period_id_periods_id_fk" FOREIGN KEY ("period_id") REFERENCES "public"."periods"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "dossier_batches_period_id_idx" ON "dossier_batches" USING btree ("period_id");--> statement-breakpoint
CREATE INDEX "dossiers_batch_id_idx" ON "dossiers" USING btree ("batch_id");--> statement-breakpoint
CREATE INDEX "dossiers_unit_id_idx" ON "dossiers" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "movements_period_id_idx" ON "movements" USING btree ("period_id");--> statement-breakpoint
CREATE INDEX "plan_tasks_plan_id_idx" ON "plan_tasks" USING btree ("plan_id");--> statement-breakpoint
CREATE INDEX "plan_tasks_executing_unit_id_idx" ON "plan_tasks" USING btree ("executing_unit_id");--> statement-breakpoint
CREATE INDEX "work_plans_period_id_idx" ON "work_plans" USING btree ("period_id");