import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiQuery } from '../api/keys';
import type { StatisticsView } from './types';

/** The council's statistics over the years asked (the server's default: five years up to this year). */
export function useStatistics(councilId: string, fromYear: number | undefined, toYear: number | undefined) {
  return useQuery({
    ...apiQuery<StatisticsView>(`/councils/${councilId}/statistics`, { fromYear, toYear }),
    placeholderData: keepPreviousData,
    retry: false,
  });
}
