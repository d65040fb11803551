import { CRITERION_OWNERS, ENTRY_STAGES, PERIOD_STAGES } from '@thidua/vocabulary';
import { z } from 'zod';
import { decimal, optionalText, pageQuery, text, versionField, whole } from './primitives';

// The scoring sheet, its entries, the review's bulk decision and evidence files (SPEC §5, §6): what the
// server's entries and evidence routes take and answer, the web's scoring and review screens read.

/** A criterion code in a path: the ruleset's own code (`III.1.a`), URL-encoded by the client. */
export const criterionCode = text(60);

/** One layer of one cell: cluster, unit, leaf criterion, layer. */
export const entryParams = z.object({
  clusterId: z.uuid(),
  unitId: z.uuid(),
  criterionCode,
  stage: z.enum(ENTRY_STAGES),
});

/** `/entries/:entryId`. */
export const entryIdParams = z.object({ entryId: z.uuid() });

/** `?criteriaVersionId=` reads an older issued revision; without it, the latest issued one. */
export const versionQuery = z.object({ criteriaVersionId: z.uuid().optional() });

/** Rows of the sheet are paginated; `unitId` picks one row, `criteriaVersionId` an older revision. */
export const sheetQuery = pageQuery.extend({
  criteriaVersionId: z.uuid().optional(),
  unitId: z.uuid().optional(),
});

const reason = text(2000);

/**
 * One cell's layer: the value fields of the criterion's kind (plan and actual; points; value; rating;
 * done), a note, and for a review the reason. `version` is the one read, 0 to create.
 */
export const entryBody = z.object({
  version: whole(0).describe(`${versionField.description}; 0 để tạo mới`),
  plan: decimal().optional(),
  actual: decimal().optional(),
  points: decimal().optional(),
  value: decimal().optional(),
  rating: text(60).optional(),
  done: z.boolean().optional(),
  note: optionalText(4000).nullable().optional(),
  reason: reason.optional().describe('Lý do thay đổi; bắt buộc với điểm thẩm định (agreed)'),
});

/** What a layer of a cell holds (numbers as JSON numbers); the criterion's kind says which apply. */
const cellValues = {
  plan: z.number().nullable(),
  actual: z.number().nullable(),
  points: z.number().nullable(),
  value: z.number().nullable(),
  rating: z.string().nullable(),
  done: z.boolean().nullable(),
};

/** One layer of a cell as the API returns it (numeric columns as JSON numbers). */
export const entryView = z.object({
  id: z.string(),
  unitId: z.string(),
  criterionCode: z.string(),
  criteriaVersionId: z.string(),
  stage: z.enum(ENTRY_STAGES),
  ...cellValues,
  note: z.string().nullable(),
  reason: z.string().nullable(),
  enteredBy: z.string().nullable(),
  updatedAt: z.string(),
  version: z.number().int(),
  evidenceCount: z.number().int(),
});

/** A leaf criterion as the sheet's column: its rule, who scores it and its evidence requirement. */
export const criterionView = z.object({
  code: z.string(),
  name: z.string(),
  groupCode: z.string(),
  points: z.number(),
  kind: z.string(),
  direction: z.enum(['increase', 'decrease']).nullable(),
  ratingOptions: z.array(z.string()).nullable(),
  owner: z.enum(CRITERION_OWNERS),
  focalUnitId: z.string().nullable(),
  evidenceRequired: z.boolean(),
  evidenceHint: z.string().nullable(),
});

/**
 * The value a reviewer is proposed to agree with: the best layer below the review that holds a value
 * (focal department, else standing office, else the unit's own), with the layer's version.
 */
export const proposalView = z.object({
  from: z.enum(['focal', 'standingOffice', 'self']),
  version: z.number().int(),
  ...cellValues,
});

/**
 * Whether the actor may review a row now, else why not: `open`; `conflictOfInterest` (the actor's own
 * unit); `notYet` (before the review stage); `closed` (after the preparatory meeting, archived, or an
 * older revision); `notReviewer` (not leader, deputy or standing office).
 */
export const REVIEW_STATES = ['open', 'conflictOfInterest', 'notYet', 'closed', 'notReviewer'] as const;

/** One cell of the sheet: the four layers and what the actor may write. */
export const cellView = z.object({
  criterionCode: z.string(),
  self: entryView.nullable(),
  focal: entryView.nullable(),
  standingOffice: entryView.nullable(),
  agreed: entryView.nullable(),
  proposal: proposalView.nullable(),
  /** An objection of the unit to this criterion (or to its whole table) waits for an answer. */
  objectionOpen: z.boolean(),
  /** The layers the actor may write now (role and stage), so the UI can disable the rest. */
  canWrite: z.array(z.enum(ENTRY_STAGES)),
});

