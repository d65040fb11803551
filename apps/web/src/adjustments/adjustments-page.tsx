import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { stageOpen } from '@thidua/vocabulary';
import { Alert, Button, Card, Flex, Grid, Select, Space, Spin, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { api } from '../api/client';
import type { Page } from '../api/types';
import { FullPageSpin } from '../app/full-page-spin';
import { LoadError } from '../app/load-error';
import { usePageTitle } from '../app/page-title';
import { useSignedIn } from '../auth/require-session';
import { formatDate, formatScore } from '../format';
import { vi } from '../i18n/vi';
import { useClusterResults } from '../ranking/api';
import { reviewsCluster, useClusterChoice } from '../review/cluster-choice';
import { choiceTexts } from '../review/texts';
import { type Adjustment, useAdjustmentActions, useAdjustments, useIssuedRuleset } from './api';
import { AdjustmentForm } from './adjustment-form';
import { DeleteAdjustment } from './delete-adjustment';
import { EffectTable } from './effect-table';
import { adjustmentTexts as t } from './texts';
import { ScreenHeader } from '../shared/page-header';
import { useSetAddressParams } from '../app/address-params';

/**
 * Bonuses and deductions of a cluster (SPEC §4.6, §6): per unit, each record with its source document;
 * add, edit (with a reason) and delete (with a reason); the effect on each unit's final as the server's
 * results compute it.
 */
function AdjustmentsPage() {
  usePageTitle(t.pageTitle);
  const session = useSignedIn();
  const choice = useClusterChoice('adjustments');
  const { council, period, cluster } = choice;
  const wide = Grid.useBreakpoint().md ?? true;
  const [search] = useSearchParams();
  const setAddress = useSetAddressParams();
  const adjustments = useAdjustments(cluster?.id);
  const ruleset = useIssuedRuleset(cluster?.id);
  const results = useClusterResults(cluster?.id);
  const actions = useAdjustmentActions(cluster?.id);
  const [form, setForm] = useState<{ adjustment: Adjustment | null } | null>(null);
  const [deleting, setDeleting] = useState<Adjustment | null>(null);

  if (choice.councilsLoading) return <FullPageSpin />;
  if (choice.councilsError) return <LoadError error={choice.councilsError} />;
  if (!council) return <Alert role="status" type="warning" showIcon title={choiceTexts.noCouncil} />;

  const members = cluster?.members ?? [];
  const unitName = (id: string) => members.find((m) => m.unitId === id)?.name ?? '';
  const bonusItems = ruleset.data?.ruleset?.bonusItems ?? [];
  const deductionItems = ruleset.data?.ruleset?.deductionItems ?? [];
  const itemName = (code: string) =>
    bonusItems.find((i) => i.code === code)?.name ??
    deductionItems.find((i) => i.code === code)?.name ??
    code;
  const unitFilter = search.get('donVi') ?? '';
  const kindFilter = search.get('loai') ?? '';
  const setFilter = (key: string, value: string) => setAddress({ [key]: value });
  const adjustmentsOpen = period
    ? stageOpen(period.stage, Boolean(period.archivedAt), 'writeAdjustments')
    : false;
  const mayAdd = adjustmentsOpen && reviewsCluster(session, council, cluster) && Boolean(ruleset.data);

  const reloadOne = async (a: Adjustment) => {
    await actions.refresh();
    const page = await api.get<Page<Adjustment>>(`/clusters/${cluster!.id}/adjustments`, {
      query: { unitId: a.unitId, pageSize: 500 },
    });
    return page.items.find((x) => x.id === a.id);
  };

  let body;
  if (choice.error) body = <LoadError error={choice.error} onRetry={choice.retry} />;
  else if (choice.loading) body = <Spin description={vi.app.loading} />;
  else if (!period) body = <Alert role="status" type="info" showIcon title={choiceTexts.noPeriods} />;
  else if (!cluster) body = <Alert role="status" type="info" showIcon title={choiceTexts.noClusters} />;
  else if (adjustments.isError)
    body = <LoadError error={adjustments.error} onRetry={() => void adjustments.refetch()} />;
  else if (adjustments.isPending) body = <Spin description={vi.app.loading} />;
  else {
    const shown = adjustments.data.filter(
      (a) => (!unitFilter || a.unitId === unitFilter) && (!kindFilter || a.kind === kindFilter),
    );
    const source = (a: Adjustment) =>
      a.sourceNumber || a.sourceDate || a.sourceIssuer
        ? t.sourceLine(a.sourceNumber ?? '', formatDate(a.sourceDate), a.sourceIssuer ?? '')
        : t.noSource;
    const amount = (a: Adjustment) =>
      a.kind === 'bonus' ? t.pointsValue(formatScore(a.points)) : t.timesValue(a.count ?? 0);
    const buttons = (a: Adjustment) => (
      <Space wrap>
        {a.abilities.update && (
          <Button
            size="small"
            icon={<EditOutlined />}
            aria-label={`${vi.common.edit} ${itemName(a.itemCode)} — ${unitName(a.unitId)}`}
            onClick={() => setForm({ adjustment: a })}
          >
            {vi.common.edit}
          </Button>
        )}
        {a.abilities.delete && (
          <Button
            size="small"
            danger
            icon={<DeleteOutlined />}
            aria-label={`${t.deleteConfirm} ${itemName(a.itemCode)} — ${unitName(a.unitId)}`}
            onClick={() => setDeleting(a)}
          >
            {t.deleteConfirm}
          </Button>
        )}
      </Space>
    );
    const kindTag = (a: Adjustment) => (
      <Tag color={a.kind === 'bonus' ? 'green' : 'red'}>{a.kind === 'bonus' ? t.bonus : t.deduction}</Tag>
    );

    body = (
      <Flex vertical gap={16}>
        {!adjustmentsOpen && (
          <Alert role="status" type="info" showIcon title={t.stageClosed(period.stageName)} />
        )}
        <Card className="page-card" title={t.effectTitle}>
          {results.isError ? (
            <LoadError error={results.error} onRetry={() => void results.refetch()} />
          ) : (
            <EffectTable units={results.data?.units} loading={results.isPending} wide={wide} />
          )}
        </Card>
        <Card
          className="page-card"
          title={`${t.list} (${t.total(shown.length)})`}
          extra={
            mayAdd && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setForm({ adjustment: null })}>
                {t.add}
              </Button>
            )
          }
        >
          <Flex wrap gap={12} style={{ marginBottom: 12 }}>
            <Select
              aria-label={t.unit}
              value={unitFilter}
              style={{ minWidth: 220 }}
              options={[
                { value: '', label: t.allUnits },
                ...members.map((m) => ({ value: m.unitId, label: m.name })),
              ]}
              onChange={(value: string) => setFilter('donVi', value)}
            />
            <Select
              aria-label={t.kind}
              value={kindFilter}
              style={{ minWidth: 180 }}
              options={[
                { value: '', label: t.allKinds },
                { value: 'bonus', label: t.bonus },
                { value: 'deduction', label: t.deduction },
              ]}
              onChange={(value: string) => setFilter('loai', value)}
            />
          </Flex>
          {wide ? (
            <Table<Adjustment>
              rowKey="id"
              size="middle"
              dataSource={shown}
              pagination={false}
              locale={{ emptyText: adjustments.data.length === 0 ? t.empty : t.emptyFiltered }}
              columns={[
                {
                  title: t.unit,
                  key: 'unit',
                  render: (_, a) => <span className="wrap-anywhere">{unitName(a.unitId)}</span>,
                },
                {
                  title: t.item,
                  key: 'item',
                  render: (_, a) => (
                    <span className="wrap-anywhere">
                      {kindTag(a)}
                      {itemName(a.itemCode)}
                    </span>
                  ),
                },
                { title: t.amount, key: 'amount', render: (_, a) => amount(a), width: 120 },
                {
                  title: t.source,
                  key: 'source',
                  render: (_, a) => <span className="wrap-anywhere">{source(a)}</span>,
                },
                {
                  title: t.reason,
                  key: 'reason',
                  render: (_, a) => <span className="wrap-anywhere">{a.reason ?? a.note ?? ''}</span>,
                },
                { title: vi.common.actions, key: 'actions', render: (_, a) => buttons(a), width: 190 },
              ]}
            />
          ) : shown.length === 0 ? (
            <Typography.Text type="secondary">
              {adjustments.data.length === 0 ? t.empty : t.emptyFiltered}
            </Typography.Text>
          ) : (
            <ul className="ranking-cards">
              {shown.map((a) => (
                <li key={a.id}>
                  <Card size="small">
                    <Flex vertical gap={4}>
                      <Typography.Text strong className="wrap-anywhere">
                        {unitName(a.unitId)}
                      </Typography.Text>
                      <span className="wrap-anywhere">
                        {kindTag(a)}
                        {itemName(a.itemCode)}
                      </span>
                      <span>{amount(a)}</span>
                      <Typography.Text type="secondary" className="wrap-anywhere">
                        {t.source}: {source(a)}
                      </Typography.Text>
                      {a.reason && <span className="wrap-anywhere">{a.reason}</span>}
                      {buttons(a)}
                    </Flex>
                  </Card>
                </li>
              ))}
            </ul>
          )}
          <Typography.Text type="secondary" style={{ display: 'block', marginTop: 12, fontSize: 12 }}>
            {t.who}
          </Typography.Text>
        </Card>
      </Flex>
    );
  }

  return (
    <>
      <ScreenHeader title={t.heading} subtitle={t.intro} pickers={choice.pickers} />
      {body}
      {form && (
        <AdjustmentForm
          units={members}
          bonusItems={bonusItems}
          deductionItems={deductionItems}
          adjustment={form.adjustment}
          defaultUnitId={unitFilter || undefined}
          onSave={(input, editing) =>
            editing
              ? actions.update.mutateAsync({ id: editing.id, input })
              : actions.create.mutateAsync(input)
          }
          onReload={reloadOne}
          onClose={() => setForm(null)}
        />
      )}
      {deleting && (
        <DeleteAdjustment
          label={`${unitName(deleting.unitId)} — ${itemName(deleting.itemCode)}`}
          onDelete={(reason) => actions.remove.mutateAsync({ adjustment: deleting, reason })}
          onClose={() => setDeleting(null)}
        />
      )}
    </>
  );
}

export { AdjustmentsPage as Component };
