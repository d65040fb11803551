import { pgEnum } from 'drizzle-orm/pg-core';

// Each enum is a const array first, so the server and the web can build zod enums and exhaustive
// switches from the same list the database enforces.

/** Unit types seen in the documents (SPEC §3); the type suggests a unit's calendar. */
export const UNIT_TYPES = [
  'ward',
  'commune',
  'district',
  'department',
  'partyOrganisation',
  'massOrganisation',
  'publicServiceUnit',
  'school',
  'enterprise',
  'cooperative',
  'hospital',
  'other',
] as const;
export type UnitType = (typeof UNIT_TYPES)[number];
export const unitType = pgEnum('unit_type', UNIT_TYPES);

/** Administrative units work on the calendar year, schools on the school year (Sep–Aug). */
export const CALENDARS = ['calendarYear', 'schoolYear'] as const;
export type Calendar = (typeof CALENDARS)[number];
export const calendar = pgEnum('calendar', CALENDARS);

/**
 * Roles granted to a user in a council. Leader, deputy, member-unit and focal-department rights are not
 * stored: they follow from `unitStaff` of a unit plus that unit's place in a cluster or its criterion
 * assignments in the period at hand, so they change with the period without touching memberships.
 */
export const MEMBERSHIP_ROLES = ['administrator', 'standingOffice', 'councilMember', 'unitStaff'] as const;
export type MembershipRole = (typeof MEMBERSHIP_ROLES)[number];
export const membershipRole = pgEnum('membership_role', MEMBERSHIP_ROLES);

/** The stages of a period, in order (SPEC §4). */
export const PERIOD_STAGES = [
  'setup',
  'criteria',
  'registration',
  'pact',
  'midYear',
  'results',
  'review',
  'preparatory',
  'summary',
  'decision',
  'archived',
] as const;
export type PeriodStage = (typeof PERIOD_STAGES)[number];
export const periodStage = pgEnum('period_stage', PERIOD_STAGES);

/** Cụm (localities) or khối (agencies, enterprises, schools). */
export const CLUSTER_KINDS = ['cum', 'khoi'] as const;
export type ClusterKind = (typeof CLUSTER_KINDS)[number];
export const clusterKind = pgEnum('cluster_kind', CLUSTER_KINDS);

export const CLUSTER_ROLES = ['leader', 'deputy', 'member'] as const;
export type ClusterRole = (typeof CLUSTER_ROLES)[number];
export const clusterRole = pgEnum('cluster_role', CLUSTER_ROLES);

/** Frameworks and cluster criteria: draft → agreed → issued (issued is locked). */
export const CRITERIA_STATUSES = ['draft', 'agreed', 'issued'] as const;
export type CriteriaStatus = (typeof CRITERIA_STATUSES)[number];
export const criteriaStatus = pgEnum('criteria_status', CRITERIA_STATUSES);

/** Who scores a leaf criterion. */
export const CRITERION_OWNERS = ['self', 'focalUnit', 'standingOffice'] as const;
export type CriterionOwner = (typeof CRITERION_OWNERS)[number];
export const criterionOwner = pgEnum('criterion_owner', CRITERION_OWNERS);

/**
 * The layers of an entry: the unit's own, the focal department's, the standing office's, and the agreed
 * value (proposed by the leader's review, fixed at the preparatory meeting) that scoring uses.
 */
export const ENTRY_STAGES = ['self', 'focal', 'standingOffice', 'agreed'] as const;
export type EntryStage = (typeof ENTRY_STAGES)[number];
export const entryStage = pgEnum('entry_stage', ENTRY_STAGES);

export const ADJUSTMENT_KINDS = ['bonus', 'deduction'] as const;
export type AdjustmentKind = (typeof ADJUSTMENT_KINDS)[number];
export const adjustmentKind = pgEnum('adjustment_kind', ADJUSTMENT_KINDS);

export const REGISTRATION_STATUSES = ['draft', 'submitted'] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];
export const registrationStatus = pgEnum('registration_status', REGISTRATION_STATUSES);

export const OBJECTION_STATUSES = ['open', 'answered', 'withdrawn'] as const;
export type ObjectionStatus = (typeof OBJECTION_STATUSES)[number];
export const objectionStatus = pgEnum('objection_status', OBJECTION_STATUSES);

/** Triển khai, sơ kết, trù bị, tổng kết, chuyên đề (SPEC §10). */
export const MEETING_KINDS = ['trienKhai', 'soKet', 'truBi', 'tongKet', 'chuyenDe'] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];
export const meetingKind = pgEnum('meeting_kind', MEETING_KINDS);

export const VOTE_PURPOSES = ['tieBreak', 'election'] as const;
export type VotePurpose = (typeof VOTE_PURPOSES)[number];
export const votePurpose = pgEnum('vote_purpose', VOTE_PURPOSES);

/** The positions elected at the summary meeting for the next period. */
export const ELECTION_POSITIONS = ['leader', 'deputy'] as const;
export type ElectionPosition = (typeof ELECTION_POSITIONS)[number];
export const electionPosition = pgEnum('election_position', ELECTION_POSITIONS);

export const PROPOSAL_STATUSES = ['proposed', 'withdrawn', 'approved', 'rejected'] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];
export const proposalStatus = pgEnum('proposal_status', PROPOSAL_STATUSES);
