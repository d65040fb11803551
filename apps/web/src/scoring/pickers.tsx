import type { ClusterWithMembers } from '../api/periods';
import { useWorkChoice } from '../app/use-work-choice';
import { WITH_FOCAL } from '../app/work-choice';

export { Picker, PeriodClusterPicker, choiceBlocker } from '../app/period-cluster-picker';

/** A cluster as the clusters list returns it, with its members (to find the user's own cluster). */
export type { ClusterWithMembers };

/** The grid opens where the user scores: a focal department on a cluster it scores, others on their own. */
export function useScoringChoice() {
  return useWorkChoice<ClusterWithMembers>({
    accept: WITH_FOCAL,
    prefer: ['focal', 'leader', 'deputy', 'member', 'follower'],
  });
}

/** Self-scoring opens on the cluster the user's unit sits in. */
export function useSelfScoringChoice() {
  return useWorkChoice<ClusterWithMembers>({ accept: ['leader', 'deputy', 'member'] });
}
