import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  boolean,
  check,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  text,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from './auth';
import { id, instant, localDate, requiredRef, timestamps, versioned } from './columns';
import { criteriaStatus, criterionOwner, unitType } from './enums';
import { councils, units } from './organisation';
import { clusters } from './periods';

/**
 * A ruleset in the `thidua/period@1` shape (SPEC §8). Only the outline is typed here: the engine's zod
 * schema validates it before it is stored, and this package must not depend on the engine.
 */
export interface RulesetDocument {
  name: string;
  maxTotal: number | null;
  groups: unknown[];
  [key: string]: unknown;
}

// Versioning, for frameworks and cluster criteria alike: a row is one revision. Revisions move
// draft → agreed → issued; an issued revision is locked (a trigger refuses any change to it); a later
// change is a new row with revision + 1, `supersedesId` and a `changeReason`. Entries point at the
// revision they were scored under, so results of an old revision stay reproducible.

/** How a revision is issued (when, by whom, under which document), then its version and timestamps. */
const issue = () => ({
  issuedAt: instant('issued_at'),
  issuedBy: uuid('issued_by').references(() => users.id),
  documentNumber: text('document_number'),
  documentDate: localDate('document_date'),
  ...versioned(),
});

interface RevisionColumns {
  revision: AnyPgColumn;
  supersedesId: AnyPgColumn;
  changeReason: AnyPgColumn;
  status: AnyPgColumn;
  issuedAt: AnyPgColumn;
}

/** A later revision names the one it supersedes and why; an issued one says when. */
const revisionChecks = (table: string, t: RevisionColumns) => [
  check(
    `${table}_revision_check`,
    sql`${t.revision} = 1 or (${t.revision} > 1 and ${t.supersedesId} is not null and ${t.changeReason} is not null)`,
  ),
  check(`${table}_issued_check`, sql`${t.status} <> 'issued' or ${t.issuedAt} is not null`),
];

/** The council's framework: content groups, maximum points, bonus and deduction items, awards. */
export const frameworks = pgTable(
  'frameworks',
  {
    id: id(),
    councilId: requiredRef('council_id', () => councils.id),
    code: text('code').notNull(),
    revision: integer('revision').notNull().default(1),
    name: text('name').notNull(),
    /** The unit type it is written for (wards, departments, schools…), if only one. */
    unitType: unitType('unit_type'),
    /** The built-in profile it started from (e.g. `ba-dinh-2022`), for the record. */
    profileCode: text('profile_code'),
    status: criteriaStatus('status').notNull().default('draft'),
    ruleset: jsonb('ruleset').$type<RulesetDocument>().notNull(),
    /** Groups clusters may not change (Ba Đình III and IV). */
    fixedGroupCodes: text('fixed_group_codes')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /** Bắc Giang: a cluster adds at most ceil(ratio × n) criteria to a group; null = no limit. */
    maxAddedCriteriaRatio: numeric('max_added_criteria_ratio', { precision: 5, scale: 4 }),
    supersedesId: uuid('supersedes_id').references((): AnyPgColumn => frameworks.id),
    changeReason: text('change_reason'),
    ...issue(),
  },
  (t) => [
    unique('frameworks_council_code_revision_key').on(t.councilId, t.code, t.revision),
    ...revisionChecks('frameworks', t),
  ],
);

/** A cluster's criteria, specialised from a framework: one row per revision. */
export const criteriaVersions = pgTable(
  'criteria_versions',
  {
    id: id(),
    clusterId: requiredRef('cluster_id', () => clusters.id),
    frameworkId: requiredRef('framework_id', () => frameworks.id),
    revision: integer('revision').notNull().default(1),
    status: criteriaStatus('status').notNull().default('draft'),
    ruleset: jsonb('ruleset').$type<RulesetDocument>().notNull(),
    supersedesId: uuid('supersedes_id').references((): AnyPgColumn => criteriaVersions.id),
    changeReason: text('change_reason'),
    createdBy: uuid('created_by').references(() => users.id),
    agreedAt: instant('agreed_at'),
    ...issue(),
  },
  (t) => [
    unique('criteria_versions_cluster_revision_key').on(t.clusterId, t.revision),
    ...revisionChecks('criteria_versions', t),
    index('criteria_versions_framework_id_idx').on(t.frameworkId),
  ],
);

/**
 * Who scores a leaf criterion of a revision: the units themselves, a focal department, or the standing
 * office. Part of the revision: locked with it once issued.
 */
export const criterionAssignments = pgTable(
  'criterion_assignments',
  {
    id: id(),
    criteriaVersionId: requiredRef('criteria_version_id', () => criteriaVersions.id, 'cascade'),
    criterionCode: text('criterion_code').notNull(),
    owner: criterionOwner('owner').notNull().default('self'),
    focalUnitId: uuid('focal_unit_id').references(() => units.id),
    evidenceRequired: boolean('evidence_required').notNull().default(false),
    /** What evidence is expected, in the criteria document's words. */
    evidenceHint: text('evidence_hint'),
    ...timestamps(),
  },
  (t) => [
    unique('criterion_assignments_version_criterion_key').on(t.criteriaVersionId, t.criterionCode),
    check(
      'criterion_assignments_focal_unit_check',
      sql`(${t.owner} = 'focalUnit') = (${t.focalUnitId} is not null)`,
    ),
    index('criterion_assignments_focal_unit_id_idx').on(t.focalUnitId),
  ],
);
