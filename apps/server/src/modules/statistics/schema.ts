// The statistics' request and response schemas are the contract's (@thidua/contracts/statistics).
export {
  type ClusterStatistics,
  type StatisticsQuery,
  statisticsQuery,
  type StatisticsView,
  statisticsView,
} from '@thidua/contracts/statistics';

/** The years of the statistics: five years back to this year by default, at most twenty at once. */
export const MAX_YEARS = 20;
export const DEFAULT_YEARS = 5;
