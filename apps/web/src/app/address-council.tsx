import { Alert } from 'antd';
import type { ReactNode } from 'react';
import { useParams } from 'react-router';
import { useCouncils } from '../api/organisation';
import type { Council } from '../api/types';
import { FullPageSpin } from './full-page-spin';
import { LoadError } from './load-error';

/**
 * The council the address names (`/hoi-dong/:councilId/…`) among the user's, and what the screen shows
 * instead until it has one: a spinner while they load, their load error, or `noCouncil` (not one of the
 * user's). A screen returns `instead` while `council` is undefined.
 */
export function useAddressCouncil(noCouncil: string): { council: Council | undefined; instead: ReactNode } {
  const { councilId = '' } = useParams();
  const councils = useCouncils();
  const council = councils.data?.find((c) => c.id === councilId);
  let instead: ReactNode = null;
  if (councils.isPending) instead = <FullPageSpin />;
  else if (councils.isError)
    instead = <LoadError error={councils.error} onRetry={() => void councils.refetch()} />;
  else if (!council) instead = <Alert role="status" type="warning" showIcon title={noCouncil} />;
  return { council, instead };
}
