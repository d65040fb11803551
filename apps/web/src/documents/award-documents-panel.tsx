import { useQuery } from '@tanstack/react-query';
import { Card, Flex, List, Typography } from 'antd';
import { api } from '../api/client';
import type { Council, Page } from '../api/types';
import { useSignedIn } from '../auth/require-session';
import { managesCouncil } from '../auth/roles';
import { DownloadButtons } from './download-buttons';
import { docTexts as t } from './texts';

interface Decision {
  id: string;
  number: string;
  title: string;
}

/** The council's decisions of a period (`GET /periods/{id}/decisions`), for their draft documents. */
function useDecisions(periodId: string) {
  return useQuery({
    queryKey: ['decisions', periodId],
    queryFn: ({ signal }) =>
      api.get<Page<Decision>>(`/periods/${periodId}/decisions`, { signal, query: { pageSize: 50 } }),
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
  if (!reads) return null;
  const base = `/periods/${periodId}/documents`;
  const rows = [
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
    ...(decisions.data?.items ?? []).map((d) => ({
      key: d.id,
      label: t.decision(d.number),
      node: <DownloadButtons path={`/decisions/${d.id}/documents/decision`} title={t.decision(d.number)} />,
    })),
  ];
  return (
    <Card className="page-card" title={t.awardPanel}>
      <List
        dataSource={rows}
        renderItem={(row) => (
          <List.Item key={row.key}>
            <Flex justify="space-between" align="center" wrap gap={8} style={{ width: '100%' }}>
              <Typography.Text>{row.label}</Typography.Text>
              {row.node}
            </Flex>
          </List.Item>
        )}
      />
    </Card>
  );
}
