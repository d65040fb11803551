import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, jsonb, pgTable, text, unique, uuid } from 'drizzle-orm/pg-core';
import { users } from './auth';
import { createdAt, id, instant, localDate, measure, points, requiredRef, versioned } from './columns';
import { periodUnit } from './council-period';
import { criteriaVersions } from './criteria';
import { adjustmentKind, entryStage, objectionStatus } from './enums';
import { units } from './organisation';

/** The unit and the criteria revision a value is recorded under: both required. */
const revisionUnit = () => ({
  criteriaVersionId: requiredRef('criteria_version_id', () => criteriaVersions.id),
  unitId: requiredRef('unit_id', () => units.id),
});

/**
 * One value for one unit × leaf criterion × stage, under one criteria revision. Which value fields are
 * set depends on the criterion's kind (SPEC §8 Entry): plan/actual, points, value, rating or done.
 */
export const entries = pgTable(
  'entries',
  {
    id: id(),
    ...revisionUnit(),
    criterionCode: text('criterion_code').notNull(),
    stage: entryStage('stage').notNull(),
    plan: measure('plan'),
    actual: measure('actual'),
    points: points('points'),
    value: measure('value'),
    rating: text('rating'),
    done: boolean('done'),
    note: text('note'),
    /** Why a reviewer set this value; required by the API for review-stage changes. */
    reason: text('reason'),
    /** Who wrote the current value; when is `updatedAt`. */
    enteredBy: uuid('entered_by').references(() => users.id),
    ...versioned(),
  },
  (t) => [
    unique('entries_version_unit_criterion_stage_key').on(
      t.criteriaVersionId,
      t.unitId,
      t.criterionCode,
      t.stage,
    ),
    index('entries_unit_id_idx').on(t.unitId),
    check('entries_plan_check', sql`${t.plan} >= 0`),
    check('entries_actual_check', sql`${t.actual} >= 0`),
    check('entries_points_check', sql`${t.points} >= 0`),
  ],
);

/**
 * A file attached as evidence to an entry. The bytes live outside the database, named by their sha256,
 * so the same file attached twice is stored once; the row keeps what the uploader called it.
 */
export const evidenceFiles = pgTable(
  'evidence_files',
  {
    id: id(),
    entryId: requiredRef('entry_id', () => entries.id),
    sha256: text('sha256').notNull(),
    originalName: text('original_name').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    mimeType: text('mime_type').notNull(),
    uploadedBy: uuid('uploaded_by').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    unique('evidence_files_entry_sha256_key').on(t.entryId, t.sha256),
    index('evidence_files_sha256_idx').on(t.sha256),
    check('evidence_files_sha256_check', sql`${t.sha256} ~ '^[0-9a-f]{64}$'`),
    check('evidence_files_size_check', sql`${t.sizeBytes} > 0`),
  ],
);

/**
 * A bonus (points for a bonus item) or a deduction (a count of occurrences of a deduction item) for a
 * unit, with the document it comes from. Several deduction records of one item add up (SPEC §6).
 */
export const adjustments = pgTable(
  'adjustments',
  {
    id: id(),
    ...revisionUnit(),
    kind: adjustmentKind('kind').notNull(),
    /** The bonus or deduction item's code in the revision's ruleset. */
    itemCode: text('item_code').notNull(),
    points: points('points'),
    count: integer('count'),
    sourceNumber: text('source_number'),
    sourceDate: localDate('source_date'),
    sourceIssuer: text('source_issuer'),
    note: text('note'),
    reason: text('reason'),
    enteredBy: uuid('entered_by').references(() => users.id),
    /**
     * Set when the record is computed from other data rather than typed: `lateTasks` — the count of the
     * unit's late plan tasks (SPEC §11), refreshed by the standing office. Null for a typed record.
     */
    derivedFrom: text('derived_from'),
    ...versioned(),
  },
  (t) => [
    index('adjustments_version_unit_idx').on(t.criteriaVersionId, t.unitId),
    check(
      'adjustments_amount_check',
      // "is not null" spelled out: a comparison with NULL is unknown, which a check lets through.
      sql`(${t.kind} = 'bonus' and ${t.points} is not null and ${t.points} >= 0 and ${t.count} is null)
        or (${t.kind} = 'deduction' and ${t.count} is not null and ${t.count} >= 0 and ${t.points} is null)`,
    ),
  ],
);

/** A fact about a unit in a period (partyRating, pactSigned…) used by eligibility (SPEC §7). */
export const unitFacts = pgTable(
  'unit_facts',
  {
    id: id(),
    ...periodUnit(),
    name: text('name').notNull(),
    value: jsonb('value').$type<string | number | boolean>().notNull(),
    note: text('note'),
    enteredBy: uuid('entered_by').references(() => users.id),
    /**
     * Set when the standing office overrides a fact the product derives from its records (registered,
     * pactSigned, reportsSubmitted, womenShare70): why. A stored row of a derived fact without it is
     * ignored (typed before the fact was derived).
     */
    overrideReason: text('override_reason'),
    ...versioned(),
  },
  (t) => [
    unique('unit_facts_period_unit_name_key').on(t.periodId, t.unitId, t.name),
    check('unit_facts_value_check', sql`jsonb_typeof(${t.value}) in ('string', 'number', 'boolean')`),
  ],
);

/**
 * A unit's staff and women counts in a period (Nghị định 152/2025 Art. 4.6: collectives with at least
 * 70 % women come first in a tie). Entered by the unit, confirmed by the standing office; an edit after
 * confirmation clears it.
 */
export const unitStaffCounts = pgTable(
  'unit_staff_counts',
  {
    id: id(),
    ...periodUnit(),
    staff: integer('staff').notNull(),
    women: integer('women').notNull(),
    note: text('note'),
    enteredBy: uuid('entered_by').references(() => users.id),
    confirmedBy: uuid('confirmed_by').references(() => users.id),
    confirmedAt: instant('confirmed_at'),
    ...versioned(),
  },
  (t) => [
    unique('unit_staff_counts_period_unit_key').on(t.periodId, t.unitId),
    check('unit_staff_counts_staff_check', sql`${t.staff} >= 0`),
    check('unit_staff_counts_women_check', sql`${t.women} >= 0 and ${t.women} <= ${t.staff}`),
    check('unit_staff_counts_confirmed_check', sql`(${t.confirmedBy} is null) = (${t.confirmedAt} is null)`),
  ],
);

/** A member unit's objection to the proposed table (optionally to one criterion), and its answer. */
export const objections = pgTable(
  'objections',
  {
    id: id(),
    ...revisionUnit(),
    criterionCode: text('criterion_code'),
    entryId: uuid('entry_id').references(() => entries.id),
    body: text('body').notNull(),
    status: objectionStatus('status').notNull().default('open'),
    raisedBy: uuid('raised_by').references(() => users.id),
    answer: text('answer'),
    answeredBy: uuid('answered_by').references(() => users.id),
    answeredAt: instant('answered_at'),
    ...versioned(),
  },
  (t) => [
    index('objections_version_unit_idx').on(t.criteriaVersionId, t.unitId),
    check(
      'objections_answer_check',
      sql`${t.status} <> 'answered' or (${t.answer} is not null and ${t.answeredAt} is not null)`,
    ),
  ],
);
