import type { UnitListParams } from '../api/organisation';
import { useListParams } from '../shared/use-list-params';

/**
 * The unit list's search, page and page size, kept in the address (`?q=…&trang=2&soDong=50`) so Back
 * and a shared link show the same list. Typing searches after a short pause, from the first page.
 */
export function useUnitListParams() {
  const { q, page, pageSize, text, setText, searchNow, setPage, pageSizes } = useListParams<
    Partial<UnitListParams>
  >({ followAddress: true });
  return {
    params: { q, page, pageSize } satisfies UnitListParams,
    text,
    setText,
    searchNow,
    setPage,
    pageSizes,
  };
}
