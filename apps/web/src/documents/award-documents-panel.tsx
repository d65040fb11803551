import { useQuery } from '@tanstack/react-query';
import { awardName } from '@thidua/vocabulary';
import { apiQuery } from '../api/keys';
import type { Council, Page } from '../api/types';
import { useSignedIn } from '../auth/require-session';
import { managesCouncil } from '../auth/roles';
import { useDecisions } from '../proposals/api';
import { DossierPackageButton, DownloadButtons } from './download-buttons';
import { DocumentList, type DocumentRow } from './document-list';
import { docTexts as t } from './texts';

interface Proposal {
  id: string;
  unitName: string;
  awardCode: string;
  status: 'proposed' | 'withdrawn' | 'approved' | 'rejected';
}

/** The period's proposals (`GET /periods/{id}/proposals`), for their achievement reports. */
function useProposals(periodId: string, enabled: boolean) {
  return useQuery({
    ...apiQuery<Page<Proposal>>(`/periods/${periodId}/proposals`, { pageSize: 500 }),
    enabled,
  });
}

/**
 * The period's award paperwork, for those who read every cluster's proposals (the standing office and
 * council members): the tờ trình with its list, the state-level tờ trình, and each decision's draft.
 */
export function AwardDocumentsPanel({ council, periodId }: { council: Council; periodId: string }) {
  const session = useSignedIn();
  const reads = managesCouncil(session, council) || council.roles.includes('councilMember');
  const decisions = useDecisions(periodId);
  const proposals = useProposals(periodId, reads);
  if (!reads) return null;
  const base = `/periods/${periodId}/documents`;
  const rows: DocumentRow[] = [
    {
      key: 'tt',
      label: t.awardProposal,
      node: <DownloadButtons path={`${base}/award-proposal`} title={t.awardProposal} />,
    },
    {
      key: 'ds',
      label: t.proposalList,
      node: <DownloadButtons path={`${base}/proposal-list`} title={t.proposalList} />,
    },
    {
      key: 'nn',
      label: t.stateProposal,
      node: (
        <DownloadButtons
          path={`${base}/award-proposal`}
          query={{ level: 'council' }}
          title={t.stateProposal}
        />
      ),
    },
    {
      key: 'hs',
      label: t.dossierPackage,
      node: <DossierPackageButton path={`${base}/dossier-package`} />,
    },
    ...(decisions.data ?? []).map((d) => ({
      key: d.id,
      label: t.decision(d.number),
      node: <DownloadButtons path={`/decisions/${d.id}/documents/decision`} title={t.decision(d.number)} />,
    })),
    ...(proposals.data?.items ?? [])
      .filter((p) => p.status === 'proposed' || p.status === 'approved')
      .map((p) => {
        const label = t.achievementReport(p.unitName, awardName(p.awardCode));
        return {
          key: p.id,
          label,
          node: <DownloadButtons path={`/proposals/${p.id}/documents/achievement-report`} title={label} />,
        };
      }),
  ];
  return <DocumentList title={t.awardPanel} rows={rows} />;
}
