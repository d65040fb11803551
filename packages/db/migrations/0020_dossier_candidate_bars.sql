-- Nghị định 152/2025/NĐ-CP khoản 4 Điều 4 for individuals (issue #10 §4): an individual dossier records
-- its person's standing — the bars (the keys of PROPOSAL_BARS: under disciplinary review, under
-- investigation/inspection/check, a complaint or a press-reported wrongdoing being verified) and the day a
-- discipline ended. A collective's standing is its unit's facts of the period, so a collective dossier
-- holds neither.
ALTER TABLE "dossiers" ADD COLUMN "candidate_bars" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "dossiers" ADD COLUMN "candidate_discipline_ended_on" date;--> statement-breakpoint
ALTER TABLE "dossiers" ADD CONSTRAINT "dossiers_candidate_bars_check" CHECK ("dossiers"."candidate_bars" <@ ARRAY['underDisciplinaryReview', 'underInvestigation', 'pendingComplaint', 'publicOutrage']::text[]
        and ("dossiers"."subject" = 'individual' or (cardinality("dossiers"."candidate_bars") = 0 and "dossiers"."candidate_discipline_ended_on" is null)));
