import { Card, Col, Empty, Row, Typography } from 'antd';
import { useMemo } from 'react';
import { formatScore } from '../format';
import { type ChartOption, EChart } from '../ranking/echart';
import { statisticsTexts as t } from './texts';
import type { ClusterStatistics, PeriodStatistics } from './types';

/** Text on the canvas: dark grey on white (as the ranking charts). */
const TEXT = '#374151';

interface Scored {
  label: string;
  cluster: ClusterStatistics & { scores: NonNullable<ClusterStatistics['scores']> };
}

/** The clusters with a score distribution, oldest year first, each named `2025 · Cụm thi đua số 1`. */
function scoredClusters(periods: PeriodStatistics[]): Scored[] {
  return periods.flatMap((p) =>
    p.clusters.flatMap((c) =>
      c.scores ? [{ label: t.seriesName(p.year, c.name), cluster: { ...c, scores: c.scores } }] : [],
    ),
  );
}

/** Horizontal categories, one per year and cluster. */
function axes(labels: string[]): Pick<ChartOption, 'grid' | 'yAxis' | 'xAxis'> {
  return {
    grid: { left: 8, right: 24, top: 16, bottom: 8, containLabel: true },
    yAxis: {
      type: 'category',
      data: labels,
      inverse: true,
      axisLabel: { color: TEXT, interval: 0, width: 170, overflow: 'break', lineHeight: 14 },
    },
    xAxis: {
      type: 'value',
      scale: true,
      axisLabel: { color: TEXT, formatter: (v: number) => formatScore(v) },
    },
  };
}

/** The charts' numbers as a table for screen readers, written from the API's decimal text. */
function DataTable({
  title,
  rows,
  columns,
}: {
  title: string;
  rows: Scored[];
  columns: [string, (c: Scored) => string][];
}) {
  return (
    <div className="visually-hidden">
      <table>
        <caption>{t.dataTable(title)}</caption>
        <thead>
          <tr>
            <th scope="col">{t.cluster}</th>
            {columns.map(([label]) => (
              <th key={label} scope="col">
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.cluster.clusterId}>
              <th scope="row">{row.label}</th>
              {columns.map(([label, value]) => (
                <td key={label}>{value(row)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A box per year and cluster (the five-number summary) and the award ratio per year and cluster. */
export function StatisticsCharts({ periods }: { periods: PeriodStatistics[] }) {
  const rows = useMemo(() => scoredClusters(periods), [periods]);
  const labels = useMemo(() => rows.map((r) => r.label), [rows]);
  const height = Math.max(200, rows.length * 52 + 60);

  const distribution = useMemo<ChartOption>(
    () => ({
      ...axes(labels),
      tooltip: {
        trigger: 'item',
        formatter: (p: unknown) => {
          const { dataIndex } = p as { dataIndex: number };
          const s = rows[dataIndex]!.cluster.scores;
          return [
            rows[dataIndex]!.label,
            `${t.max}: ${formatScore(s.max)}`,
            `${t.q3}: ${formatScore(s.q3)}`,
            `${t.median}: ${formatScore(s.median)}`,
            `${t.q1}: ${formatScore(s.q1)}`,
            `${t.min}: ${formatScore(s.min)}`,
          ].join('<br/>');
        },
      },
      series: [
        {
          type: 'boxplot',
          name: t.scores,
          itemStyle: { color: '#d6e4f5', borderColor: '#1f5fad' },
          data: rows.map(({ cluster: { scores: s } }) => [s.min, s.q1, s.median, s.q3, s.max].map(Number)),
        },
      ],
    }),
    [rows, labels],
  );

  const ratio = useMemo<ChartOption>(
    () => ({
      ...axes(labels),
      xAxis: { type: 'value', max: 100, axisLabel: { color: TEXT, formatter: (v: number) => `${v}%` } },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      series: [
        {
          type: 'bar',
          name: t.ratio,
          itemStyle: { color: '#3a9d5d' },
          data: rows.map((r) => Number(r.cluster.awardRatio ?? 0)),
          label: {
            show: true,
            position: 'right',
            color: TEXT,
            formatter: (p) => `${formatScore(rows[p.dataIndex]!.cluster.awardRatio ?? '0')}%`,
          },
        },
      ],
    }),
    [rows, labels],
  );

  return (
    <section aria-labelledby="statistics-charts-heading" style={{ marginBottom: 16 }}>
      <Typography.Title level={2} id="statistics-charts-heading" style={{ fontSize: 18 }}>
        {t.chartsTitle}
      </Typography.Title>
      {rows.length === 0 ? (
        <Empty description={t.noChart} />
      ) : (
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={12}>
            <Card
              size="small"
              title={t.distributionTitle}
              className="chart-card"
              data-testid="chart-distribution"
            >
              <EChart option={distribution} height={height} label={t.distributionLabel} />
              <DataTable
                title={t.distributionTitle}
                rows={rows}
                columns={[
                  [t.min, (r) => formatScore(r.cluster.scores.min)],
                  [t.q1, (r) => formatScore(r.cluster.scores.q1)],
                  [t.median, (r) => formatScore(r.cluster.scores.median)],
                  [t.q3, (r) => formatScore(r.cluster.scores.q3)],
                  [t.max, (r) => formatScore(r.cluster.scores.max)],
                  [t.mean, (r) => formatScore(r.cluster.scores.mean)],
                ]}
              />
            </Card>
          </Col>
          <Col xs={24} xl={12}>
            <Card size="small" title={t.ratioTitle} className="chart-card" data-testid="chart-ratio">
              <EChart option={ratio} height={height} label={t.ratioLabel} />
              <DataTable
                title={t.ratioTitle}
                rows={rows}
                columns={[[t.ratio, (r) => `${formatScore(r.cluster.awardRatio ?? '0')}%`]]}
              />
            </Card>
          </Col>
        </Row>
      )}
    </section>
  );
}
