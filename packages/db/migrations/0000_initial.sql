CREATE TYPE "public"."adjustment_kind" AS ENUM('bonus', 'deduction');--> statement-breakpoint
CREATE TYPE "public"."calendar" AS ENUM('calendarYear', 'schoolYear');--> statement-breakpoint
CREATE TYPE "public"."cluster_kind" AS ENUM('cum', 'khoi');--> statement-breakpoint
CREATE TYPE "public"."cluster_role" AS ENUM('leader', 'deputy', 'member');--> statement-breakpoint
CREATE TYPE "public"."criteria_status" AS ENUM('draft', 'agreed', 'issued');--> statement-breakpoint
CREATE TYPE "public"."criterion_owner" AS ENUM('self', 'focalUnit', 'standingOffice');--> statement-breakpoint
CREATE TYPE "public"."election_position" AS ENUM('leader', 'deputy');--> statement-breakpoint
CREATE TYPE "public"."entry_stage" AS ENUM('self', 'focal', 'standingOffice', 'agreed');--> statement-breakpoint
CREATE TYPE "public"."meeting_kind" AS ENUM('trienKhai', 'soKet', 'truBi', 'tongKet', 'chuyenDe');--> statement-breakpoint
CREATE TYPE "public"."membership_role" AS ENUM('administrator', 'standingOffice', 'councilMember', 'unitStaff');--> statement-breakpoint
CREATE TYPE "public"."objection_status" AS ENUM('open', 'answered', 'withdrawn');--> statement-breakpoint
CREATE TYPE "public"."period_stage" AS ENUM('setup', 'criteria', 'registration', 'pact', 'midYear', 'results', 'review', 'preparatory', 'summary', 'decision', 'archived');--> statement-breakpoint
CREATE TYPE "public"."proposal_status" AS ENUM('proposed', 'withdrawn', 'approved', 'rejected');--> statement-breakpoint
CREATE TYPE "public"."registration_status" AS ENUM('draft', 'submitted');--> statement-breakpoint
CREATE TYPE "public"."unit_type" AS ENUM('ward', 'commune', 'district', 'department', 'partyOrganisation', 'massOrganisation', 'publicServiceUnit', 'school', 'enterprise', 'cooperative', 'hospital', 'other');--> statement-breakpoint
CREATE TYPE "public"."vote_purpose" AS ENUM('tieBreak', 'election');--> statement-breakpoint
CREATE TABLE "sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"csrf_secret" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"ip" text,
	"user_agent" text,
	CONSTRAINT "sessions_token_hash_key" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"username" text NOT NULL,
	"display_name" text NOT NULL,
	"email" text,
	"password_hash" text NOT NULL,
	"is_system_admin" boolean DEFAULT false NOT NULL,
	"must_change_password" boolean DEFAULT false NOT NULL,
	"failed_login_count" integer DEFAULT 0 NOT NULL,
	"locked_until" timestamp with time zone,
	"last_login_at" timestamp with time zone,
	"disabled_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_failed_login_count_check" CHECK ("users"."failed_login_count" >= 0)
);
--> statement-breakpoint
CREATE TABLE "councils" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"level" text,
	"parent_council_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "councils_code_key" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "memberships" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"council_id" uuid NOT NULL,
	"unit_id" uuid,
	"role" "membership_role" NOT NULL,
	"title" text,
	"ended_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "memberships_user_council_role_unit_key" UNIQUE NULLS NOT DISTINCT("user_id","council_id","role","unit_id"),
	CONSTRAINT "memberships_unit_staff_check" CHECK (("memberships"."role" = 'unitStaff') = ("memberships"."unit_id" is not null))
);
--> statement-breakpoint
CREATE TABLE "units" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"council_id" uuid NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"type" "unit_type" NOT NULL,
	"school_level" text,
	"calendar" "calendar" NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "units_council_code_key" UNIQUE("council_id","code")
);
--> statement-breakpoint
CREATE TABLE "cluster_members" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cluster_id" uuid NOT NULL,
	"period_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"role" "cluster_role" DEFAULT 'member' NOT NULL,
	"deputy_rank" smallint,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cluster_members_period_unit_key" UNIQUE("period_id","unit_id"),
	CONSTRAINT "cluster_members_deputy_rank_key" UNIQUE("cluster_id","deputy_rank"),
	CONSTRAINT "cluster_members_deputy_rank_check" CHECK (("cluster_members"."role" = 'deputy') = ("cluster_members"."deputy_rank" is not null) and coalesce("cluster_members"."deputy_rank" in (1, 2), true))
);
--> statement-breakpoint
CREATE TABLE "clusters" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"period_id" uuid NOT NULL,
	"lineage_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"kind" "cluster_kind" NOT NULL,
	"follower_user_id" uuid,
	"helper_office" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "clusters_period_code_key" UNIQUE("period_id","code"),
	CONSTRAINT "clusters_lineage_period_key" UNIQUE("lineage_id","period_id"),
	CONSTRAINT "clusters_id_period_key" UNIQUE("id","period_id")
);
--> statement-breakpoint
CREATE TABLE "periods" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"council_id" uuid NOT NULL,
	"name" text NOT NULL,
	"year" integer NOT NULL,
	"calendar" "calendar" NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"stage" "period_stage" DEFAULT 'setup' NOT NULL,
	"archived_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "periods_council_year_calendar_key" UNIQUE("council_id","year","calendar"),
	CONSTRAINT "periods_dates_check" CHECK ("periods"."starts_on" <= "periods"."ends_on")
);
--> statement-breakpoint
CREATE TABLE "stage_deadlines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"period_id" uuid NOT NULL,
	"stage" "period_stage" NOT NULL,
	"cluster_id" uuid,
	"unit_type" "unit_type",
	"due_on" date NOT NULL,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "stage_deadlines_scope_key" UNIQUE NULLS NOT DISTINCT("period_id","stage","cluster_id","unit_type")
);
--> statement-breakpoint
CREATE TABLE "criteria_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cluster_id" uuid NOT NULL,
	"framework_id" uuid NOT NULL,
	"revision" integer DEFAULT 1 NOT NULL,
	"status" "criteria_status" DEFAULT 'draft' NOT NULL,
	"ruleset" jsonb NOT NULL,
	"supersedes_id" uuid,
	"change_reason" text,
	"created_by" uuid,
	"agreed_at" timestamp with time zone,
	"issued_at" timestamp with time zone,
	"issued_by" uuid,
	"document_number" text,
	"document_date" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "criteria_versions_cluster_revision_key" UNIQUE("cluster_id","revision"),
	CONSTRAINT "criteria_versions_revision_check" CHECK ("criteria_versions"."revision" = 1 or ("criteria_versions"."revision" > 1 and "criteria_versions"."supersedes_id" is not null and "criteria_versions"."change_reason" is not null)),
	CONSTRAINT "criteria_versions_issued_check" CHECK ("criteria_versions"."status" <> 'issued' or "criteria_versions"."issued_at" is not null)
);
--> statement-breakpoint
CREATE TABLE "criterion_assignments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"criteria_version_id" uuid NOT NULL,
	"criterion_code" text NOT NULL,
	"owner" "criterion_owner" DEFAULT 'self' NOT NULL,
	"focal_unit_id" uuid,
	"evidence_required" boolean DEFAULT false NOT NULL,
	"evidence_hint" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "criterion_assignments_version_criterion_key" UNIQUE("criteria_version_id","criterion_code"),
	CONSTRAINT "criterion_assignments_focal_unit_check" CHECK (("criterion_assignments"."owner" = 'focalUnit') = ("criterion_assignments"."focal_unit_id" is not null))
);
--> statement-breakpoint
CREATE TABLE "frameworks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"council_id" uuid NOT NULL,
	"code" text NOT NULL,
	"revision" integer DEFAULT 1 NOT NULL,
	"name" text NOT NULL,
	"unit_type" "unit_type",
	"profile_code" text,
	"status" "criteria_status" DEFAULT 'draft' NOT NULL,
	"ruleset" jsonb NOT NULL,
	"fixed_group_codes" text[] DEFAULT '{}'::text[] NOT NULL,
	"max_added_criteria_ratio" numeric(5, 4),
	"supersedes_id" uuid,
	"change_reason" text,
	"issued_at" timestamp with time zone,
	"issued_by" uuid,
	"document_number" text,
	"document_date" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "frameworks_council_code_revision_key" UNIQUE("council_id","code","revision"),
	CONSTRAINT "frameworks_revision_check" CHECK ("frameworks"."revision" = 1 or ("frameworks"."revision" > 1 and "frameworks"."supersedes_id" is not null and "frameworks"."change_reason" is not null)),
	CONSTRAINT "frameworks_issued_check" CHECK ("frameworks"."status" <> 'issued' or "frameworks"."issued_at" is not null)
);
--> statement-breakpoint
CREATE TABLE "pacts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"period_id" uuid NOT NULL,
	"cluster_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"signed_on" date NOT NULL,
	"document_number" text,
	"note" text,
	"recorded_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "pacts_period_unit_key" UNIQUE("period_id","unit_id")
);
--> statement-breakpoint
CREATE TABLE "registration_plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"registration_id" uuid NOT NULL,
	"criterion_code" text NOT NULL,
	"plan" numeric NOT NULL,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "registration_plans_registration_criterion_key" UNIQUE("registration_id","criterion_code"),
	CONSTRAINT "registration_plans_plan_check" CHECK ("registration_plans"."plan" >= 0)
);
--> statement-breakpoint
CREATE TABLE "registrations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"period_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"criteria_version_id" uuid NOT NULL,
	"status" "registration_status" DEFAULT 'draft' NOT NULL,
	"titles_sought" text[] DEFAULT '{}'::text[] NOT NULL,
	"models" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"topics" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"note" text,
	"submitted_at" timestamp with time zone,
	"submitted_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "registrations_period_unit_key" UNIQUE("period_id","unit_id"),
	CONSTRAINT "registrations_submitted_check" CHECK ("registrations"."status" <> 'submitted' or "registrations"."submitted_at" is not null)
);
--> statement-breakpoint
CREATE TABLE "adjustments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"criteria_version_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"kind" "adjustment_kind" NOT NULL,
	"item_code" text NOT NULL,
	"points" numeric(10, 2),
	"count" integer,
	"source_number" text,
	"source_date" date,
	"source_issuer" text,
	"note" text,
	"reason" text,
	"entered_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "adjustments_amount_check" CHECK (("adjustments"."kind" = 'bonus' and "adjustments"."points" is not null and "adjustments"."points" >= 0 and "adjustments"."count" is null)
        or ("adjustments"."kind" = 'deduction' and "adjustments"."count" is not null and "adjustments"."count" >= 0 and "adjustments"."points" is null))
);
--> statement-breakpoint
CREATE TABLE "entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"criteria_version_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"criterion_code" text NOT NULL,
	"stage" "entry_stage" NOT NULL,
	"plan" numeric,
	"actual" numeric,
	"points" numeric(10, 2),
	"value" numeric,
	"rating" text,
	"done" boolean,
	"note" text,
	"reason" text,
	"entered_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "entries_version_unit_criterion_stage_key" UNIQUE("criteria_version_id","unit_id","criterion_code","stage"),
	CONSTRAINT "entries_plan_check" CHECK ("entries"."plan" >= 0),
	CONSTRAINT "entries_actual_check" CHECK ("entries"."actual" >= 0),
	CONSTRAINT "entries_points_check" CHECK ("entries"."points" >= 0)
);
--> statement-breakpoint
CREATE TABLE "evidence_files" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"entry_id" uuid NOT NULL,
	"sha256" text NOT NULL,
	"original_name" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"mime_type" text NOT NULL,
	"uploaded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "evidence_files_entry_sha256_key" UNIQUE("entry_id","sha256"),
	CONSTRAINT "evidence_files_sha256_check" CHECK ("evidence_files"."sha256" ~ '^[0-9a-f]{64}$'),
	CONSTRAINT "evidence_files_size_check" CHECK ("evidence_files"."size_bytes" > 0)
);
--> statement-breakpoint
CREATE TABLE "objections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"criteria_version_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"criterion_code" text,
	"entry_id" uuid,
	"body" text NOT NULL,
	"status" "objection_status" DEFAULT 'open' NOT NULL,
	"raised_by" uuid,
	"answer" text,
	"answered_by" uuid,
	"answered_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "objections_answer_check" CHECK ("objections"."status" <> 'answered' or ("objections"."answer" is not null and "objections"."answered_at" is not null))
);
--> statement-breakpoint
CREATE TABLE "unit_facts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"period_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"name" text NOT NULL,
	"value" jsonb NOT NULL,
	"note" text,
	"entered_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "unit_facts_period_unit_name_key" UNIQUE("period_id","unit_id","name"),
	CONSTRAINT "unit_facts_value_check" CHECK (jsonb_typeof("unit_facts"."value") in ('string', 'number', 'boolean'))
);
--> statement-breakpoint
CREATE TABLE "meeting_attendance" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"meeting_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"present" boolean NOT NULL,
	"delegates" text,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "meeting_attendance_meeting_unit_key" UNIQUE("meeting_id","unit_id")
);
--> statement-breakpoint
CREATE TABLE "meetings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"period_id" uuid NOT NULL,
	"cluster_id" uuid,
	"kind" "meeting_kind" NOT NULL,
	"title" text,
	"held_on" date NOT NULL,
	"place" text,
	"host_unit_id" uuid,
	"invited_delegates" text,
	"agenda" text,
	"minutes" text,
	"decisions" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "votes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"meeting_id" uuid NOT NULL,
	"purpose" "vote_purpose" NOT NULL,
	"award_code" text,
	"position" "election_position",
	"unit_id" uuid NOT NULL,
	"votes" integer NOT NULL,
	"note" text,
	"entered_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "votes_meeting_subject_unit_key" UNIQUE NULLS NOT DISTINCT("meeting_id","purpose","award_code","position","unit_id"),
	CONSTRAINT "votes_count_check" CHECK ("votes"."votes" >= 0),
	CONSTRAINT "votes_subject_check" CHECK (("votes"."purpose" = 'tieBreak' and "votes"."award_code" is not null and "votes"."position" is null)
        or ("votes"."purpose" = 'election' and "votes"."position" is not null and "votes"."award_code" is null))
);
--> statement-breakpoint
CREATE TABLE "award_proposals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"period_id" uuid NOT NULL,
	"cluster_id" uuid,
	"unit_id" uuid NOT NULL,
	"award_code" text NOT NULL,
	"criteria_version_id" uuid,
	"final_score" numeric(10, 2),
	"rank" integer,
	"status" "proposal_status" DEFAULT 'proposed' NOT NULL,
	"meeting_id" uuid,
	"decision_id" uuid,
	"proposed_by" uuid,
	"note" text,
	"reason" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "award_proposals_period_unit_award_key" UNIQUE("period_id","unit_id","award_code"),
	CONSTRAINT "award_proposals_decided_check" CHECK ("award_proposals"."status" not in ('approved', 'rejected') or "award_proposals"."decision_id" is not null)
);
--> statement-breakpoint
CREATE TABLE "council_decisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"council_id" uuid NOT NULL,
	"period_id" uuid NOT NULL,
	"number" text NOT NULL,
	"title" text NOT NULL,
	"signed_on" date,
	"signer" text,
	"note" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "council_decisions_period_number_key" UNIQUE("period_id","number")
);
--> statement-breakpoint
CREATE TABLE "quotas" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cluster_id" uuid NOT NULL,
	"award_code" text NOT NULL,
	"quota" integer NOT NULL,
	"source_number" text,
	"note" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "quotas_cluster_award_key" UNIQUE("cluster_id","award_code"),
	CONSTRAINT "quotas_quota_check" CHECK ("quotas"."quota" >= 0)
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "audit_log_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_user_id" uuid,
	"council_id" uuid,
	"entity_type" text NOT NULL,
	"entity_id" text NOT NULL,
	"action" text NOT NULL,
	"old" jsonb,
	"new" jsonb,
	"reason" text
);
--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "councils" ADD CONSTRAINT "councils_parent_council_id_councils_id_fk" FOREIGN KEY ("parent_council_id") REFERENCES "public"."councils"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_council_id_councils_id_fk" FOREIGN KEY ("council_id") REFERENCES "public"."councils"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "units" ADD CONSTRAINT "units_council_id_councils_id_fk" FOREIGN KEY ("council_id") REFERENCES "public"."councils"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cluster_members" ADD CONSTRAINT "cluster_members_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cluster_members" ADD CONSTRAINT "cluster_members_cluster_period_fk" FOREIGN KEY ("cluster_id","period_id") REFERENCES "public"."clusters"("id","period_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clusters" ADD CONSTRAINT "clusters_period_id_periods_id_fk" FOREIGN KEY ("period_id") REFERENCES "public"."periods"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clusters" ADD CONSTRAINT "clusters_follower_user_id_users_id_fk" FOREIGN KEY ("follower_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "periods" ADD CONSTRAINT "periods_council_id_councils_id_fk" FOREIGN KEY ("council_id") REFERENCES "public"."councils"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stage_deadlines" ADD CONSTRAINT "stage_deadlines_period_id_periods_id_fk" FOREIGN KEY ("period_id") REFERENCES "public"."periods"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stage_deadlines" ADD CONSTRAINT "stage_deadlines_cluster_id_clusters_id_fk" FOREIGN KEY ("cluster_id") REFERENCES "public"."clusters"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "criteria_versions" ADD CONSTRAINT "criteria_versions_cluster_id_clusters_id_fk" FOREIGN KEY ("cluster_id") REFERENCES "public"."clusters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "criteria_versions" ADD CONSTRAINT "criteria_versions_framework_id_frameworks_id_fk" FOREIGN KEY ("framework_id") REFERENCES "public"."frameworks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "criteria_versions" ADD CONSTRAINT "criteria_versions_supersedes_id_criteria_versions_id_fk" FOREIGN KEY ("supersedes_id") REFERENCES "public"."criteria_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "criteria_versions" ADD CONSTRAINT "criteria_versions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "criteria_versions" ADD CONSTRAINT "criteria_versions_issued_by_users_id_fk" FOREIGN KEY ("issued_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "criterion_assignments" ADD CONSTRAINT "criterion_assignments_criteria_version_id_criteria_versions_id_fk" FOREIGN KEY ("criteria_version_id") REFERENCES "public"."criteria_versions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "criterion_assignments" ADD CONSTRAINT "criterion_assignments_focal_unit_id_units_id_fk" FOREIGN KEY ("focal_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "frameworks" ADD CONSTRAINT "frameworks_council_id_councils_id_fk" FOREIGN KEY ("council_id") REFERENCES "public"."councils"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "frameworks" ADD CONSTRAINT "frameworks_supersedes_id_frameworks_id_fk" FOREIGN KEY ("supersedes_id") REFERENCES "public"."frameworks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "frameworks" ADD CONSTRAINT "frameworks_issued_by_users_id_fk" FOREIGN KEY ("issued_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pacts" ADD CONSTRAINT "pacts_period_id_periods_id_fk" FOREIGN KEY ("period_id") REFERENCES "public"."periods"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pacts" ADD CONSTRAINT "pacts_cluster_id_clusters_id_fk" FOREIGN KEY ("cluster_id") REFERENCES "public"."clusters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pacts" ADD CONSTRAINT "pacts_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pacts" ADD CONSTRAINT "pacts_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registration_plans" ADD CONSTRAINT "registration_plans_registration_id_registrations_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."registrations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registrations" ADD CONSTRAINT "registrations_period_id_periods_id_fk" FOREIGN KEY ("period_id") REFERENCES "public"."periods"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registrations" ADD CONSTRAINT "registrations_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registrations" ADD CONSTRAINT "registrations_criteria_version_id_criteria_versions_id_fk" FOREIGN KEY ("criteria_version_id") REFERENCES "public"."criteria_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registrations" ADD CONSTRAINT "registrations_submitted_by_users_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "adjustments" ADD CONSTRAINT "adjustments_criteria_version_id_criteria_versions_id_fk" FOREIGN KEY ("criteria_version_id") REFERENCES "public"."criteria_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "adjustments" ADD CONSTRAINT "adjustments_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "adjustments" ADD CONSTRAINT "adjustments_entered_by_users_id_fk" FOREIGN KEY ("entered_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "entries" ADD CONSTRAINT "entries_criteria_version_id_criteria_versions_id_fk" FOREIGN KEY ("criteria_version_id") REFERENCES "public"."criteria_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "entries" ADD CONSTRAINT "entries_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "entries" ADD CONSTRAINT "entries_entered_by_users_id_fk" FOREIGN KEY ("entered_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence_files" ADD CONSTRAINT "evidence_files_entry_id_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."entries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence_files" ADD CONSTRAINT "evidence_files_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "objections" ADD CONSTRAINT "objections_criteria_version_id_criteria_versions_id_fk" FOREIGN KEY ("criteria_version_id") REFERENCES "public"."criteria_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "objections" ADD CONSTRAINT "objections_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "objections" ADD CONSTRAINT "objections_entry_id_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."entries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "objections" ADD CONSTRAINT "objections_raised_by_users_id_fk" FOREIGN KEY ("raised_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "objections" ADD CONSTRAINT "objections_answered_by_users_id_fk" FOREIGN KEY ("answered_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_facts" ADD CONSTRAINT "unit_facts_period_id_periods_id_fk" FOREIGN KEY ("period_id") REFERENCES "public"."periods"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_facts" ADD CONSTRAINT "unit_facts_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_facts" ADD CONSTRAINT "unit_facts_entered_by_users_id_fk" FOREIGN KEY ("entered_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_attendance" ADD CONSTRAINT "meeting_attendance_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_attendance" ADD CONSTRAINT "meeting_attendance_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_period_id_periods_id_fk" FOREIGN KEY ("period_id") REFERENCES "public"."periods"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_cluster_id_clusters_id_fk" FOREIGN KEY ("cluster_id") REFERENCES "public"."clusters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_host_unit_id_units_id_fk" FOREIGN KEY ("host_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "votes" ADD CONSTRAINT "votes_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "votes" ADD CONSTRAINT "votes_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "votes" ADD CONSTRAINT "votes_entered_by_users_id_fk" FOREIGN KEY ("entered_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "award_proposals" ADD CONSTRAINT "award_proposals_period_id_periods_id_fk" FOREIGN KEY ("period_id") REFERENCES "public"."periods"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "award_proposals" ADD CONSTRAINT "award_proposals_cluster_id_clusters_id_fk" FOREIGN KEY ("cluster_id") REFERENCES "public"."clusters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "award_proposals" ADD CONSTRAINT "award_proposals_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "award_proposals" ADD CONSTRAINT "award_proposals_criteria_version_id_criteria_versions_id_fk" FOREIGN KEY ("criteria_version_id") REFERENCES "public"."criteria_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "award_proposals" ADD CONSTRAINT "award_proposals_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "award_proposals" ADD CONSTRAINT "award_proposals_decision_id_council_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."council_decisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "award_proposals" ADD CONSTRAINT "award_proposals_proposed_by_users_id_fk" FOREIGN KEY ("proposed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_decisions" ADD CONSTRAINT "council_decisions_council_id_councils_id_fk" FOREIGN KEY ("council_id") REFERENCES "public"."councils"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_decisions" ADD CONSTRAINT "council_decisions_period_id_periods_id_fk" FOREIGN KEY ("period_id") REFERENCES "public"."periods"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quotas" ADD CONSTRAINT "quotas_cluster_id_clusters_id_fk" FOREIGN KEY ("cluster_id") REFERENCES "public"."clusters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_council_id_councils_id_fk" FOREIGN KEY ("council_id") REFERENCES "public"."councils"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "sessions_user_id_idx" ON "sessions" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "sessions_expires_at_idx" ON "sessions" USING btree ("expires_at");--> statement-breakpoint
CREATE UNIQUE INDEX "users_username_key" ON "users" USING btree (lower("username"));--> statement-breakpoint
CREATE INDEX "memberships_council_id_idx" ON "memberships" USING btree ("council_id");--> statement-breakpoint
CREATE INDEX "memberships_unit_id_idx" ON "memberships" USING btree ("unit_id");--> statement-breakpoint
CREATE UNIQUE INDEX "cluster_members_one_leader_key" ON "cluster_members" USING btree ("cluster_id") WHERE "cluster_members"."role" = 'leader';--> statement-breakpoint
CREATE INDEX "cluster_members_unit_id_idx" ON "cluster_members" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "criteria_versions_framework_id_idx" ON "criteria_versions" USING btree ("framework_id");--> statement-breakpoint
CREATE INDEX "criterion_assignments_focal_unit_id_idx" ON "criterion_assignments" USING btree ("focal_unit_id");--> statement-breakpoint
CREATE INDEX "adjustments_version_unit_idx" ON "adjustments" USING btree ("criteria_version_id","unit_id");--> statement-breakpoint
CREATE INDEX "entries_unit_id_idx" ON "entries" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "evidence_files_sha256_idx" ON "evidence_files" USING btree ("sha256");--> statement-breakpoint
CREATE INDEX "objections_version_unit_idx" ON "objections" USING btree ("criteria_version_id","unit_id");--> statement-breakpoint
CREATE INDEX "meetings_period_id_idx" ON "meetings" USING btree ("period_id");--> statement-breakpoint
CREATE INDEX "meetings_cluster_id_idx" ON "meetings" USING btree ("cluster_id");--> statement-breakpoint
CREATE INDEX "award_proposals_cluster_id_idx" ON "award_proposals" USING btree ("cluster_id");--> statement-breakpoint
CREATE INDEX "audit_log_council_at_idx" ON "audit_log" USING btree ("council_id","at");--> statement-breakpoint
CREATE INDEX "audit_log_entity_idx" ON "audit_log" USING btree ("entity_type","entity_id");