import type { Entry } from '@thidua/db';
import type { z } from 'zod';
import type { ProposalLayer } from '../scoring-shared/review-proposal';
import type { cellView, entryView } from '../scoring-shared/schema';
import { toNumber } from '../scoring-shared/values';

// The only shapes scoring data leaves the API in: numeric columns as JSON numbers, instants as ISO text.

/** One layer of a cell. */
export function presentEntry(entry: Entry, evidenceCount: number): z.infer<typeof entryView> {
  return {
    id: entry.id,
    unitId: entry.unitId,
    criterionCode: entry.criterionCode,
    criteriaVersionId: entry.criteriaVersionId,
    stage: entry.stage,
    plan: toNumber(entry.plan),
    actual: toNumber(entry.actual),
    points: toNumber(entry.points),
    value: toNumber(entry.value),
    rating: entry.rating,
    done: entry.done,
    note: entry.note,
    reason: entry.reason,
    enteredBy: entry.enteredBy,
    updatedAt: entry.updatedAt.toISOString(),
    version: entry.version,
    evidenceCount,
  };
}

/** The value proposed to the reviewer, with the layer it comes from. */
export function presentProposal(
  proposal: (Entry & { stage: ProposalLayer }) | null,
): z.infer<typeof cellView>['proposal'] {
  if (!proposal) return null;
  return {
    from: proposal.stage,
    version: proposal.version,
    plan: toNumber(proposal.plan),
    actual: toNumber(proposal.actual),
    points: toNumber(proposal.points),
    value: toNumber(proposal.value),
    rating: proposal.rating,
    done: proposal.done,
  };
}
