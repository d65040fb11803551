import { ADJUSTMENT_KINDS } from '@thidua/vocabulary';
import { z } from 'zod';
import { optionalText, pageQuery, text, versionField, whole } from './primitives';

// Request and response shapes of adjustments (bonus and deduction records), the late-task deduction's
// refresh and the returned-dossier share's entries: what the server's adjustment routes declare, the
// web's adjustments screen reads.

/** A reason for a change, written into the audit log. */
const reason = text(2000);

/** `/adjustments/:adjustmentId`. */
export const adjustmentParams = z.object({ adjustmentId: z.uuid() });

/** Filters of the adjustment list: revision, unit, kind. */
export const adjustmentListQuery = pageQuery.extend({
  criteriaVersionId: z.uuid().optional(),
  unitId: z.uuid().optional(),
  kind: z.enum(ADJUSTMENT_KINDS).optional(),
});

const source = {
  sourceNumber: text(100).nullable().optional().describe('Số, ký hiệu văn bản căn cứ (vd. 123/QĐ-UBND)'),
  sourceDate: z.iso.date().nullable().optional().describe('Ngày văn bản căn cứ (YYYY-MM-DD)'),
  sourceIssuer: text(300).nullable().optional().describe('Cơ quan ban hành văn bản căn cứ'),
  note: optionalText(4000).nullable().optional(),
};

/** How many times a deduction applies: whole and at least 1 (the engine's validator names the rest). */
const occurrences = z
  .number()
  .refine((n) => n !== 0, { message: 'số lần phải ít nhất là 1: không ghi khoản trừ điểm 0 lần' })
  .describe('Số lần vi phạm (số nguyên, ít nhất 1)');

/** A bonus record carries `points`, a deduction record `count` (occurrences), as in SPEC §8 Adjustment. */
export const adjustmentBody = z.object({
  unitId: z.uuid(),
  itemCode: text(60),
  points: z.number().optional(),
  count: occurrences.optional(),
  ...source,
  reason: reason.optional(),
});

/** A change to an adjustment: the version read, the new amount or source, and why. */
export const adjustmentPatch = z.object({
  version: whole(1).describe(versionField.description),
  points: z.number().optional(),
  count: occurrences.optional(),
  ...source,
  reason: reason.describe('Lý do sửa (bắt buộc)'),
});

/** An adjustment as the API returns it. */
export const adjustmentView = z.object({
  id: z.string(),
  criteriaVersionId: z.string(),
  unitId: z.string(),
  kind: z.enum(ADJUSTMENT_KINDS),
  itemCode: z.string(),
  points: z.number().nullable(),
  count: z.number().int().nullable(),
  sourceNumber: z.string().nullable(),
  sourceDate: z.string().nullable(),
  sourceIssuer: z.string().nullable(),
  note: z.string().nullable(),
  reason: z.string().nullable(),
  enteredBy: z.string().nullable(),
  derivedFrom: z
    .enum(['lateTasks'])
    .nullable()
    .describe(
      'lateTasks: số nhiệm vụ chậm, muộn lấy từ kế hoạch công tác (cập nhật lại bằng thao tác tổng hợp)',
    ),
  updatedAt: z.string(),
  version: z.number().int(),
  abilities: z.object({ update: z.boolean(), delete: z.boolean() }),
});

/** Refreshing the late-task deduction of every unit of a cluster from the period's work plans. */
export const lateTaskDeductionBody = z.object({
  itemCode: text(60)
    .optional()
    .describe('Khoản trừ tính theo số nhiệm vụ chậm, muộn; mặc định CHAM_MUON (Ba Đình)'),
  asOf: z.iso.date().optional().describe('Ngày chốt số liệu (YYYY-MM-DD); mặc định hôm nay (giờ Việt Nam)'),
  sourceNumber: text(100).describe('Số, ký hiệu văn bản căn cứ (kế hoạch, báo cáo theo dõi nhiệm vụ)'),
  sourceDate: z.iso.date().describe('Ngày văn bản căn cứ (YYYY-MM-DD)'),
  sourceIssuer: text(300).describe('Cơ quan ban hành văn bản căn cứ'),
  reason: reason.optional(),
});

/** What the refresh did for each unit of the cluster. */
export const lateTaskDeductionView = z.object({
  itemCode: z.string(),
  asOf: z.string(),
  units: z.array(
    z.object({
      unitId: z.string(),
      unitName: z.string(),
      late: z.number().int(),
      action: z.enum(['created', 'updated', 'removed', 'unchanged', 'none']),
      adjustmentId: z.string().nullable(),
    }),
  ),
});

/** What was written for each unit. */
export const returnedShareEntriesView = z.object({
  criterionCode: z.string(),
  units: z.array(
    z.object({
      unitId: z.string(),
      unitName: z.string(),
      submitted: z.number().int(),
      returned: z.number().int(),
      percent: z.string().nullable(),
      action: z.enum(['written', 'unchanged', 'noDossiers']),
      entryId: z.string().nullable(),
    }),
  ),
});

export type AdjustmentInput = z.input<typeof adjustmentBody>;
export type AdjustmentPatchInput = z.input<typeof adjustmentPatch>;
export type AdjustmentView = z.infer<typeof adjustmentView>;
export type LateTaskDeductionInput = z.input<typeof lateTaskDeductionBody>;
export type LateTaskDeductionView = z.infer<typeof lateTaskDeductionView>;
export type ReturnedShareEntriesView = z.infer<typeof returnedShareEntriesView>;
