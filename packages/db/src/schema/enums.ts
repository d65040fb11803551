import { pgEnum } from 'drizzle-orm/pg-core';
import {
  ADJUSTMENT_KINDS,
  CALENDARS,
  CLUSTER_KINDS,
  CLUSTER_ROLES,
  CRITERIA_STATUSES,
  CRITERION_OWNERS,
  ELECTION_POSITIONS,
  ENTRY_STAGES,
  MEETING_KINDS,
  MEMBERSHIP_ROLES,
  OBJECTION_STATUSES,
  PERIOD_STAGES,
  PROPOSAL_STATUSES,
  REGISTRATION_STATUSES,
  UNIT_TYPES,
  VOTE_PURPOSES,
} from '@thidua/vocabulary';

// The database enforces the domain's closed lists, which live (with their Vietnamese names) in
// @thidua/vocabulary so the browser can import them too. Re-exported here for the server's convenience.
export {
  ADJUSTMENT_KINDS,
  CALENDARS,
  CLUSTER_KINDS,
  CLUSTER_ROLES,
  CRITERIA_STATUSES,
  CRITERION_OWNERS,
  ELECTION_POSITIONS,
  ENTRY_STAGES,
  MEETING_KINDS,
  MEMBERSHIP_ROLES,
  OBJECTION_STATUSES,
  PERIOD_STAGES,
  PROPOSAL_STATUSES,
  REGISTRATION_STATUSES,
  UNIT_TYPES,
  VOTE_PURPOSES,
};
export type {
  AdjustmentKind,
  Calendar,
  ClusterKind,
  ClusterRole,
  CriteriaStatus,
  CriterionOwner,
  ElectionPosition,
  EntryStage,
  MeetingKind,
  MembershipRole,
  ObjectionStatus,
  PeriodStage,
  ProposalStatus,
  RegistrationStatus,
  UnitType,
  VotePurpose,
} from '@thidua/vocabulary';

export const unitType = pgEnum('unit_type', UNIT_TYPES);
export const calendar = pgEnum('calendar', CALENDARS);
export const membershipRole = pgEnum('membership_role', MEMBERSHIP_ROLES);
export const periodStage = pgEnum('period_stage', PERIOD_STAGES);
export const clusterKind = pgEnum('cluster_kind', CLUSTER_KINDS);
export const clusterRole = pgEnum('cluster_role', CLUSTER_ROLES);
export const criteriaStatus = pgEnum('criteria_status', CRITERIA_STATUSES);
export const criterionOwner = pgEnum('criterion_owner', CRITERION_OWNERS);
export const entryStage = pgEnum('entry_stage', ENTRY_STAGES);
export const adjustmentKind = pgEnum('adjustment_kind', ADJUSTMENT_KINDS);
export const registrationStatus = pgEnum('registration_status', REGISTRATION_STATUSES);
export const objectionStatus = pgEnum('objection_status', OBJECTION_STATUSES);
export const meetingKind = pgEnum('meeting_kind', MEETING_KINDS);
export const votePurpose = pgEnum('vote_purpose', VOTE_PURPOSES);
export const electionPosition = pgEnum('election_position', ELECTION_POSITIONS);
export const proposalStatus = pgEnum('proposal_status', PROPOSAL_STATUSES);
