// The shapes of the periods, clusters and results APIs, as the ranking screen reads them.

export type { ClusterSummary as Cluster, Period } from '../api/periods';

export type UnitStatus = 'eligible' | 'excluded' | 'postponed';

/** One unit of the engine's `thidua/result@1` document, in ranking order, with its explanations. */
export interface UnitResult {
  unit: string;
  name: string;
  criteria: { code: string; base: number; bonus: number; explanation: string }[];
  groups: { code: string; base: number; bonus: number; score: number; explanation: string }[];
  bonuses: { code: string; points: number; explanation: string }[];
  bonusTotal: number;
  scored: number;
  deductions: { code: string; points: number; count: number; explanation: string }[];
  deductionTotal: number;
  final: number;
  rank: number;
  status: UnitStatus;
  reasons: string[];
  downgraded: boolean;
  award: string | null;
  pendingVote?: string;
  missing: string[];
  missingFacts?: string[];
  explanation: { total: string; status: string; award: string };
}

export interface ResultDocument {
  format: string;
  complete: boolean;
  units: UnitResult[];
  pendingVotes: { award: string; places: number; units: string[] }[];
}
