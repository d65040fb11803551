import { choiceBlocker, PeriodClusterPicker } from '../app/period-cluster-picker';
import { useWorkChoice } from '../app/use-work-choice';
import type { ClusterWithMembers } from '../api/periods';
import { useSignedIn } from '../auth/require-session';
import { managesCouncil } from '../auth/roles';
import { Alert, Card, Flex, Grid, Spin, Tag, Typography } from 'antd';
import { useState } from 'react';
import { FullPageSpin } from '../app/full-page-spin';
import { LoadError } from '../app/load-error';
import { usePageTitle } from '../app/page-title';
import { DownloadButtons } from '../documents/download-buttons';
import { ExportExcelButton } from '../spreadsheets/excel-buttons';
import { vi } from '../i18n/vi';
import { useClusterResults } from './api';
import { AwardNamesProvider, isIncomplete, useAwardName } from './award-names';
import { ExplanationDrawer } from './explanation-drawer';
import { PeriodFileButton } from './period-file-button';
import { RankingCards } from './ranking-cards';
import { RankingExtras } from './ranking-extras';
import { RankingTable } from './ranking-table';
import type { ResultDocument, UnitResult } from './types';
import { ScreenHeader } from '../shared/page-header';

const t = vi.ranking;

/**
 * Ranking and awards of a cluster or block, read-only: council → period → cluster (by default the
 * user's council, the latest period, its first cluster), kept in the address (`?ky=…&cum=…`) so a link
 * shows the same table. Every number is the engine's, written the Vietnamese way.
 */
function RankingPage() {
  usePageTitle(t.pageTitle);
  const screens = Grid.useBreakpoint();
  const wide = screens.md ?? true;
  const [explained, setExplained] = useState<UnitResult | null>(null);

  const session = useSignedIn();
  const choice = useWorkChoice<ClusterWithMembers>();
  const { council, period, cluster, periods } = choice;
  const results = useClusterResults(cluster?.id);

  if (choice.councilsLoading) return <FullPageSpin />;
  if (choice.councilsError) return <LoadError error={choice.councilsError} />;
  if (!council) return <Alert role="status" type="warning" showIcon title={t.noCouncil} />;

  const pickers = <PeriodClusterPicker choice={choice} idPrefix="ranking" />;

  let body;
  const blocker = choiceBlocker(choice);
  if (blocker) body = blocker;
  else if (results.isError) body = <LoadError error={results.error} onRetry={() => void results.refetch()} />;
  else if (!results.data || !cluster || !period)
    body = (
      <Flex justify="center" style={{ padding: 48 }}>
        <Spin description={vi.app.loading} />
      </Flex>
    );
  else {
    const caption = t.tableCaption(cluster.name, period.name);
    body = (
      <Flex vertical gap={12}>
        <Typography.Title level={2} style={{ fontSize: 18, margin: 0 }} className="wrap-anywhere">
          {caption}
          {period.archivedAt && (
            <Tag style={{ marginInlineStart: 8, verticalAlign: 'middle' }}>{t.archived}</Tag>
          )}
        </Typography.Title>
        <Flex gap={8} wrap align="center">
          <DownloadButtons path={`/clusters/${cluster.id}/documents/score-table`} title={caption} />
          <ExportExcelButton path={`/clusters/${cluster.id}/spreadsheets/results`} title={caption} />
          {(managesCouncil(session, council) ||
            cluster.members?.some((m) => choice.ownUnitIds.has(m.unitId) && m.seat !== 'member')) && (
            <PeriodFileButton cluster={cluster} />
          )}
        </Flex>
        <PendingVotes document={results.data} />
        <Provisional document={results.data} />
        {wide ? (
          <RankingTable units={results.data.units} caption={caption} onExplain={setExplained} />
        ) : (
          <RankingCards units={results.data.units} onExplain={setExplained} />
        )}
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t.readOnlyNote}
        </Typography.Text>
      </Flex>
    );
  }

  return (
    <AwardNamesProvider clusterId={cluster?.id}>
      <ScreenHeader title={t.heading} subtitle={council.name} pickers={pickers} />
      <Card className="page-card ranking-card">{body}</Card>
      {results.data && cluster && period && (
        <RankingExtras
          council={council}
          period={period}
          periods={periods.data ?? []}
          cluster={cluster}
          document={results.data}
        />
      )}
      <ExplanationDrawer result={explained} onClose={() => setExplained(null)} />
    </AwardNamesProvider>
  );
}

/** `complete: false`: the engine could not place tied units without a vote; say which, plainly. */
function PendingVotes({ document }: { document: ResultDocument }) {
  const nameOf = useAwardName();
  if (document.complete) return null;
  const names = new Map(document.units.map((u) => [u.unit, u.name]));
  return (
    <Alert
      type="warning"
      showIcon
      role="alert"
      title={t.incompleteTitle}
      description={
        <ul style={{ margin: 0, paddingInlineStart: 20 }}>
          {document.pendingVotes.map((vote) => (
            <li key={vote.award} className="wrap-anywhere">
              {t.pendingVoteLine(
                nameOf(vote.award),
                vote.places,
                vote.units.map((unit) => names.get(unit) ?? unit).join(', '),
              )}
            </li>
          ))}
        </ul>
      }
    />
  );
}

/** Units whose figures or facts are not all in: their status and award are provisional, said plainly. */
function Provisional({ document }: { document: ResultDocument }) {
  const incomplete = document.units.filter(isIncomplete);
  if (incomplete.length === 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      role="status"
      title={t.provisionalTitle(incomplete.length)}
      description={
        <>
          <div className="wrap-anywhere">{incomplete.map((u) => u.name).join(', ')}</div>
          <div>{t.provisionalBody}</div>
        </>
      }
    />
  );
}

export { RankingPage as Component };
