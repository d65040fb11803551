import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import type { AuditFilters } from './types';

const PAGE_SIZES = [20, 50, 100];
const DEFAULT_PAGE_SIZE = 20;

/** The address's name of each filter (Vietnamese, as users share links) and the server's. */
const PARAMS: Record<keyof AuditFilters, string> = {
  actor: 'nguoi',
  entityType: 'doiTuong',
  entityId: 'ma',
  action: 'thaoTac',
  from: 'tu',
  to: 'den',
  q: 'q',
};

function positive(value: string | null, fallback: number): number {
  const number = Number(value);
  return Number.isInteger(number) && number > 0 ? number : fallback;
}

/** The log's filters and page, kept in the address so Back and a shared link show the same rows. */
export function useAuditParams() {
  const [search, setSearch] = useSearchParams();
  const filters: AuditFilters = {};
  for (const [key, param] of Object.entries(PARAMS) as [keyof AuditFilters, string][]) {
    const value = search.get(param)?.trim();
    if (value) filters[key] = value;
  }
  const page = positive(search.get('trang'), 1);
  const size = positive(search.get('soDong'), DEFAULT_PAGE_SIZE);
  const pageSize = PAGE_SIZES.includes(size) ? size : DEFAULT_PAGE_SIZE;

  /** Changes some filters (an empty value removes one) and goes back to the first page. */
  const setFilters = useCallback(
    (changes: Partial<Record<keyof AuditFilters, string | undefined>>) =>
      setSearch(
        (current) => {
          const next = new URLSearchParams(current);
          for (const [key, value] of Object.entries(changes) as [keyof AuditFilters, string | undefined][]) {
            if (value?.trim()) next.set(PARAMS[key], value.trim());
            else next.delete(PARAMS[key]);
          }
          next.delete('trang');
          return next;
        },
        { replace: true },
      ),
    [setSearch],
  );

  const setPage = useCallback(
    (nextPage: number, nextSize: number) =>
      setSearch(
        (current) => {
          const next = new URLSearchParams(current);
          const p = nextSize === pageSize ? nextPage : 1;
          if (p === 1) next.delete('trang');
          else next.set('trang', String(p));
          if (nextSize === DEFAULT_PAGE_SIZE) next.delete('soDong');
          else next.set('soDong', String(nextSize));
          return next;
        },
        { replace: false },
      ),
    [setSearch, pageSize],
  );

  const clear = useCallback(() => setSearch(new URLSearchParams(), { replace: true }), [setSearch]);

  return { filters, page, pageSize, pageSizes: PAGE_SIZES, setFilters, setPage, clear };
}
