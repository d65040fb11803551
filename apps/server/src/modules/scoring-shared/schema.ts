import { CRITERION_OWNERS, ENTRY_STAGES, PERIOD_STAGES } from '@thidua/db';
import { z } from 'zod';
import { decimal, optionalText, text, whole } from '../../http/schemas';
import { versionField } from '../../http/concurrency';
import { pageQuery } from '../../http/pagination';

// Request and response shapes of the scoring sheet and of entries.

export const clusterParams = z.object({ clusterId: z.uuid() });

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

/** OpenAPI tag of the scoring sheet, entries and evidence. */
export const SCORING_TAGS = ['Chấm điểm'];
