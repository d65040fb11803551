// The shapes of the periods, deadlines and clusters APIs (apps/server/src/modules/periods), as the
// organisation screens read them.
import type { Calendar, UnitType } from '../api/types';

// The stages of a period, in order (SPEC §4), from the vocabulary the database builds its enum from.
export { PERIOD_STAGES, type PeriodStage } from '@thidua/vocabulary';
import { PERIOD_STAGES, type PeriodStage } from '@thidua/vocabulary';
export const DEADLINE_STAGES = PERIOD_STAGES.filter((s) => s !== 'archived');

export interface Period {
  id: string;
  councilId: string;
  name: string;
  year: number;
  calendar: Calendar;
  startsOn: string;
  endsOn: string;
  stage: PeriodStage;
  stageName: string;
  nextStage: PeriodStage | null;
  previousStage: PeriodStage | null;
  archivedAt: string | null;
  version: number;
  abilities: { update: boolean; changeStage: boolean; manageClusters: boolean };
}

export interface PeriodInput {
  name: string;
  year: number;
  calendar: Calendar;
  startsOn?: string;
  endsOn?: string;
  profileId?: string;
}

export interface PeriodProfile {
  id: string;
  name: string;
  calendar: Calendar;
  source: string;
  deadlines: { stage: PeriodStage; month: number; day: number; note: string | null }[];
}

export interface Deadline {
  id: string;
  periodId: string;
  stage: PeriodStage;
  stageName: string;
  clusterId: string | null;
  unitType: UnitType | null;
  dueOn: string;
  note: string | null;
  version: number;
}

export type DueStatus = 'done' | 'current' | 'upcoming';

export interface DueItem extends Deadline {
  status: DueStatus;
  late: boolean;
  daysLeft: number;
}

export interface DueList {
  periodId: string;
  stage: PeriodStage;
  asOf: string;
  lateCount: number;
  items: DueItem[];
  total: number;
}

export interface DeadlineInput {
  /** The version read of this scope's deadline; 0 when it has none. */
  version: number;
  stage: PeriodStage;
  dueOn: string;
  unitType?: UnitType | null;
  clusterId?: string | null;
  note?: string | null;
}

export type ClusterKind = 'cum' | 'khoi';
export type Seat = 'leader' | 'deputy' | 'member';

export interface ClusterMember {
  unitId: string;
  code: string;
  name: string;
  type: UnitType;
  seat: Seat;
  deputyRank: number | null;
}

export interface Cluster {
  id: string;
  periodId: string;
  lineageId: string;
  code: string;
  name: string;
  kind: ClusterKind;
  follower: { userId: string; displayName: string } | null;
  helperOffice: string | null;
  version: number;
  members: ClusterMember[];
  abilities: { update: boolean; editMembers: boolean; reasonRequired: boolean; setDeadlines: boolean };
}

export interface ClusterInput {
  code: string;
  name: string;
  kind: ClusterKind;
  followerUserId?: string | null;
  helperOffice?: string | null;
}

export interface UnitRef {
  unitId: string;
  code: string;
  name: string;
}

export interface HistoryItem {
  periodId: string;
  periodName: string;
  year: number;
  calendar: Calendar;
  stage: PeriodStage;
  clusterId: string;
  code: string;
  name: string;
  leader: UnitRef | null;
  deputies: (UnitRef & { deputyRank: number })[];
}

export interface SeatInput {
  unitId: string;
  role: 'leader' | 'deputy';
  deputyRank?: number;
}
