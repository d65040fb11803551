import { PACT_AGREEMENT_PARTIES } from '@thidua/vocabulary';
import { sql } from 'drizzle-orm';
import { check, jsonb, pgTable, text, unique, uuid } from 'drizzle-orm/pg-core';
import { users } from './auth';
import { id, instant, localDate, measure, requiredRef, timestamps, versioned } from './columns';
import { periodUnit } from './council-period';
import { criteriaVersions } from './criteria';
import { registrationStatus } from './enums';
import { units } from './organisation';
import { clusters, periods } from './periods';

/** An emulation model or thematic topic a unit registers (mô hình, chuyên đề). */
export interface RegisteredItem {
  name: string;
  description?: string;
}

/** What issuing the cluster's criteria dropped from a registration made before issue (migration 0029). */
export interface DroppedAtIssue {
  criteriaVersionId: string;
  plans: { criterionCode: string; plan: string; note: string | null }[];
  titles: string[];
}

/**
 * A unit's emulation registration for a period (Bắc Giang Phụ lục 01): titles sought, models and topics;
 * plan values per criterion live in `registration_plans`. It names the issued criteria revision whose
 * codes the plans use, or none while the cluster has not issued its criteria yet.
 */
export const registrations = pgTable(
  'registrations',
  {
    id: id(),
    ...periodUnit(),
    /** Null until the cluster issues its first criteria revision (registration comes first, migration 0029). */
    criteriaVersionId: uuid('criteria_version_id').references(() => criteriaVersions.id),
    status: registrationStatus('status').notNull().default('draft'),
    /** Award codes from the ruleset's ladder (TTLDXS, CO_TP…). */
    titlesSought: text('titles_sought')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    models: jsonb('models').$type<RegisteredItem[]>().notNull().default([]),
    topics: jsonb('topics').$type<RegisteredItem[]>().notNull().default([]),
    note: text('note'),
    droppedAtIssue: jsonb('dropped_at_issue').$type<DroppedAtIssue>(),
    submittedAt: instant('submitted_at'),
    submittedBy: uuid('submitted_by').references(() => users.id),
    ...versioned(),
  },
  (t) => [
    unique('registrations_period_unit_key').on(t.periodId, t.unitId),
    check('registrations_submitted_check', sql`${t.status} <> 'submitted' or ${t.submittedAt} is not null`),
  ],
);

/** A registered target: the plan value of one quantitative criterion. */
export const registrationPlans = pgTable(
  'registration_plans',
  {
    id: id(),
    registrationId: requiredRef('registration_id', () => registrations.id, 'cascade'),
    criterionCode: text('criterion_code').notNull(),
    plan: measure('plan').notNull(),
    note: text('note'),
    ...timestamps(),
  },
  (t) => [
    unique('registration_plans_registration_criterion_key').on(t.registrationId, t.criterionCode),
    check('registration_plans_plan_check', sql`${t.plan} >= 0`),
  ],
);

/** The signing of the emulation pact, recorded per unit (SPEC §4.4). */
export const pacts = pgTable(
  'pacts',
  {
    id: id(),
    periodId: requiredRef('period_id', () => periods.id),
    clusterId: requiredRef('cluster_id', () => clusters.id),
    unitId: requiredRef('unit_id', () => units.id),
    signedOn: localDate('signed_on').notNull(),
    /** Number and symbol of the pact document, e.g. "01/GƯTĐ-CTĐ1". */
    documentNumber: text('document_number'),
    note: text('note'),
    recordedBy: uuid('recorded_by').references(() => users.id),
    ...versioned(),
  },
  (t) => [unique('pacts_period_unit_key').on(t.periodId, t.unitId)],
);

// Who agrees before a cluster's pact is signed: from the vocabulary, re-exported for the server.
export { PACT_AGREEMENT_PARTIES, type PactAgreementParty } from '@thidua/vocabulary';

/**
 * "Cụm chỉ tổ chức ký kết giao ước thi đua … sau khi đã báo cáo và được sự đồng ý của thành viên Hội
 * đồng … được phân công theo dõi Cụm và sự thống nhất … với cơ quan Thường trực": each party's recorded
 * agreement (who, when). Withdrawing deletes the row until a signing is recorded (migration 0025).
 */
export const pactAgreements = pgTable(
  'pact_agreements',
  {
    id: id(),
    clusterId: requiredRef('cluster_id', () => clusters.id, 'cascade'),
    party: text('party', { enum: PACT_AGREEMENT_PARTIES }).notNull(),
    agreedBy: requiredRef('agreed_by', () => users.id),
    agreedAt: instant('agreed_at').notNull().defaultNow(),
    note: text('note'),
  },
  (t) => [
    unique('pact_agreements_cluster_party_key').on(t.clusterId, t.party),
    check('pact_agreements_party_check', sql`${t.party} in ('follower', 'standingOffice')`),
  ],
);
