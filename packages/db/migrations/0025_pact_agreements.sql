-- The seeds' order of the year (issue #14 §3): a cluster signs its pact only after the council member who
-- follows it and the council's standing office have each agreed (Ba Đình 2022, Long Biên 2023). One row
-- per cluster and party; withdrawing deletes the row (audited) until a signing is recorded.
CREATE TABLE "pact_agreements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cluster_id" uuid NOT NULL,
	"party" text NOT NULL,
	"agreed_by" uuid NOT NULL,
	"agreed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"note" text,
	CONSTRAINT "pact_agreements_cluster_party_key" UNIQUE("cluster_id","party"),
	CONSTRAINT "pact_agreements_party_check" CHECK ("party" in ('follower', 'standingOffice'))
);
--> statement-breakpoint
ALTER TABLE "pact_agreements" ADD CONSTRAINT "pact_agreements_cluster_id_clusters_id_fk" FOREIGN KEY ("cluster_id") REFERENCES "public"."clusters"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "pact_agreements" ADD CONSTRAINT "pact_agreements_agreed_by_users_id_fk" FOREIGN KEY ("agreed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;
