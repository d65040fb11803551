import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiQuery } from '../api/keys';
import type { AuditFilters, AuditLabels, AuditPage } from './types';

/** One page of the council's log, newest first, with the filters applied by the server. */
export function useAuditEvents(councilId: string, filters: AuditFilters, page: number, pageSize: number) {
  return useQuery({
    ...apiQuery<AuditPage>(`/councils/${councilId}/audit`, { ...filters, page, pageSize }),
    placeholderData: keepPreviousData,
    retry: false,
  });
}

/** The Vietnamese names of the entity types and actions the log records (for the filters). */
export function useAuditLabels() {
  return useQuery({
    ...apiQuery<AuditLabels>('/audit/labels'),
    staleTime: Infinity,
  });
}

/** The address of the CSV export of the filtered log (a plain link: the browser downloads it). */
export function exportUrl(councilId: string, filters: AuditFilters): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(filters) as [string, string | undefined][])
    if (value) query.set(key, value);
  const text = query.toString();
  return `/api/v1/councils/${councilId}/audit/export${text ? `?${text}` : ''}`;
}
