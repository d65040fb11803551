import { useSignedIn } from '../auth/require-session';
import { useWorkChoice, type WorkChoice, type WorkChoiceOptions } from '../app/use-work-choice';
import { type ClusterRoles, rolesInCluster } from './cluster-rules';
import type { ClusterDetail } from './types';

/** The shared period and cluster choice (app/use-work-choice.ts), with the user's place in the cluster. */
export interface ClusterChoice extends WorkChoice<ClusterDetail> {
  roles: ClusterRoles;
}

/** Council → period → cluster of a registration or meeting screen, where the user works by default. */
export function useClusterChoice(options: WorkChoiceOptions = {}): ClusterChoice {
  const session = useSignedIn();
  const choice = useWorkChoice<ClusterDetail>(options);
  return {
    ...choice,
    roles: rolesInCluster(
      choice.cluster,
      choice.ownUnitIds,
      choice.council?.roles ?? [],
      session.user.isSystemAdmin,
    ),
  };
}
