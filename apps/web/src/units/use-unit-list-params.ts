import { useCallback, useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { UnitListParams } from '../api/organisation';

const PAGE_SIZES = [10, 20, 50, 100];
const DEFAULT_PAGE_SIZE = 20;
const SEARCH_DELAY_MS = 300;

function positive(value: string | null, fallback: number): number {
  const number = Number(value);
  return Number.isInteger(number) && number > 0 ? number : fallback;
}

/**
 * The unit list's search, page and page size, kept in the address (`?q=…&trang=2&soDong=50`) so Back
 * and a shared link show the same list. Typing searches after a short pause, from the first page.
 */
export function useUnitListParams() {
  const [search, setSearch] = useSearchParams();
  const q = search.get('q') ?? '';
  const page = positive(search.get('trang'), 1);
  const size = positive(search.get('soDong'), DEFAULT_PAGE_SIZE);
  const pageSize = PAGE_SIZES.includes(size) ? size : DEFAULT_PAGE_SIZE;
  const [text, setText] = useState(q);

  const update = useCallback(
    (changes: Partial<UnitListParams>) =>
      setSearch(
        (current) => {
          const next = new URLSearchParams(current);
          const put = (key: string, value: string | number | undefined, fallback: string | number) =>
            value === undefined || value === fallback || value === ''
              ? next.delete(key)
              : next.set(key, String(value));
          if (changes.q !== undefined) put('q', changes.q.trim(), '');
          if (changes.page !== undefined) put('trang', changes.page, 1);
          if (changes.pageSize !== undefined) put('soDong', changes.pageSize, DEFAULT_PAGE_SIZE);
          return next;
        },
        { replace: true },
      ),
    [setSearch],
  );

  // The address changed by itself (Back, a link): the box shows its search. Not on the first render:
  // text typed before the effects first ran (a fast typist, a loaded machine) must not be wiped.
  const shownQ = useRef(q);
  useEffect(() => {
    if (shownQ.current === q) return;
    shownQ.current = q;
    setText((current) => (current.trim() === q ? current : q));
  }, [q]);

  useEffect(() => {
    if (text.trim() === q) return;
    const timer = window.setTimeout(() => update({ q: text, page: 1 }), SEARCH_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [text, q, update]);

  return {
    params: { q, page, pageSize } satisfies UnitListParams,
    text,
    setText,
    searchNow: (value: string) => {
      setText(value);
      update({ q: value, page: 1 });
    },
    setPage: (nextPage: number, nextSize: number) =>
      update({ page: nextSize === pageSize ? nextPage : 1, pageSize: nextSize }),
    pageSizes: PAGE_SIZES,
  };
}
