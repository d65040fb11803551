// The council's statistics as GET /councils/:councilId/statistics returns them (scores as exact decimal text).
import type { PeriodStage } from '@thidua/vocabulary';

export type ScoreState = 'available' | 'noCriteria' | 'notPublished' | 'noUnits';

export interface ClusterStatistics {
  clusterId: string;
  code: string;
  name: string;
  kind: 'cum' | 'khoi';
  memberCount: number;
  registered: number;
  pactSigned: number;
  selfScored: number;
  reviewed: number;
  scoreState: ScoreState;
  complete: boolean | null;
  scores: {
    count: number;
    min: string;
    q1: string;
    median: string;
    q3: string;
    max: string;
    mean: string;
  } | null;
  awards: { code: string; name: string; awarded: number; quota: number | null }[];
  awardedUnits: number | null;
  awardRatio: string | null;
}

export interface PeriodStatistics {
  periodId: string;
  name: string;
  year: number;
  calendar: 'calendarYear' | 'schoolYear';
  stage: PeriodStage;
  clusters: ClusterStatistics[];
}

export interface StatisticsView {
  councilId: string;
  fromYear: number;
  toYear: number;
  periods: PeriodStatistics[];
}
