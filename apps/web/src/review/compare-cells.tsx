import { Descriptions, Tag, Typography } from 'antd';
import { formatScore } from '../format';
import type { UnitResult } from '../ranking/types';
import type { Entry, SheetCriterion } from './api';
import { describeEntry, layersDiffer } from './entry-values';
import { objectionTexts as t } from './texts';

interface CompareCellsProps {
  criterion: SheetCriterion | undefined;
  self: Entry | null;
  agreed: Entry | null;
  result: UnitResult | undefined;
}

/** The unit's own value and the reviewed one of one criterion, side by side, the difference marked. */
export function CompareCells({ criterion, self, agreed, result }: CompareCellsProps) {
  const differs = layersDiffer(self, agreed);
  const scored = criterion && result?.criteria.find((c) => c.code === criterion.code);
  return (
    <div className="objection-compare" aria-label={t.compareTitle}>
      <Typography.Text strong>{t.compareTitle}</Typography.Text>
      <Descriptions
        size="small"
        bordered
        column={{ xs: 1, sm: 1, md: 3 }}
        layout="vertical"
        items={[
          { key: 'self', label: t.selfColumn, children: describeEntry(self) },
          {
            key: 'agreed',
            label: t.agreedColumn,
            children: (
              <span className={differs ? 'objection-differs' : undefined}>
                {describeEntry(agreed)}{' '}
                {agreed && <Tag color={differs ? 'orange' : 'green'}>{differs ? t.differs : t.same}</Tag>}
                {agreed?.reason && (
                  <Typography.Text type="secondary" style={{ display: 'block' }}>
                    {t.reasonOfReview}: {agreed.reason}
                  </Typography.Text>
                )}
              </span>
            ),
          },
          {
            key: 'engine',
            label: criterion
              ? `${t.engineColumn} (${t.maxPoints(formatScore(criterion.points))})`
              : t.engineColumn,
            children: scored
              ? t.baseFromEngine(formatScore(scored.base), formatScore(scored.bonus))
              : t.noEntry,
          },
        ]}
      />
    </div>
  );
}
