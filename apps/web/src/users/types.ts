// The shapes of the users API, as the users screen reads them: the contract the server's routes declare
// (@thidua/contracts), and the screen's own list filters.
import type { MembershipRole } from '../api/types';

export { MEMBERSHIP_ROLES } from '@thidua/vocabulary';

export type {
  CreateUserInput,
  MembershipInput,
  MembershipView as UserMembership,
  UserView as UserAccount,
} from '@thidua/contracts/users';

export interface UserListParams {
  q: string;
  role: MembershipRole | '';
  includeEnded: boolean;
  page: number;
  pageSize: number;
}
