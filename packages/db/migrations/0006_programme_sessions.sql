CREATE TYPE "public"."programme_session_status" AS ENUM('planned', 'held', 'postponed', 'cancelled');--> statement-breakpoint
CREATE TABLE "programme_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"council_id" uuid NOT NULL,
	"period_id" uuid NOT NULL,
	"year" smallint NOT NULL,
	"month" smallint NOT NULL,
	"held_on" date,
	"title" text NOT NULL,
	"agenda" text NOT NULL,
	"presiding" text,
	"preparing_unit_id" uuid,
	"preparing_body" text,
	"coordinating_bodies" text,
	"place" text,
	"status" "programme_session_status" DEFAULT 'planned' NOT NULL,
	"meeting_id" uuid,
	"note" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "programme_sessions_month_check" CHECK ("programme_sessions"."month" between 1 and 12),
	CONSTRAINT "programme_sessions_held_on_check" CHECK ("programme_sessions"."held_on" is null or (extract(year from "programme_sessions"."held_on") = "programme_sessions"."year" and extract(month from "programme_sessions"."held_on") = "programme_sessions"."month"))
);
--> statement-breakpoint
ALTER TABLE "programme_sessions" ADD CONSTRAINT "programme_sessions_council_id_councils_id_fk" FOREIGN KEY ("council_id") REFERENCES "public"."councils"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_sessions" ADD CONSTRAINT "programme_sessions_period_id_periods_id_fk" FOREIGN KEY ("period_id") REFERENCES "public"."periods"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_sessions" ADD CONSTRAINT "programme_sessions_preparing_unit_id_units_id_fk" FOREIGN KEY ("preparing_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_sessions" ADD CONSTRAINT "programme_sessions_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "programme_sessions_period_id_idx" ON "programme_sessions" USING btree ("period_id","year","month");--> statement-breakpoint
CREATE INDEX "programme_sessions_meeting_id_idx" ON "programme_sessions" USING btree ("meeting_id");