// The shapes of the periods, deadlines and clusters APIs, as the organisation screens read them: the
// contract the server's routes declare (@thidua/contracts).
export type {
  DeadlineInput,
  DeadlineView as Deadline,
  DueItemView as DueItem,
  DueStatus,
  DueView as DueList,
  PeriodInput,
  PeriodProfileView as PeriodProfile,
  PeriodView as Period,
} from '@thidua/contracts/periods';
export type {
  ClusterInput,
  ClusterMemberView as ClusterMember,
  ClusterView as Cluster,
  HistoryItem,
  SeatInput,
  UnitRef,
} from '@thidua/contracts/periods-clusters';

// The stages of a period, in order (SPEC §4), from the vocabulary the database builds its enum from.
export {
  type ClusterKind,
  type ClusterRole as Seat,
  DEADLINE_STAGES,
  PERIOD_STAGES,
  type PeriodStage,
} from '@thidua/vocabulary';
