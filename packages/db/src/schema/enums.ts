import { pgEnum } from 'drizzle-orm/pg-core';
import * as vocabulary from '@thidua/vocabulary';

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
} from '@thidua/vocabulary';
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

export const unitType = pgEnum('unit_type', vocabulary.UNIT_TYPES);
export const calendar = pgEnum('calendar', vocabulary.CALENDARS);
export const membershipRole = pgEnum('membership_role', vocabulary.MEMBERSHIP_ROLES);
export const periodStage = pgEnum('period_stage', vocabulary.PERIOD_STAGES);
export const clusterKind = pgEnum('cluster_kind', vocabulary.CLUSTER_KINDS);
export const clusterRole = pgEnum('cluster_role', vocabulary.CLUSTER_ROLES);
export const criteriaStatus = pgEnum('criteria_status', vocabulary.CRITERIA_STATUSES);
export const criterionOwner = pgEnum('criterion_owner', vocabulary.CRITERION_OWNERS);
export const entryStage = pgEnum('entry_stage', vocabulary.ENTRY_STAGES);
export const adjustmentKind = pgEnum('adjustment_kind', vocabulary.ADJUSTMENT_KINDS);
export const registrationStatus = pgEnum('registration_status', vocabulary.REGISTRATION_STATUSES);
export const objectionStatus = pgEnum('objection_status', vocabulary.OBJECTION_STATUSES);
export const meetingKind = pgEnum('meeting_kind', vocabulary.MEETING_KINDS);
export const votePurpose = pgEnum('vote_purpose', vocabulary.VOTE_PURPOSES);
export const electionPosition = pgEnum('election_position', vocabulary.ELECTION_POSITIONS);
export const proposalStatus = pgEnum('proposal_status', vocabulary.PROPOSAL_STATUSES);
