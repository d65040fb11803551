import { contextualRole } from '../app/work-choice';
import { useSignedIn } from '../auth/require-session';
import { rolesIn } from '../auth/roles';
import { useCurrentCouncil, useCurrentWorkplace } from '../layout/current-council';
import type { GuideSlug } from './guides';

/** The guide that fits the user best: the role they have where they work now. */
export function useOwnGuide(): GuideSlug {
  const session = useSignedIn();
  const { council } = useCurrentCouncil();
  const place = useCurrentWorkplace(council?.id);
  const roles = rolesIn(session, council?.id);
  if (roles.includes('standingOffice')) return 'co-quan-thuong-truc';
  if (roles.includes('unitStaff')) {
    const role = contextualRole(place);
    if (role === 'leader' || role === 'deputy') return 'cum-truong-cum-pho';
    if (role === 'focal') return 'don-vi-dau-moi';
    return 'don-vi-thanh-vien';
  }
  if (roles.includes('councilMember')) return 'thanh-vien-hoi-dong';
  if (roles.includes('administrator') || session.user.isSystemAdmin) return 'quan-tri';
  return 'don-vi-thanh-vien';
}
