import { Alert, Card, Flex, Select, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { STATISTICS_SCORE_STATE_NAMES } from '@thidua/vocabulary';
import { useSearchParams } from 'react-router';
import { useSetAddressParams } from '../app/address-params';
import { isApiError } from '../api/client';
import type { Council } from '../api/types';
import { FullPageSpin } from '../app/full-page-spin';
import { LoadError } from '../app/load-error';
import { usePageTitle } from '../app/page-title';
import { useSignedIn } from '../auth/require-session';
import { managesCouncil } from '../auth/roles';
import { formatScore } from '../format';
import { NoPermission } from '../organisation/no-permission';
import { PageHeader } from '../shared/page-header';
import { ExportExcelButton } from '../spreadsheets/excel-buttons';
import { useStatistics } from './api';
import { StatisticsCharts } from './statistics-charts';
import { statisticsTexts as t } from './texts';
import type { ClusterStatistics, PeriodStatistics } from './types';
import { useAddressCouncil } from '../app/address-council';

/** The years offered: fifteen back and next year (the server takes any range of at most twenty years). */
function yearOptions(): { value: number; label: string }[] {
  const now = new Date().getFullYear();
  return Array.from({ length: 17 }, (_, i) => now + 1 - i).map((year) => ({
    value: year,
    label: String(year),
  }));
}

const yearParam = (text: string | null) => (text && /^\d{4}$/.test(text) ? Number(text) : undefined);

/**
 * Thống kê: the council's statistics for the standing office and council members — per period and
 * cluster over the years chosen (five up to this year by default, kept in the address), the progress,
 * the distribution of the engine's final scores, awards against quotas and the award ratio, with charts
 * and the Excel export of exactly these numbers.
 */
function StatisticsPage() {
  usePageTitle(t.pageTitle);
  const session = useSignedIn();
  const { council, instead } = useAddressCouncil(t.noCouncil);

  if (!council) return instead;
  if (!managesCouncil(session, council) && !council.roles.includes('councilMember'))
    return <NoPermission title={t.noPermissionTitle} body={t.noPermission} />;
  return <StatisticsScreen council={council} />;
}

function StatisticsScreen({ council }: { council: Council }) {
  const [search] = useSearchParams();
  const setAddress = useSetAddressParams();
  const statistics = useStatistics(council.id, yearParam(search.get('tu')), yearParam(search.get('den')));

  if (isApiError(statistics.error) && statistics.error.status === 403)
    return <NoPermission title={t.noPermissionTitle} body={t.noPermission} />;
  const view = statistics.data;
  const setYears = (from: number, to: number) => setAddress({ tu: String(from), den: String(to) });

  return (
    <>
      <PageHeader
        title={t.heading}
        subtitle={council.name}
        extra={
          view && (
            <ExportExcelButton
              path={`/councils/${council.id}/spreadsheets/statistics`}
              title={t.exportTitle}
              size="middle"
              query={{ fromYear: String(view.fromYear), toYear: String(view.toYear) }}
            />
          )
        }
      />
      <Typography.Paragraph type="secondary">{t.intro}</Typography.Paragraph>
      {view && (
        <fieldset className="statistics-years" style={{ border: 0, padding: 0, margin: '0 0 16px' }}>
          <legend className="visually-hidden">{t.yearsLegend}</legend>
          <Flex wrap gap={16} align="center">
            <label htmlFor="statistics-from">{t.fromYear}</label>
            <Select
              id="statistics-from"
              value={view.fromYear}
              options={yearOptions()}
              style={{ width: 110 }}
              onChange={(from: number) => setYears(from, Math.max(from, view.toYear))}
            />
            <label htmlFor="statistics-to">{t.toYear}</label>
            <Select
              id="statistics-to"
              value={view.toYear}
              options={yearOptions()}
              style={{ width: 110 }}
              onChange={(to: number) => setYears(Math.min(view.fromYear, to), to)}
            />
          </Flex>
        </fieldset>
      )}
      {statistics.isPending ? (
        <FullPageSpin />
      ) : statistics.isError ? (
        <LoadError error={statistics.error} onRetry={() => void statistics.refetch()} />
      ) : view!.periods.length === 0 ? (
        <Alert role="status" type="info" showIcon title={t.noPeriods(view!.fromYear, view!.toYear)} />
      ) : (
        <>
          <StatisticsCharts periods={view!.periods} />
          {[...view!.periods].reverse().map((period) => (
            <PeriodCard key={period.periodId} period={period} />
          ))}
          <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
            {t.ratioNote}
          </Typography.Paragraph>
        </>
      )}
    </>
  );
}

function Progress({ c }: { c: ClusterStatistics }) {
  const parts: [string, number][] = [
    [t.registered, c.registered],
    [t.pactSigned, c.pactSigned],
    [t.selfScored, c.selfScored],
    [t.reviewed, c.reviewed],
  ];
  return (
    <ul className="statistics-figures statistics-progress">
      {parts.map(([label, n]) => (
        <li key={label}>
          {label}: {n}/{c.memberCount}
        </li>
      ))}
    </ul>
  );
}

function Scores({ c }: { c: ClusterStatistics }) {
  const s = c.scores;
  if (!s)
    return <Typography.Text type="secondary">{STATISTICS_SCORE_STATE_NAMES[c.scoreState]}</Typography.Text>;
  return (
    <ul className="statistics-figures score">
      <li>
        {t.min}: {formatScore(s.min)} · {t.max}: {formatScore(s.max)}
      </li>
      <li>
        {t.quartiles}: {formatScore(s.q1)} – {formatScore(s.q3)}
      </li>
      <li>
        {t.median}: {formatScore(s.median)}
      </li>
      <li>
        {t.mean}: {formatScore(s.mean)}
      </li>
      {c.complete === false && (
        <li>
          <Tag color="gold">{t.notComplete}</Tag>
        </li>
      )}
    </ul>
  );
}

function Awards({ c }: { c: ClusterStatistics }) {
  if (c.awards.length === 0) return null;
  return (
    <ul className="statistics-figures">
      {c.awards.map((a) => (
        <li key={a.code}>
          {a.name}: {t.awardOf(a.awarded, a.quota)}
        </li>
      ))}
    </ul>
  );
}

function PeriodCard({ period }: { period: PeriodStatistics }) {
  const columns: TableColumnsType<ClusterStatistics> = [
    {
      title: t.cluster,
      key: 'cluster',
      width: '24%',
      render: (_, c) => (
        <div className="wrap-anywhere">
          <strong>{c.name}</strong>
          <div>
            <Typography.Text type="secondary">{t.units(c.memberCount)}</Typography.Text>
          </div>
          <div className="show-below-md">
            <Progress c={c} />
            <Awards c={c} />
            {c.awardRatio !== null && c.awardedUnits !== null && (
              <div>
                {t.ratio}: {t.ratioOf(c.awardedUnits, formatScore(c.awardRatio))}
              </div>
            )}
          </div>
        </div>
      ),
    },
    {
      title: t.progress,
      key: 'progress',
      width: 150,
      responsive: ['md'],
      render: (_, c) => <Progress c={c} />,
    },
    { title: t.scores, key: 'scores', render: (_, c) => <Scores c={c} /> },
    { title: t.awards, key: 'awards', width: 280, responsive: ['md'], render: (_, c) => <Awards c={c} /> },
    {
      title: t.ratio,
      key: 'ratio',
      width: 130,
      responsive: ['md'],
      render: (_, c) =>
        c.awardRatio !== null && c.awardedUnits !== null
          ? t.ratioOf(c.awardedUnits, formatScore(c.awardRatio))
          : '',
    },
  ];
  return (
    <Card
      className="page-card"
      style={{ marginBottom: 16 }}
      title={
        <Flex gap={8} align="center" wrap>
          <Typography.Title level={2} style={{ fontSize: 18, margin: 0 }} className="wrap-anywhere">
            {period.name}
          </Typography.Title>
          {period.stage === 'archived' && <Tag>{t.archived}</Tag>}
        </Flex>
      }
      data-testid={`statistics-period-${period.year}`}
    >
      <Table
        caption={<span className="visually-hidden">{t.tableCaption(period.name)}</span>}
        rowKey="clusterId"
        size="small"
        columns={columns}
        dataSource={period.clusters}
        pagination={false}
      />
    </Card>
  );
}

export { StatisticsPage as Component };
