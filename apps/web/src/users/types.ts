// The shapes of the users API (apps/server/src/modules/users), as the users screen reads them.
import type { MembershipRole } from '../api/types';

export { MEMBERSHIP_ROLES } from '@thidua/vocabulary';

export interface UserMembership {
  id: string;
  councilId: string;
  role: MembershipRole;
  roleName: string;
  unitId: string | null;
  unitName: string | null;
  title: string | null;
  endedAt: string | null;
}

export interface UserAccount {
  id: string;
  username: string;
  displayName: string;
  /** Private details: null unless the reader administers one of the user's councils. */
  email: string | null;
  lastLoginAt: string | null;
  mustChangePassword: boolean | null;
  lockedUntil: string | null;
  isSystemAdmin: boolean;
  disabled: boolean;
  /** Sent back with an edit: someone else's edit in between answers 409. */
  version: number;
  memberships: UserMembership[];
  abilities: { manage: boolean };
}

export interface MembershipInput {
  role: MembershipRole;
  unitId?: string | null;
  title?: string | null;
}

export interface CreateUserInput extends MembershipInput {
  username: string;
  displayName: string;
  email?: string | null;
}

export interface UserListParams {
  q: string;
  role: MembershipRole | '';
  includeEnded: boolean;
  page: number;
  pageSize: number;
}
