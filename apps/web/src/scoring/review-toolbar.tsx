import { Alert, Button, Flex } from 'antd';
import { useMemo } from 'react';
import { texts } from './texts';
import { cellKey } from './use-cell-writer';
import type {
  Cell,
  ReviewBatchResult,
  ReviewState,
  Sheet,
  SheetCriterion,
  SheetUnit,
  SkipReason,
} from './types';

/** What a bulk acceptance covers: a unit (`unitId`), a criterion (`criterionCode`), or `{}` for all. */
export type AcceptScope = { unitId?: string; criterionCode?: string };

/** Why a review control is disabled, in words a reviewer reads beside it; null when it is enabled. */
function whyNot(review: ReviewState | undefined): string | null {
  switch (review) {
    case 'conflictOfInterest':
      return texts.review.conflictOfInterest;
    case 'notYet':
      return texts.review.notYet;
    case 'closed':
      return texts.review.closed;
    case 'open':
    case 'notReviewer':
    case undefined:
      return null;
  }
}

/**
 * How many cells of the sheet a bulk acceptance would write, for every unit, every criterion and in
 * all: open rows, a proposal, no review, no objection, and not changed by the reviewer (those are
 * saved with their typed value). Counted in one pass, once per sheet and set of changes (not on every
 * move of the active cell).
 */
function acceptableCounts(sheet: Sheet, changed: ReadonlySet<string>) {
  const byUnit = new Map<string, number>();
  const byCriterion = new Map<string, number>();
  let all = 0;
  for (const row of sheet.rows) {
    if (row.review !== 'open') continue;
    for (const c of row.cells) {
      if (!c.proposal || c.agreed || c.objectionOpen) continue;
      if (changed.has(cellKey({ unitId: row.unit.id, code: c.criterionCode }))) continue;
      all += 1;
      byUnit.set(row.unit.id, (byUnit.get(row.unit.id) ?? 0) + 1);
      byCriterion.set(c.criterionCode, (byCriterion.get(c.criterionCode) ?? 0) + 1);
    }
  }
  return { byUnit, byCriterion, all };
}

/**
 * The reviewer's controls: accept the active cell's proposal, accept a unit's criteria, a criterion
 * for every unit, or every cell without an objection — each with one reason — and save the typed
 * changes waiting for a reason. A disabled control says why beside it (not only in a tooltip).
 */
export function ReviewToolbar({
  sheet,
  unit,
  criterion,
  cell,
  activeReview,
  pendingKeys,
  onAccept,
  onBatch,
}: {
  sheet: Sheet;
  unit: SheetUnit | undefined;
  criterion: SheetCriterion | undefined;
  cell: Cell | undefined;
  activeReview: ReviewState | undefined;
  /** The cells changed by the reviewer, waiting for the batch's reason (`cellKey`). */
  pendingKeys: ReadonlySet<string>;
  onAccept: () => void;
  onBatch: (scope: AcceptScope | null, count: number) => void;
}) {
  const anyOpen = sheet.rows.some((r) => r.review === 'open');
  const pendingCount = pendingKeys.size;
  const rowWhy = whyNot(activeReview);
  const cellWhy =
    rowWhy ??
    (!cell?.proposal ? texts.review.noProposal : cell.objectionOpen ? texts.review.objection : null);
  const counts = useMemo(() => acceptableCounts(sheet, pendingKeys), [sheet, pendingKeys]);
  const unitCount = unit ? (counts.byUnit.get(unit.id) ?? 0) : 0;
  const criterionCount = criterion ? (counts.byCriterion.get(criterion.code) ?? 0) : 0;
  const allCount = counts.all;
  const stageWhy = anyOpen ? null : whyNot(sheet.rows.find((r) => r.review !== 'notReviewer')?.review);
  return (
    <Flex vertical gap={6} className="review-toolbar">
      <Flex wrap gap={8} align="center">
        <Button
          size="small"
          type="primary"
          disabled={cellWhy !== null}
          aria-describedby={cellWhy ? 'review-why' : undefined}
          onClick={onAccept}
        >
          {texts.review.accept}
        </Button>
        {unit && (
          <Button
            size="small"
            disabled={rowWhy !== null || unitCount + pendingCount === 0}
            aria-describedby={rowWhy ? 'review-why' : undefined}
            onClick={() => onBatch({ unitId: unit.id }, unitCount)}
          >
            {texts.review.acceptUnit(unit.name)}
          </Button>
        )}
        {criterion && (
          <Button
            size="small"
            disabled={!anyOpen || criterionCount + pendingCount === 0}
            onClick={() => onBatch({ criterionCode: criterion.code }, criterionCount)}
          >
            {texts.review.acceptCriterion(criterion.code)}
          </Button>
        )}
        <Button
          size="small"
          disabled={!anyOpen || allCount + pendingCount === 0}
          aria-describedby={stageWhy ? 'review-stage-why' : undefined}
          onClick={() => onBatch({}, allCount)}
        >
          {texts.review.acceptAll}
        </Button>
        {pendingCount > 0 && (
          <Button size="small" danger onClick={() => onBatch(null, 0)}>
            {texts.review.savePending(pendingCount)}
          </Button>
        )}
      </Flex>
      {(cellWhy || stageWhy) && (
        <div role="status" className="review-toolbar__why">
          {cellWhy && <span id="review-why">{cellWhy}</span>}
          {stageWhy && stageWhy !== cellWhy && <span id="review-stage-why"> {stageWhy}</span>}
        </div>
      )}
      {pendingCount > 0 && (
        <Alert type="warning" showIcon role="status" title={texts.review.pendingHelp(pendingCount)} />
      )}
    </Flex>
  );
}

const SKIP_ORDER: SkipReason[] = ['conflictOfInterest', 'objection', 'reviewed', 'noProposal'];

/** What a batch saved and what it left, by reason. */
export function BatchSummary({ result, onClose }: { result: ReviewBatchResult; onClose: () => void }) {
  const skipped = SKIP_ORDER.map((why) => [why, result.skipped.filter((s) => s.why === why).length] as const)
    .filter(([, n]) => n > 0)
    .map(([why, n]) => texts.review.skipped[why](n));
  return (
    <Alert
      type={result.batchId ? 'success' : 'info'}
      showIcon
      role="status"
      closable={{ onClose }}
      data-testid="review-summary"
      title={
        result.batchId
          ? texts.review.done(result.accepted.length, result.changed.length)
          : texts.review.nothing
      }
      description={skipped.length > 0 ? `${texts.review.skippedIntro}${skipped.join('; ')}.` : undefined}
    />
  );
}
