CREATE TABLE "login_failures" (
	"name_key" text NOT NULL,
	"address" text NOT NULL,
	"failures" integer DEFAULT 0 NOT NULL,
	"locked_until" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "login_failures_pkey" PRIMARY KEY("name_key","address"),
	CONSTRAINT "login_failures_failures_check" CHECK ("login_failures"."failures" >= 0)
);
