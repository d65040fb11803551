import { Card, Col, Row, Typography } from 'antd';
import { useMemo } from 'react';
import { formatScore } from '../format';
import { useClusterResults, useClusters } from './api';
import { adjustmentStacks, finalsSeries, groupStacks, yearComparison } from './chart-data';
import { chartTexts as t } from './chart-texts';
import { type ChartOption, EChart } from './echart';
import type { Cluster, Period, UnitResult } from './types';

const COLORS = ['#1f5fad', '#3a9d5d', '#d99a1e', '#7b4fb3', '#1c9aa8', '#c2553d'];
/** Text on the canvas (axes, legends, bar labels): 10:1 on white, where ECharts' own greys are near 4.5:1. */
const TEXT = '#374151';
const valueFormatter = (value: unknown) => formatScore(typeof value === 'number' ? value : null);

/** Horizontal bars, one row per unit (long Vietnamese names wrap on the axis). */
function unitAxes(names: string[]): Pick<ChartOption, 'grid' | 'xAxis' | 'yAxis' | 'tooltip'> {
  return {
    grid: { left: 8, right: 24, top: 40, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter },
    xAxis: { type: 'value', axisLabel: { color: TEXT, formatter: (v: number) => formatScore(v) } },
    yAxis: {
      type: 'category',
      data: names,
      inverse: true,
      axisLabel: { color: TEXT, width: 150, overflow: 'break', interval: 0 },
    },
  };
}

const heightFor = (rows: number) => Math.max(200, rows * 36 + 80);

