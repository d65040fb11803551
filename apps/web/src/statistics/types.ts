// The council's statistics as GET /councils/:councilId/statistics returns them (scores as exact decimal
// text): the contract the server's route declares.
export type {
  ClusterStatistics,
  PeriodStatistics,
  ScoreState,
  StatisticsView,
} from '@thidua/contracts/statistics';
