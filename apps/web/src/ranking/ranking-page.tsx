import { defaultPeriod } from '../app/default-period';
import { Alert, Card, Flex, Grid, Select, Spin, Tag, Typography } from 'antd';
import { type ReactNode, useState } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { useCouncils } from '../api/organisation';
import { FullPageSpin } from '../app/full-page-spin';
import { LoadError } from '../app/load-error';
import { usePageTitle } from '../app/page-title';
import { DownloadButtons } from '../documents/download-buttons';
import { paths } from '../app/paths';
import { vi } from '../i18n/vi';
import { useClusterResults, useClusters, usePeriods } from './api';
import { AwardNamesProvider, isIncomplete, useAwardName } from './award-names';
import { ExplanationDrawer } from './explanation-drawer';
import { RankingCards } from './ranking-cards';
import { RankingExtras } from './ranking-extras';
import { RankingTable } from './ranking-table';
import type { Period, ResultDocument, UnitResult } from './types';

const t = vi.ranking;

/**
 * Ranking and awards of a cluster or block, read-only: council → period → cluster (by default the
 * user's council, the latest period, its first cluster), kept in the address (`?ky=…&cum=…`) so a link
 * shows the same table. Every number is the engine's, written the Vietnamese way.
 */
function RankingPage() {
  usePageTitle(t.pageTitle);
  const { councilId = '' } = useParams();
  const [search, setSearch] = useSearchParams();
  const navigate = useNavigate();
  const screens = Grid.useBreakpoint();
  const wide = screens.md ?? true;
  const [explained, setExplained] = useState<UnitResult | null>(null);

  const councils = useCouncils();
  const council = councils.data?.find((c) => c.id === councilId);
  const periods = usePeriods(council?.id);
  const period = periods.data?.find((p) => p.id === search.get('ky')) ?? defaultPeriod(periods.data ?? []);
  const clusters = useClusters(period?.id);
  const cluster = clusters.data?.find((c) => c.id === search.get('cum')) ?? clusters.data?.[0];
  const results = useClusterResults(cluster?.id);

  if (councils.isPending) return <FullPageSpin />;
  if (councils.isError) return <LoadError error={councils.error} onRetry={() => void councils.refetch()} />;
  if (!council) return <Alert role="status" type="warning" showIcon title={t.noCouncil} />;

  const choose = (changes: { ky?: string; cum?: string }) =>
    setSearch(
      (current) => {
        const next = new URLSearchParams(current);
        if (changes.ky !== undefined) {
          next.set('ky', changes.ky);
          next.delete('cum');
        }
        if (changes.cum !== undefined) next.set('cum', changes.cum);
        return next;
      },
      { replace: true },
    );

  const pickers = (
    <Flex wrap gap={12} align="flex-end" className="ranking-pickers">
      {councils.data.length > 1 && (
        <Picker label={t.council} id="ranking-council">
          <Select
            id="ranking-council"
            value={council.id}
            options={councils.data.map((c) => ({ value: c.id, label: c.name }))}
            onChange={(id: string) => void navigate(paths.ranking(id))}
            popupMatchSelectWidth={false}
          />
        </Picker>
      )}
      <Picker label={t.period} id="ranking-period">
        <Select
          id="ranking-period"
          value={period?.id}
          placeholder={t.choosePeriod}
          loading={periods.isPending}
          options={(periods.data ?? []).map((p) => ({ value: p.id, label: periodLabel(p) }))}
          onChange={(id: string) => choose({ ky: id })}
          popupMatchSelectWidth={false}
        />
      </Picker>
      <Picker label={t.cluster} id="ranking-cluster">
        <Select
          id="ranking-cluster"
          value={cluster?.id}
          placeholder={t.chooseCluster}
          loading={clusters.isFetching}
          disabled={!period}
          options={(clusters.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
          onChange={(id: string) => choose({ cum: id })}
          popupMatchSelectWidth={false}
        />
      </Picker>
    </Flex>
  );

  let body;
  if (periods.isError) body = <LoadError error={periods.error} onRetry={() => void periods.refetch()} />;
  else if (periods.data?.length === 0)
    body = <Alert role="status" type="info" showIcon title={t.noPeriods} />;
  else if (clusters.isError)
    body = <LoadError error={clusters.error} onRetry={() => void clusters.refetch()} />;
  else if (clusters.data?.length === 0)
    body = <Alert role="status" type="info" showIcon title={t.noClusters} />;
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
        <DownloadButtons path={`/clusters/${cluster.id}/documents/score-table`} title={caption} />
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
      <div className="page-header">
        <div style={{ minWidth: 0 }}>
          <Typography.Title level={1} style={{ fontSize: 24 }}>
            {t.heading}
          </Typography.Title>
          <Typography.Text type="secondary" className="wrap-anywhere">
            {council.name}
          </Typography.Text>
        </div>
      </div>
      <Card className="page-card" style={{ marginBottom: 16 }}>
        {pickers}
      </Card>
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

function Picker({ label, id, children }: { label: string; id: string; children: ReactNode }) {
  return (
    <Flex vertical gap={4} className="ranking-picker">
      <label htmlFor={id}>{label}</label>
      {children}
    </Flex>
  );
}

function periodLabel(period: Period): string {
  return period.archivedAt
    ? `${period.name} (${t.archived.toLowerCase()})`
    : `${period.name} — ${period.stageName}`;
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
