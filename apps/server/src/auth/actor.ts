import type { MembershipRole } from '@thidua/db';
import { AppError } from '../http/errors';

/** Who is making a request: the signed-in user and their memberships (roles per council). */
export interface Actor {
  userId: string;
  username: string;
  displayName: string;
  isSystemAdmin: boolean;
  mustChangePassword: boolean;
  sessionId: string;
  /** How this session was opened: a single sign-on session also ends at the provider on sign-out. */
  signInMethod: 'password' | 'oidc';
  csrfToken: string;
  memberships: { councilId: string; role: MembershipRole; unitId: string | null }[];
}

/** The actor of an authenticated request; anything else is refused with 401. */
export function requireActor(actor: Actor | null): Actor {
  if (!actor) throw new AppError('UNAUTHENTICATED');
  return actor;
}
