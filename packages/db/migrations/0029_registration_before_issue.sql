-- Issue #14 §3: units register in February–March, before the cluster's criteria are issued (Ba Đình 2022,
-- Bắc Giang 2022). A registration made before issue names no criteria revision; issuing the cluster's
-- first revision sets it (apps/server/src/modules/criteria/version-lifecycle.ts).
ALTER TABLE "registrations" ALTER COLUMN "criteria_version_id" DROP NOT NULL;
--> statement-breakpoint
-- What issuing dropped from a registration made before issue (targets whose criterion the issued revision
-- does not have, titles not in its ladder), so the unit sees it on screen; also in the audit log.
ALTER TABLE "registrations" ADD COLUMN "dropped_at_issue" jsonb;
