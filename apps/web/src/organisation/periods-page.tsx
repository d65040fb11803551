import { Alert } from 'antd';
import { Route, Routes, useParams } from 'react-router';
import { useCouncils } from '../api/organisation';
import { FullPageSpin } from '../app/full-page-spin';
import { LoadError } from '../app/load-error';
import { usePageTitle } from '../app/page-title';
import { useSignedIn } from '../auth/require-session';
import { managesCouncil } from '../auth/roles';
import { NoPermission } from './no-permission';
import { PeriodDetail } from './period-detail';
import { PeriodList } from './period-list';
import { t } from './texts';

/**
 * Kỳ thi đua, cụm và khối: the standing office's screen for the council's periods (`/ky-thi-dua`) and
 * one period with its stages, deadlines and clusters (`/ky-thi-dua/<periodId>?cum=<clusterId>`).
 * Council members follow their clusters on their own screen; unit staff have no business here.
 */
function PeriodsPage() {
  usePageTitle(t.pageTitle);
  const session = useSignedIn();
  const { councilId = '' } = useParams();
  const councils = useCouncils();

  if (councils.isPending) return <FullPageSpin />;
  if (councils.isError) return <LoadError error={councils.error} onRetry={() => void councils.refetch()} />;
  const council = councils.data.find((c) => c.id === councilId);
  if (!council) return <Alert role="status" type="warning" showIcon title={t.noCouncil} />;
  if (!managesCouncil(session, council))
    return <NoPermission title={t.noPermissionTitle} body={t.noPermission} />;

  return (
    <Routes>
      <Route index element={<PeriodList council={council} manages />} />
      <Route path=":periodId" element={<PeriodDetail council={council} />} />
    </Routes>
  );
}

export { PeriodsPage as Component };
