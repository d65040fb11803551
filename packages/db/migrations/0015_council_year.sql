-- The council's year in the browser (issue #14, #11 §2).
-- A proposal the standing office returns to its cluster with a reason (the cluster may propose it again).
ALTER TYPE "proposal_status" ADD VALUE IF NOT EXISTS 'returned';--> statement-breakpoint
-- Proposals made while the unit's figures or facts were not all in: the standing office's confirmation.
ALTER TABLE "award_proposals" ADD COLUMN "incomplete_confirmation" text;
