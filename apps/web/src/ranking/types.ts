// The shapes of the periods, clusters and results APIs, as the ranking screen reads them.

export type { ClusterSummary as Cluster, Period } from '../api/periods';

/** The engine's `thidua/result@1` document, as the results API sends it (one definition: the engine's). */
export type { ResultDocument, UnitResult } from '@thidua/engine';
import type { UnitResult } from '@thidua/engine';

export type UnitStatus = UnitResult['status'];
