CREATE TABLE "unit_staff_counts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"period_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"staff" integer NOT NULL,
	"women" integer NOT NULL,
	"note" text,
	"entered_by" uuid,
	"confirmed_by" uuid,
	"confirmed_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "unit_staff_counts_period_unit_key" UNIQUE("period_id","unit_id"),
	CONSTRAINT "unit_staff_counts_staff_check" CHECK ("unit_staff_counts"."staff" >= 0),
	CONSTRAINT "unit_staff_counts_women_check" CHECK ("unit_staff_counts"."women" >= 0 and "unit_staff_counts"."women" <= "unit_staff_counts"."staff"),
	CONSTRAINT "unit_staff_counts_confirmed_check" CHECK (("unit_staff_counts"."confirmed_by" is null) = ("unit_staff_counts"."confirmed_at" is null))
);
--> statement-breakpoint
ALTER TABLE "unit_staff_counts" ADD CONSTRAINT "unit_staff_counts_period_id_periods_id_fk" FOREIGN KEY ("period_id") REFERENCES "public"."periods"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_staff_counts" ADD CONSTRAINT "unit_staff_counts_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_staff_counts" ADD CONSTRAINT "unit_staff_counts_entered_by_users_id_fk" FOREIGN KEY ("entered_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_staff_counts" ADD CONSTRAINT "unit_staff_counts_confirmed_by_users_id_fk" FOREIGN KEY ("confirmed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_facts" ADD COLUMN "override_reason" text;
