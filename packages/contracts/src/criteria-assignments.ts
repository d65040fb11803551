import { CRITERIA_STATUSES, CRITERION_OWNERS } from '@thidua/vocabulary';
import { z } from 'zod';
import { text, optionalText, pageQuery } from './primitives';
import { version } from './criteria-shared';

export const assignmentItem = z.object({
  criterionCode: text(60),
  owner: z.enum(CRITERION_OWNERS).meta({
    description:
      'self: đơn vị tự chấm; focalUnit: đơn vị đầu mối chấm; standingOffice: cơ quan thường trực chấm',
  }),
  focalUnitId: z.uuid().nullable().optional().meta({ description: 'Đơn vị đầu mối (cùng hội đồng)' }),
  evidenceRequired: z.boolean().optional().meta({ description: 'Bắt buộc có minh chứng (mặc định: không)' }),
  evidenceHint: optionalText(2000).nullable().optional().meta({ description: 'Minh chứng cần có' }),
});

/** Sets the assignment of each listed criterion (the others keep theirs); bumps the revision's version. */
export const assignmentsBody = z.object({
  version,
  assignments: z.array(assignmentItem).min(1).max(2000),
});

export const assignmentListQuery = pageQuery.extend({
  owner: z.enum(CRITERION_OWNERS).optional(),
  focalUnitId: z.uuid().optional(),
});

export const assignmentView = z.object({
  criterionCode: z.string(),
  criterionName: z.string(),
  groupCode: z.string(),
  kind: z.string(),
  owner: z.enum(CRITERION_OWNERS),
  focalUnit: z.object({ id: z.string(), code: z.string(), name: z.string() }).nullable(),
  evidenceRequired: z.boolean(),
  evidenceHint: z.string().nullable(),
  /** false: no stored assignment, the leaf is self-scored by default. */
  assigned: z.boolean(),
});

export const assignmentsSaved = z.object({
  criteriaVersion: z.object({
    id: z.string(),
    version: z.number().int(),
    status: z.enum(CRITERIA_STATUSES),
  }),
  items: z.array(assignmentView),
});

export type AssignmentView = z.infer<typeof assignmentView>;
/** One criterion's assignment, as the client sends it. */
export type AssignmentInput = z.input<typeof assignmentItem>;
