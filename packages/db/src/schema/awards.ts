import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text, unique, uuid } from 'drizzle-orm/pg-core';
import { users } from './auth';
import { id, localDate, points, requiredRef, versioned } from './columns';
import { councilPeriod } from './council-period';
import { criteriaVersions } from './criteria';
import { proposalStatus } from './enums';
import { meetings } from './meetings';
import { units } from './organisation';
import { clusters, periods } from './periods';

/** How many units of a cluster may receive an award (absent = unlimited, SPEC §7). */
export const quotas = pgTable(
  'quotas',
  {
    id: id(),
    clusterId: requiredRef('cluster_id', () => clusters.id),
    awardCode: text('award_code').notNull(),
    quota: integer('quota').notNull(),
    /** The document that set it (Bắc Giang: the provincial chair's yearly decision). */
    sourceNumber: text('source_number'),
    note: text('note'),
    ...versioned(),
  },
  (t) => [
    unique('quotas_cluster_award_key').on(t.clusterId, t.awardCode),
    check('quotas_quota_check', sql`${t.quota} >= 0`),
  ],
);

/** A council's decision (quyết định) that grants the awards of a period. */
export const councilDecisions = pgTable(
  'council_decisions',
  {
    id: id(),
    ...councilPeriod(),
    /** Number and symbol, e.g. "1234/QĐ-UBND". */
    number: text('number').notNull(),
    title: text('title').notNull(),
    signedOn: localDate('signed_on'),
    signer: text('signer'),
    note: text('note'),
    ...versioned(),
  },
  (t) => [unique('council_decisions_period_number_key').on(t.periodId, t.number)],
);

/**
 * A unit proposed for an award, by its cluster's summary meeting or, with `clusterId` null, by the
 * council itself (the Government-flag nominee among the flag winners). The score and rank are the ones
 * the proposal was made on, under `criteriaVersionId`.
 */
export const awardProposals = pgTable(
  'award_proposals',
  {
    id: id(),
    periodId: requiredRef('period_id', () => periods.id),
    clusterId: uuid('cluster_id').references(() => clusters.id),
    unitId: requiredRef('unit_id', () => units.id),
    awardCode: text('award_code').notNull(),
    criteriaVersionId: uuid('criteria_version_id').references(() => criteriaVersions.id),
    finalScore: points('final_score'),
    rank: integer('rank'),
    status: proposalStatus('status').notNull().default('proposed'),
    meetingId: uuid('meeting_id').references(() => meetings.id),
    decisionId: uuid('decision_id').references(() => councilDecisions.id),
    proposedBy: uuid('proposed_by').references(() => users.id),
    note: text('note'),
    reason: text('reason'),
    /** The council's vote on a Government-flag nominee (Art. 33.5): in favour, of all its members. */
    voteInFavour: integer('vote_in_favour'),
    voteMembers: integer('vote_members'),
    /**
     * Set when the unit's figures or facts were not all in (#11 §2): the standing office's reason for
     * letting the proposal go ahead; shown with the proposal, which stays provisional.
     */
    incompleteConfirmation: text('incomplete_confirmation'),
    ...versioned(),
  },
  (t) => [
    unique('award_proposals_period_unit_award_key').on(t.periodId, t.unitId, t.awardCode),
    index('award_proposals_cluster_id_idx').on(t.clusterId),
    check(
      'award_proposals_vote_check',
      sql`(${t.voteInFavour} is null) = (${t.voteMembers} is null) and (${t.voteMembers} is null or (${t.voteMembers} > 0 and ${t.voteInFavour} between 0 and ${t.voteMembers}))`,
    ),
    check(
      'award_proposals_decided_check',
      sql`${t.status} not in ('approved', 'rejected') or ${t.decisionId} is not null`,
    ),
  ],
);
