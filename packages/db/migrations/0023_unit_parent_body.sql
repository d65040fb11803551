-- A unit's parent body ("cơ quan cấp trên", issue #13 §2: the units list of a province carries it):
-- after the 2025 reform a commune's is the province's People's Committee, a department's the same, a
-- school's its department of education. Free text; optional.
ALTER TABLE "units" ADD COLUMN "parent_body" text;
