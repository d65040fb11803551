import { Flex, Tag, Tooltip, Typography } from 'antd';
import { vi } from '../i18n/vi';
import type { UnitResult, UnitStatus } from './types';

const STATUS_COLOURS: Record<UnitStatus, string> = {
  eligible: 'green',
  excluded: 'red',
  postponed: 'orange',
};

/** The unit's status; the engine's reasons in a tooltip and, unless `compact`, written under it. */
export function StatusCell({ result, compact = false }: { result: UnitResult; compact?: boolean }) {
  const tag = (
    <Tag color={STATUS_COLOURS[result.status]} style={{ marginInlineEnd: 0 }}>
      {vi.ranking.statuses[result.status]}
    </Tag>
  );
  if (result.reasons.length === 0) return tag;
  return (
    <Flex vertical gap={4} align="flex-start">
      <Tooltip title={result.reasons.join('; ')}>
        <span tabIndex={0}>{tag}</span>
      </Tooltip>
      {!compact && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }} className="wrap-anywhere">
          {result.reasons.join('; ')}
        </Typography.Text>
      )}
    </Flex>
  );
}

/**
 * The award as the result gives it: its code (the ladder's names are in the ruleset, not the result),
 * the "hạ 1 mức" mark, a pending tie vote, and the engine's sentence, which names the award.
 */
export function AwardCell({ result, explain = true }: { result: UnitResult; explain?: boolean }) {
  return (
    <Flex vertical gap={4} align="flex-start">
      <Flex wrap gap={4}>
        {result.award ? (
          <Tag color="gold" style={{ marginInlineEnd: 0 }}>
            {result.award}
          </Tag>
        ) : (
          !result.pendingVote &&
          !explain && <Typography.Text type="secondary">{vi.ranking.noAward}</Typography.Text>
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
            {vi.ranking.pendingVote(result.pendingVote)}
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
