import { useCallback, useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { MembershipRole } from '../api/types';
import { MEMBERSHIP_ROLES, type UserListParams } from './types';

const PAGE_SIZES = [10, 20, 50, 100];
const DEFAULT_PAGE_SIZE = 20;
const SEARCH_DELAY_MS = 300;

function positive(value: string | null, fallback: number): number {
  const number = Number(value);
  return Number.isInteger(number) && number > 0 ? number : fallback;
}

/**
 * The user list's search, role, ended roles and page, in the address (`?q=…&vaiTro=unitStaff&
 * caDaKetThuc=1&trang=2&soDong=50`) so Back and a shared link show the same list.
 */
export function useUserListParams() {
  const [search, setSearch] = useSearchParams();
  const q = search.get('q') ?? '';
  const roleParam = search.get('vaiTro');
  const role = MEMBERSHIP_ROLES.includes(roleParam as MembershipRole) ? (roleParam as MembershipRole) : '';
  const includeEnded = search.get('caDaKetThuc') === '1';
  const page = positive(search.get('trang'), 1);
  const size = positive(search.get('soDong'), DEFAULT_PAGE_SIZE);
  const pageSize = PAGE_SIZES.includes(size) ? size : DEFAULT_PAGE_SIZE;
  const [text, setText] = useState(q);

  const update = useCallback(
    (changes: Partial<UserListParams>) =>
      setSearch(
        (current) => {
          const next = new URLSearchParams(current);
          const put = (key: string, value: string | number | undefined, fallback: string | number) =>
            value === undefined || value === fallback || value === ''
              ? next.delete(key)
              : next.set(key, String(value));
          if (changes.q !== undefined) put('q', changes.q.trim(), '');
          if (changes.role !== undefined) put('vaiTro', changes.role, '');
          if (changes.includeEnded !== undefined) put('caDaKetThuc', changes.includeEnded ? '1' : '', '');
          if (changes.page !== undefined) put('trang', changes.page, 1);
          if (changes.pageSize !== undefined) put('soDong', changes.pageSize, DEFAULT_PAGE_SIZE);
          return next;
        },
        { replace: true },
      ),
    [setSearch],
  );

  useEffect(() => {
    if (text.trim() === q) return;
    const timer = window.setTimeout(() => update({ q: text, page: 1 }), SEARCH_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [text, q, update]);

  return {
    params: { q, role, includeEnded, page, pageSize } satisfies UserListParams,
    text,
    setText,
    update,
    pageSizes: PAGE_SIZES,
    setPage: (nextPage: number, nextSize: number) =>
      update({ page: nextSize === pageSize ? nextPage : 1, pageSize: nextSize }),
  };
}
