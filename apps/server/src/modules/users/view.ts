import type { Database } from '@thidua/db';
import type { z } from 'zod';
import { councilAccess } from '../../access/council-access';
import type { Actor } from '../../auth/actor';
import { canManageAccounts } from './policy';
import { membershipsOf, presentUser } from './presenter';
import type { userView } from '@thidua/contracts/users';
import { loadVisibleUser } from './service';

/**
 * One account as the actor sees it: its roles (ended ones too) in the councils they share, and its
 * private details if the actor administers one of them. After a write, what was committed.
 */
export async function readUserView(
  db: Database,
  actor: Actor,
  userId: string,
): Promise<z.infer<typeof userView>> {
  const { user, sharedCouncilIds } = await loadVisibleUser(db, actor, userId);
  const councils = actor.isSystemAdmin ? 'all' : sharedCouncilIds;
  const manage =
    actor.isSystemAdmin || sharedCouncilIds.some((c) => canManageAccounts(councilAccess(actor, c)));
  return presentUser(user, await membershipsOf(db, [user.id], councils, true), manage);
}
