import type { Adjustment, Entry, EvidenceFile, Objection, UnitFact } from '@thidua/db';
import type { z } from 'zod';
import type { adjustmentView, factView, objectionView } from './schema-adjustments';
import type { ProposalLayer } from './review-proposal';
import type { cellView, entryView } from './schema-entries';
import type { evidenceView } from './schema-evidence';
import { toNumber } from './values';

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

/** An evidence file's metadata (its bytes are downloaded separately). */
export function presentEvidence(file: EvidenceFile): z.infer<typeof evidenceView> {
  return {
    id: file.id,
    entryId: file.entryId,
    originalName: file.originalName,
    sizeBytes: file.sizeBytes,
    mimeType: file.mimeType,
    sha256: file.sha256,
    uploadedBy: file.uploadedBy,
    createdAt: file.createdAt.toISOString(),
  };
}

/** A bonus or deduction record, with whether the actor may change it now. */
export function presentAdjustment(row: Adjustment, canChange: boolean): z.infer<typeof adjustmentView> {
  return {
    id: row.id,
    criteriaVersionId: row.criteriaVersionId,
    unitId: row.unitId,
    kind: row.kind,
    itemCode: row.itemCode,
    points: toNumber(row.points),
    count: row.count,
    sourceNumber: row.sourceNumber,
    sourceDate: row.sourceDate,
    sourceIssuer: row.sourceIssuer,
    note: row.note,
    reason: row.reason,
    enteredBy: row.enteredBy,
    derivedFrom: row.derivedFrom === 'lateTasks' ? 'lateTasks' : null,
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
    abilities: { update: canChange, delete: canChange },
  };
}

/** One fact of a unit in a period. */
export function presentFact(row: UnitFact): z.infer<typeof factView> {
  return {
    id: row.id,
    periodId: row.periodId,
    unitId: row.unitId,
    name: row.name,
    value: row.value,
    note: row.note,
    enteredBy: row.enteredBy,
    overrideReason: row.overrideReason,
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
  };
}

/** An objection and its answer, with what the actor may do with it now. */
export function presentObjection(
  row: Objection,
  abilities: { answer: boolean; withdraw: boolean },
): z.infer<typeof objectionView> {
  return {
    id: row.id,
    criteriaVersionId: row.criteriaVersionId,
    unitId: row.unitId,
    criterionCode: row.criterionCode,
    entryId: row.entryId,
    body: row.body,
    status: row.status,
    raisedBy: row.raisedBy,
    answer: row.answer,
    answeredBy: row.answeredBy,
    answeredAt: row.answeredAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    version: row.version,
    abilities,
  };
}
