import { QuestionCircleOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Empty, Flex, Tag, Typography } from 'antd';
import { formatScore } from '../format';
import { vi } from '../i18n/vi';
import { AwardCell, StatusCell } from './result-tags';
import type { UnitResult } from './types';

interface RankingCardsProps {
  units: UnitResult[];
  onExplain: (unit: UnitResult) => void;
}

/** The ranking on a phone: a card per unit, in the engine's order, with the same numbers as the table. */
export function RankingCards({ units, onExplain }: RankingCardsProps) {
  if (units.length === 0) return <Empty description={vi.ranking.noUnits} />;
  return (
    <ol className="ranking-cards" aria-label={vi.ranking.heading}>
      {units.map((result) => (
        <li key={result.unit}>
          <Card size="small">
            <Flex gap={12} align="flex-start">
              <div className="rank-badge" aria-label={`${vi.ranking.rank} ${result.rank}`}>
                {result.rank}
              </div>
              <div style={{ flex: 1, minWidth: 0 }} className="wrap-anywhere">
                <Typography.Text strong>{result.name}</Typography.Text>
                <div>
                  <Typography.Text type="secondary">{vi.ranking.final}: </Typography.Text>
                  <strong className="score">{formatScore(result.final)}</strong>
                </div>
              </div>
            </Flex>
            <Flex wrap gap={6} style={{ marginBlock: 8 }}>
              <StatusCell result={result} compact />
              {result.missing.length > 0 && (
                <Tag color="warning" style={{ marginInlineEnd: 0 }}>
                  {vi.ranking.missing(result.missing.length)}
                </Tag>
              )}
            </Flex>
            {result.reasons.length > 0 && (
              <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
                {result.reasons.join('; ')}
              </Typography.Paragraph>
            )}
            <Descriptions
              size="small"
              column={2}
              items={[
                ...result.groups.map((group) => ({
                  key: group.code,
                  label: vi.ranking.group(group.code),
                  children: formatScore(group.score),
                })),
                { key: 'bonus', label: vi.ranking.bonusTotal, children: formatScore(result.bonusTotal) },
                { key: 'scored', label: vi.ranking.scored, children: formatScore(result.scored) },
                {
                  key: 'deduction',
                  label: vi.ranking.deductionTotal,
                  children: formatScore(result.deductionTotal),
                },
              ]}
            />
            <div style={{ marginBlock: 8 }}>
              <AwardCell result={result} />
            </div>
            <Button
              block
              icon={<QuestionCircleOutlined aria-hidden />}
              aria-label={vi.ranking.whyFor(result.name)}
              onClick={() => onExplain(result)}
            >
              {vi.ranking.why}
            </Button>
          </Card>
        </li>
      ))}
    </ol>
  );
}
