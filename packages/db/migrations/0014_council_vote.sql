-- The council's vote on its Government-flag nominee (Nghị định 152/2025/NĐ-CP Art. 33.5): votes in favour
-- and the council's total membership, kept with the proposal.
ALTER TABLE "award_proposals" ADD COLUMN "vote_in_favour" integer;--> statement-breakpoint
ALTER TABLE "award_proposals" ADD COLUMN "vote_members" integer;--> statement-breakpoint
ALTER TABLE "award_proposals" ADD CONSTRAINT "award_proposals_vote_check" CHECK (("vote_in_favour" is null) = ("vote_members" is null) and ("vote_members" is null or ("vote_members" > 0 and "vote_in_favour" between 0 and "vote_members")));
