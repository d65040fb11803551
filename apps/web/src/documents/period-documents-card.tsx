import { useQuery } from '@tanstack/react-query';
import { apiQuery } from '../api/keys';
import type { Council, Page } from '../api/types';
import { useSignedIn } from '../auth/require-session';
import { managesCouncil } from '../auth/roles';
import { DownloadButtons } from './download-buttons';
import { DocumentList, type DocumentRow } from './document-list';
import { docTexts as t } from './texts';

interface Plan {
  id: string;
  title: string;
  number: string | null;
}

/**
 * The council's documents of a period, on the period's screen: the mid-year and annual reports and each
 * yearly plan with its task appendix — for the standing office and council members.
 */
export function PeriodDocumentsCard({ council, periodId }: { council: Council; periodId: string }) {
  const session = useSignedIn();
  const reads = managesCouncil(session, council) || council.roles.includes('councilMember');
  const plans = useQuery({
    ...apiQuery<Page<Plan>>(`/periods/${periodId}/plans`, { pageSize: 500 }),
    enabled: reads,
  });
  if (!reads) return null;
  const report = `/periods/${periodId}/documents/council-report`;
  const rows: DocumentRow[] = [
    {
      key: 'sk',
      label: t.midyearReport,
      node: <DownloadButtons path={report} query={{ kind: 'midyear' }} title={t.midyearReport} />,
    },
    {
      key: 'tk',
      label: t.annualReport,
      node: <DownloadButtons path={report} query={{ kind: 'annual' }} title={t.annualReport} />,
    },
    ...(plans.data?.items ?? []).map((p) => ({
      key: p.id,
      label: t.workPlan(p.title, p.number),
      node: (
        <DownloadButtons path={`/plans/${p.id}/documents/work-plan`} title={t.workPlan(p.title, p.number)} />
      ),
    })),
  ];
  return <DocumentList title={t.periodPanel} rows={rows} />;
}