/** The scoring sheet: units × leaf criteria of one issued revision. */
export const sheetView = z.object({
  cluster: z.object({ id: z.string(), code: z.string(), name: z.string() }),
  period: z.object({
    id: z.string(),
    stage: z.enum(PERIOD_STAGES),
    published: z.boolean().describe('Bảng điểm đề xuất đã công bố (kỳ đã đến giai đoạn thẩm định)'),
  }),
  criteriaVersion: z.object({ id: z.string(), revision: z.number().int(), issuedAt: z.string().nullable() }),
  criteria: z.array(criterionView),
  rows: z.array(
    z.object({
      unit: z.object({
        id: z.string(),
        code: z.string(),
        name: z.string(),
        seat: z.enum(['leader', 'deputy', 'member']),
      }),
      review: z
        .enum(REVIEW_STATES)
        .describe('Người đang xem có được thẩm định hàng này bây giờ không, vì sao'),
      cells: z.array(cellView),
    }),
  ),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});

// The review's bulk acceptance of proposed values.

export const PROPOSAL_LAYER_VALUES = ['focal', 'standingOffice', 'self'] as const;

/** Why a cell in the batch's scope was left as it was. */
export const SKIP_REASONS = ['conflictOfInterest', 'objection', 'reviewed', 'noProposal'] as const;

/** What the reviewer read of one cell's proposal (from the sheet): its layer and that layer's version. */
const readCell = z.object({
  unitId: z.uuid(),
  criterionCode,
  from: z.enum(PROPOSAL_LAYER_VALUES),
  version: z.number().int().min(1),
});

/** A value the reviewer sets in the batch, at the version of the review layer read (0: none yet). */
const reviewChange = z.object({
  unitId: z.uuid(),
  criterionCode,
  version: z.number().int().min(0),
  plan: z.number().optional(),
  actual: z.number().optional(),
  points: z.number().optional(),
  value: z.number().optional(),
  rating: z.string().trim().min(1).max(60).optional(),
  done: z.boolean().optional(),
});

/**
 * One review decision with one reason: the values the reviewer changed (`changes`) and the proposed
 * values accepted (`accept`: a unit's row with `unitId`, a criterion's column with `criterionCode`,
 * one cell with both, every cell with neither; omitted: none). `cells` lists the proposals the
 * reviewer read of the cells not reviewed yet; a cell whose proposal changed since, that was reviewed
 * since, or that has a proposal but is not listed, is a conflict.
 */
export const reviewBatchBody = z.object({
  reason: z.string().trim().min(1).max(2000).describe('Lý do chung của cả đợt, ghi vào nhật ký từng ô'),
  accept: z
    .object({
      unitId: z.uuid().optional().describe('Hàng của một đơn vị'),
      criterionCode: criterionCode.optional().describe('Cột của một tiêu chí'),
    })
    .optional()
    .describe('Phạm vi đồng ý điểm đề xuất; {} là mọi ô; bỏ trống là không đồng ý ô nào'),
  cells: z
    .array(readCell)
    .max(20_000)
    .default([])
    .describe('Các đề xuất đã đọc trên bảng điểm (ô chưa thẩm định): đơn vị, tiêu chí, lớp và phiên bản'),
  changes: z
    .array(reviewChange)
    .max(5_000)
    .default([])
    .describe('Các ô người thẩm định sửa điểm, với phiên bản điểm thẩm định đã đọc (0 nếu chưa có)'),
});

const cellRef = z.object({ unitId: z.string(), criterionCode: z.string() });

export const reviewBatchView = z.object({
  batchId: z
    .string()
    .nullable()
    .describe('Mã đợt, chung cho các sự kiện nhật ký của đợt; null khi không ô nào'),
  changed: z.array(cellRef),
  accepted: z.array(cellRef.extend({ from: z.enum(PROPOSAL_LAYER_VALUES) })),
  skipped: z.array(cellRef.extend({ why: z.enum(SKIP_REASONS) })),
});

// Evidence files.

export const evidenceParams = z.object({ fileId: z.uuid() });

/** The evidence list is paginated. */
export const evidenceListQuery = pageQuery;

/** An evidence file's metadata as the API returns it. */
export const evidenceView = z.object({
  id: z.string(),
  entryId: z.string(),
  originalName: z.string(),
  sizeBytes: z.number().int(),
  mimeType: z.string(),
  sha256: z.string(),
  uploadedBy: z.string().nullable(),
  createdAt: z.string(),
});

export type EntryInput = z.input<typeof entryBody>;
export type EntryView = z.infer<typeof entryView>;
export type CriterionView = z.infer<typeof criterionView>;
export type ProposalView = z.infer<typeof proposalView>;
export type ReviewState = (typeof REVIEW_STATES)[number];
export type CellView = z.infer<typeof cellView>;
export type SheetView = z.infer<typeof sheetView>;
export type SheetRowView = SheetView['rows'][number];
export type ProposalLayer = (typeof PROPOSAL_LAYER_VALUES)[number];
export type SkipReason = (typeof SKIP_REASONS)[number];
export type ReviewBatchInput = z.input<typeof reviewBatchBody>;
export type ReviewBatchView = z.infer<typeof reviewBatchView>;
export type EvidenceView = z.infer<typeof evidenceView>;
