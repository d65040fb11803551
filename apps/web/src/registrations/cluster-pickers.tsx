import { PeriodClusterPicker } from '../app/period-cluster-picker';
import type { ClusterChoice } from './cluster-context';

export { periodLabel } from '../app/period-cluster-picker';

/**
 * The period and cluster pickers of a registration or meeting screen (the shared picker with the
 * period's stage). `extraClusters` adds choices to the cluster list (the council's own meetings).
 */
export function ClusterPickers({
  choice,
  idPrefix,
  extraClusters = [],
}: {
  choice: ClusterChoice;
  idPrefix: string;
  extraClusters?: { value: string; label: string }[];
}) {
  return <PeriodClusterPicker choice={choice} idPrefix={idPrefix} extraClusters={extraClusters} showStage />;
}
