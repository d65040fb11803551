import { QuestionCircleOutlined } from '@ant-design/icons';
import { Button, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { formatScore } from '../format';
import { vi } from '../i18n/vi';
import { AwardCell, StatusCell } from './result-tags';
import type { UnitResult } from './types';

interface RankingTableProps {
  units: UnitResult[];
  caption: string;
  onExplain: (unit: UnitResult) => void;
}

const score = (value: number | undefined) => <span className="score">{formatScore(value)}</span>;

/**
 * The ranking as the engine returns it (its order, its ranks, its numbers), one column per group of
 * criteria. At 1366×768 everything up to the status fits; the award column may need the table to
 * scroll sideways inside its card, rank and unit (with its "Vì sao?") staying in place.
 */
export function RankingTable({ units, caption, onExplain }: RankingTableProps) {
  const groups = units[0]?.groups.map((group) => group.code) ?? [];

  const columns: TableColumnsType<UnitResult> = [
    {
      title: vi.ranking.rank,
      key: 'rank',
      dataIndex: 'rank',
      width: 48,
      align: 'center',
      fixed: 'start',
      render: (rank: number) => <strong>{rank}</strong>,
    },
    {
      title: vi.ranking.unit,
      key: 'unit',
      width: 160,
      fixed: 'start',
      render: (_, result) => (
        <div className="wrap-anywhere">
          <Typography.Text strong>{result.name}</Typography.Text>
          <div>
            <Button
              size="small"
              type="link"
              style={{ paddingInline: 0 }}
              icon={<QuestionCircleOutlined aria-hidden />}
              aria-label={vi.ranking.whyFor(result.name)}
              onClick={() => onExplain(result)}
            >
              {vi.ranking.why}
            </Button>
          </div>
          {result.missing.length > 0 && (
            <Tag color="warning" style={{ marginInlineEnd: 0 }}>
              {vi.ranking.missing(result.missing.length)}
            </Tag>
          )}
        </div>
      ),
    },
    ...groups.map((code, index): TableColumnsType<UnitResult>[number] => ({
      title: vi.ranking.group(code),
      key: `group-${code}`,
      width: 72,
      align: 'right',
      render: (_, result) => score(result.groups[index]?.score),
    })),
    {
      title: vi.ranking.bonusTotal,
      key: 'bonusTotal',
      width: 68,
      align: 'right',
      render: (_, result) => score(result.bonusTotal),
    },
    {
      title: vi.ranking.scored,
      key: 'scored',
      width: 76,
      align: 'right',
      render: (_, result) => score(result.scored),
    },
    {
      title: vi.ranking.deductionTotal,
      key: 'deductionTotal',
      width: 68,
      align: 'right',
      render: (_, result) => score(result.deductionTotal),
    },
    {
      title: vi.ranking.final,
      key: 'final',
      width: 84,
      align: 'right',
      render: (_, result) => <strong className="score">{formatScore(result.final)}</strong>,
    },
    {
      title: vi.ranking.status,
      key: 'status',
      width: 120,
      render: (_, result) => <StatusCell result={result} />,
    },
    {
      title: vi.ranking.award,
      key: 'award',
      width: 170,
      render: (_, result) => <AwardCell result={result} />,
    },
  ];

  return (
    <Table<UnitResult>
      rowKey="unit"
      columns={columns}
      dataSource={units}
      pagination={false}
      size="small"
      bordered
      scroll={{ x: 'max-content' }}
      caption={<span className="visually-hidden">{caption}</span>}
      locale={{ emptyText: vi.ranking.noUnits }}
    />
  );
}
