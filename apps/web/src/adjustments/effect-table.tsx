import { Table } from 'antd';
import { formatScore } from '../format';
import type { UnitResult } from '../ranking/types';
import { adjustmentTexts as t } from './texts';

/** Each unit's scored total, bonuses, deductions and final, exactly as the server's engine returns them. */
export function EffectTable({
  units,
  loading,
  wide,
}: {
  units: UnitResult[] | undefined;
  loading: boolean;
  wide: boolean;
}) {
  return (
    <Table<UnitResult>
      rowKey="unit"
      size="small"
      loading={loading}
      dataSource={units ?? []}
      pagination={false}
      scroll={wide ? undefined : { x: 'max-content' }}
      data-testid="adjustment-effect"
      columns={[
        { title: t.rank, dataIndex: 'rank', key: 'rank', width: 64 },
        {
          title: t.unit,
          key: 'name',
          render: (_, u) => <span className="wrap-anywhere">{u.name}</span>,
        },
        { title: t.scored, key: 'scored', align: 'right', render: (_, u) => formatScore(u.scored) },
        { title: t.bonusTotal, key: 'bonus', align: 'right', render: (_, u) => formatScore(u.bonusTotal) },
        {
          title: t.deductionTotal,
          key: 'deduction',
          align: 'right',
          render: (_, u) => formatScore(u.deductionTotal),
        },
        {
          title: t.final,
          key: 'final',
          align: 'right',
          render: (_, u) => <strong>{formatScore(u.final)}</strong>,
        },
      ]}
    />
  );
}
