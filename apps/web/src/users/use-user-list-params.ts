import type { MembershipRole } from '../api/types';
import { type PutParam, useListParams } from '../shared/use-list-params';
import { MEMBERSHIP_ROLES, type UserListParams } from './types';

function putUserFilters(changes: Partial<UserListParams>, put: PutParam) {
  if (changes.role !== undefined) put('vaiTro', changes.role, '');
  if (changes.includeEnded !== undefined) put('caDaKetThuc', changes.includeEnded ? '1' : '', '');
}

/**
 * The user list's search, role, ended roles and page, in the address (`?q=…&vaiTro=unitStaff&
 * caDaKetThuc=1&trang=2&soDong=50`) so Back and a shared link show the same list.
 */
export function useUserListParams() {
  const list = useListParams<Partial<UserListParams>>({ putFilters: putUserFilters, followAddress: true });
  const roleParam = list.search.get('vaiTro');
  const role = MEMBERSHIP_ROLES.includes(roleParam as MembershipRole) ? (roleParam as MembershipRole) : '';
  const includeEnded = list.search.get('caDaKetThuc') === '1';
  const { q, page, pageSize } = list;
  return {
    params: { q, role, includeEnded, page, pageSize } satisfies UserListParams,
    text: list.text,
    setText: list.setText,
    update: list.update,
    pageSizes: list.pageSizes,
    setPage: list.setPage,
  };
}
