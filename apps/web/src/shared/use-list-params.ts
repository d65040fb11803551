import type { TablePaginationConfig } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { NavigationType, useLocation, useNavigationType, useSearchParams } from 'react-router';

const PAGE_SIZES = [10, 20, 50, 100];
const DEFAULT_PAGE_SIZE = 20;
const SEARCH_DELAY_MS = 300;
/** The history state the list puts on its own address changes (a string: history state is copied, so it compares by value). */
const OWN_CHANGE = 'list-params';

function positive(value: string | null, fallback: number): number {
  const number = Number(value);
  return Number.isInteger(number) && number > 0 ? number : fallback;
}

/** Writes one address parameter; its default value (or an empty one) removes it. */
export type PutParam = (key: string, value: string | number | undefined, fallback: string | number) => void;

interface Paging {
  q?: string;
  page?: number;
  pageSize?: number;
}

/**
 * A list's search, page and page size, kept in the address (`?q=…&trang=2&soDong=50`) so Back and a
 * shared link show the same list, plus the screen's own filters (`putFilters`, a stable function that
 * writes them between the search and the page). Typing searches after a short pause, from the first
 * page. With `followAddress`, a search changed by the address itself (Back, a link) shows in the box.
 */
export function useListParams<C extends Paging>(options: {
  putFilters?: (changes: C, put: PutParam) => void;
  followAddress?: boolean;
}) {
  const { putFilters, followAddress = false } = options;
  const [search, setSearch] = useSearchParams();
  const q = search.get('q') ?? '';
  const page = positive(search.get('trang'), 1);
  const size = positive(search.get('soDong'), DEFAULT_PAGE_SIZE);
  const pageSize = PAGE_SIZES.includes(size) ? size : DEFAULT_PAGE_SIZE;
  const [text, setText] = useState(q);

  const update = useCallback(
    (changes: C) =>
      setSearch(
        (current) => {
          const next = new URLSearchParams(current);
          const put: PutParam = (key, value, fallback) =>
            value === undefined || value === fallback || value === ''
              ? next.delete(key)
              : next.set(key, String(value));
          if (changes.q !== undefined) put('q', changes.q.trim(), '');
          putFilters?.(changes, put);
          if (changes.page !== undefined) put('trang', changes.page, 1);
          if (changes.pageSize !== undefined) put('soDong', changes.pageSize, DEFAULT_PAGE_SIZE);
          return next;
        },
        // Marked as the list's own change, so the box does not take it for the address changing by itself.
        { replace: true, state: OWN_CHANGE },
      ),
    [setSearch, putFilters],
  );

  // The address changed by itself (Back, a link, the menu): the box shows its search. Decided per
  // navigation, not per value of `q`: router navigations are React transitions, so a search the list
  // asked for can be superseded by a later click before it is ever shown, and the search shown before
  // and after is then the same while the box still holds the superseded text. Not on the first render:
  // text typed before the effects first ran (a fast typist, a loaded machine) must not be wiped.
  const location = useLocation();
  const navigation = useNavigationType();
  const byItself = navigation === NavigationType.Pop || location.state !== OWN_CHANGE;
  const seenKey = useRef(location.key);
  useEffect(() => {
    if (!followAddress || seenKey.current === location.key) return;
    seenKey.current = location.key;
    if (byItself) setText((current) => (current.trim() === q ? current : q));
  }, [location.key, byItself, q, followAddress]);

  useEffect(() => {
    if (text.trim() === q) return;
    const timer = window.setTimeout(() => update({ q: text, page: 1 } as C), SEARCH_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [text, q, update]);

  return {
    search,
    q,
    page,
    pageSize,
    text,
    setText,
    update,
    searchNow: (value: string) => {
      setText(value);
      update({ q: value, page: 1 } as C);
    },
    setPage: (nextPage: number, nextSize: number) =>
      update({ page: nextSize === pageSize ? nextPage : 1, pageSize: nextSize } as C),
    pageSizes: PAGE_SIZES,
  };
}

/**
 * A table's pagination over the page and size the address holds (`at`), the sizes offered and the change
 * of either (`control`), the server's total, and how the total reads ("1–20 / 35 đơn vị").
 */
export function tablePages(
  at: { page: number; pageSize: number },
  control: { pageSizes: number[]; setPage: (page: number, size: number) => void },
  total: number,
  showTotal: (from: number, to: number, total: number) => string,
): TablePaginationConfig {
  return {
    current: at.page,
    pageSize: at.pageSize,
    total,
    pageSizeOptions: control.pageSizes,
    showSizeChanger: true,
    showTotal: (all, [from, to]) => showTotal(from, to, all),
    onChange: control.setPage,
    responsive: true,
  };
}