/** The numbers of a chart as a table for screen readers (and for checking against the API). */
function ChartData({
  id,
  title,
  names,
  columns,
}: {
  id: string;
  title: string;
  names: string[];
  columns: { label: string; values: (number | null)[] }[];
}) {
  return (
    // A table grows to its content whatever its width: the hidden box is a div around it.
    <div className="visually-hidden">
      <table data-chart={id}>
        <caption>{t.dataTable(title)}</caption>
        <thead>
          <tr>
            <th scope="col">{t.unit}</th>
            {columns.map((c) => (
              <th key={c.label} scope="col">
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {names.map((name, row) => (
            <tr key={name}>
              <th scope="row">{name}</th>
              {columns.map((c) => (
                <td key={c.label}>{c.values[row] === null ? t.notInPrevious : formatScore(c.values[row])}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

interface RankingChartsProps {
  units: UnitResult[];
  cluster: Cluster & { lineageId?: string };
  period: Period;
  periods: Period[];
  clusterLabel: string;
  awards?: { code: string; name: string; minScore: number }[];
}

/** The cluster's finals, each unit's groups stacked, and this year against last year for the same units. */
export function RankingCharts({ units, cluster, period, periods, clusterLabel, awards }: RankingChartsProps) {
  const previousPeriod = periods.find((p) => p.calendar === period.calendar && p.year === period.year - 1);
  const previousClusters = useClusters(previousPeriod?.id);
  const candidates: (Cluster & { lineageId?: string })[] = previousClusters.data ?? [];
  const previousCluster = candidates.find(
    (c) => (cluster.lineageId && c.lineageId === cluster.lineageId) || c.code === cluster.code,
  );
  const previous = useClusterResults(previousCluster?.id);

  const finals = useMemo(() => finalsSeries(units), [units]);
  const finalsOption = useMemo<ChartOption>(() => {
    const thresholds = [...new Map((awards ?? []).map((a) => [a.minScore, a])).values()];
    return {
      ...unitAxes(finals.names),
      series: [
        {
          type: 'bar',
          name: t.final,
          data: finals.finals,
          itemStyle: { color: COLORS[0] },
          label: { show: true, position: 'right', color: TEXT, formatter: (p) => valueFormatter(p.value) },
          markLine: {
            symbol: 'none',
            silent: true,
            lineStyle: { type: 'dashed', color: '#c2553d' },
            label: { show: false },
            data: thresholds.map((a) => ({
              xAxis: a.minScore,
              name: t.threshold(a.name, formatScore(a.minScore)),
            })),
          },
        },
      ],
    };
  }, [finals, awards]);

  const stacks = useMemo(() => ({ groups: groupStacks(units), extra: adjustmentStacks(units) }), [units]);
  const groupsOption = useMemo<ChartOption>(
    () => ({
      ...unitAxes(finals.names),
      legend: { top: 0, type: 'scroll', textStyle: { color: TEXT } },
      color: COLORS,
      series: [
        ...stacks.groups.map((g): ChartOption['series'] => ({
          type: 'bar',
          name: t.group(g.code),
          stack: 'score',
          data: g.values,
        })),
        { type: 'bar', name: t.bonus, stack: 'score', data: stacks.extra.bonus },
        { type: 'bar', name: t.deduction, data: stacks.extra.deduction, itemStyle: { color: '#c2553d' } },
      ] as ChartOption['series'],
    }),
    [finals.names, stacks],
  );

  const comparison = useMemo(
    () => (previous.data ? yearComparison(units, previous.data.units) : null),
    [units, previous.data],
  );
  const yearsOption = useMemo<ChartOption | null>(
    () =>
      comparison && previousPeriod
        ? {
            ...unitAxes(comparison.names),
            legend: { top: 0, textStyle: { color: TEXT } },
            series: [
              {
                type: 'bar',
                name: period.name,
                data: comparison.current,
                itemStyle: { color: COLORS[0] },
              },
              {
                type: 'bar',
                name: previousPeriod.name,
                data: comparison.previous,
                itemStyle: { color: '#9bb7da' },
              },
            ],
          }
        : null,
    [comparison, period.name, previousPeriod],
  );

  const height = heightFor(units.length);
  return (
    <section aria-labelledby="ranking-charts-heading">
      <Typography.Title level={2} id="ranking-charts-heading" style={{ fontSize: 18 }}>
        {t.chartsTitle}
      </Typography.Title>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <Card size="small" title={t.finalsTitle} className="chart-card" data-testid="chart-finals">
            <EChart option={finalsOption} height={height} label={t.finalsLabel(clusterLabel)} />
            {awards && awards.length > 0 && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t.thresholdsNote(
                  [...new Set(awards.map((a) => a.minScore))]
                    .sort((a, b) => a - b)
                    .map((score) => formatScore(score))
                    .join(', '),
                )}
              </Typography.Text>
            )}
            <ChartData
              id="finals"
              title={t.finalsTitle}
              names={finals.names}
              columns={[{ label: t.final, values: finals.finals }]}
            />
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card size="small" title={t.groupsTitle} className="chart-card" data-testid="chart-groups">
            <EChart option={groupsOption} height={height + 24} label={t.groupsLabel} />
            <ChartData
              id="groups"
              title={t.groupsTitle}
              names={finals.names}
              columns={[
                ...stacks.groups.map((g) => ({ label: t.group(g.code), values: g.values })),
                { label: t.bonus, values: stacks.extra.bonus },
                { label: t.deduction, values: stacks.extra.deduction },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24}>
          <Card
            size="small"
            className="chart-card"
            data-testid="chart-years"
            title={
              previousPeriod ? t.yearsTitle(period.name, previousPeriod.name) : t.yearsTitle(period.name, '—')
            }
          >
            {yearsOption && comparison ? (
              <>
                <EChart option={yearsOption} height={heightFor(units.length) + 60} label={t.yearsLabel} />
                <ChartData
                  id="years"
                  title={t.yearsLabel}
                  names={comparison.names}
                  columns={[
                    { label: period.name, values: comparison.current },
                    { label: previousPeriod!.name, values: comparison.previous },
                  ]}
                />
              </>
            ) : (
              <Typography.Text type="secondary">
                {previous.isLoading || previousClusters.isLoading ? t.previousLoading : t.noPrevious}
              </Typography.Text>
            )}
          </Card>
        </Col>
      </Row>
    </section>
  );
}
