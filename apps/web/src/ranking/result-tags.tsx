import { Flex, Tag, Tooltip, Typography } from 'antd';
import { vi } from '../i18n/vi';
import { isIncomplete, useAwardName } from './award-names';
import type { UnitResult, UnitStatus } from './types';

const STATUS_COLOURS: Record<UnitStatus, string> = {
  eligible: 'green',
  excluded: 'red',
  postponed: 'orange',
};

/**
 * The unit's status; the engine's reasons in a tooltip and, unless `compact`, written under it. A unit
 * whose figures or facts are not all in is "Chưa đủ số liệu", the engine's status on the data at hand
 * said under it as provisional.
 */
export function StatusCell({ result, compact = false }: { result: UnitResult; compact?: boolean }) {
  const incomplete = isIncomplete(result);
  const tag = incomplete ? (
    <Tag color="warning" style={{ marginInlineEnd: 0 }}>
      {vi.ranking.incomplete}
    </Tag>
  ) : (
    <Tag color={STATUS_COLOURS[result.status]} style={{ marginInlineEnd: 0 }}>
      {vi.ranking.statuses[result.status]}
    </Tag>
  );
  const notes = [
    ...(incomplete ? [vi.ranking.provisionalStatus(vi.ranking.statuses[result.status])] : []),
    ...result.reasons,
  ];
  if (notes.length === 0) return tag;
  return (
    <Flex vertical gap={4} align="flex-start">
      <Tooltip title={notes.join('; ')}>
        <span tabIndex={0}>{tag}</span>
      </Tooltip>
      {!compact && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }} className="wrap-anywhere">
          {notes.join('; ')}
        </Typography.Text>
      )}
    </Flex>
  );
}

/**
 * The award by its name (the ladder's, not the code), marked "Tạm tính" while the unit's data is
 * incomplete, the "hạ 1 mức" mark, a pending tie vote, and the engine's sentence.
 */
export function AwardCell({ result, explain = true }: { result: UnitResult; explain?: boolean }) {
  const nameOf = useAwardName();
  const provisional = isIncomplete(result);
  return (
    <Flex vertical gap={4} align="flex-start">
      <Flex wrap gap={4}>
        {result.award ? (
          <Tag color="gold" style={{ marginInlineEnd: 0, whiteSpace: 'normal' }}>
            {nameOf(result.award)}
          </Tag>
        ) : (
          !result.pendingVote &&
          !explain && <Typography.Text type="secondary">{vi.ranking.noAward}</Typography.Text>
        )}
        {provisional && result.award && (
          <Tooltip title={vi.ranking.provisionalHelp}>
            <Tag color="warning" style={{ marginInlineEnd: 0 }} tabIndex={0}>
              {vi.ranking.provisional}
            </Tag>
          </Tooltip>
        )}
        {result.downgraded && (
          <Tooltip title={vi.ranking.downgradedHelp}>
            <Tag color="volcano" style={{ marginInlineEnd: 0 }} tabIndex={0}>
              {vi.ranking.downgraded}
            </Tag>
          </Tooltip>
        )}
        {result.pendingVote && (
          <Tag color="purple" style={{ marginInlineEnd: 0 }}>
            {vi.ranking.pendingVote(nameOf(result.pendingVote))}
          </Tag>
        )}
      </Flex>
      {explain && result.explanation.award && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }} className="wrap-anywhere">
          {result.explanation.award}
        </Typography.Text>
      )}
    </Flex>
  );
}
