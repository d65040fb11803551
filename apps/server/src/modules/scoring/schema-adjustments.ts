import { ADJUSTMENT_KINDS, DOSSIER_LEVELS, OBJECTION_STATUSES } from '@thidua/db';
import { z } from 'zod';
import { whole, text, versionQuery, optionalText } from '../../http/schemas';
import { versionField } from '../../http/concurrency';
import { pageQuery } from '../../http/pagination';

// Request and response shapes of adjustments (bonus and deduction records), unit facts and objections.

const reason = text(2000);

/** `?version=3&reason=…` on a delete: the version read and why it goes. */
export const deleteQuery = z.object({
  version: versionQuery,
  reason: reason.describe('Lý do xóa'),
});

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

/** Fact names as the ruleset's predicates use them (`partyRating`, `pactSigned`). */
export const factName = z
  .string()
  .trim()
  .regex(
    /^[A-Za-z][A-Za-z0-9_]{0,59}$/,
    'chỉ gồm chữ cái không dấu, số và dấu gạch dưới, bắt đầu bằng chữ cái',
  );

/** `/clusters/:clusterId/units/:unitId/facts/:name`. */
export const factParams = z.object({ clusterId: z.uuid(), unitId: z.uuid(), name: factName });

/** Filters of the fact list. */
export const factListQuery = pageQuery.extend({ unitId: z.uuid().optional() });

/** A fact's value (string, number or boolean); `version` 0 creates it. */
export const factBody = z.object({
  version: whole(0).describe(`${versionField.description}; 0 để tạo mới`),
  value: z.union([text(200), z.number(), z.boolean()]),
  note: optionalText(4000).nullable().optional(),
  reason: reason.optional().describe('Lý do; bắt buộc khi sửa thông tin đã có và khi ghi đè'),
  override: z
    .boolean()
    .optional()
    .describe(
      'true: cơ quan thường trực ghi đè thông tin hệ thống tự lấy từ hồ sơ (registered, pactSigned, ' +
        'reportsSubmitted, womenShare70), bắt buộc kèm lý do',
    ),
});

/** A fact as the API returns it. */
export const factView = z.object({
  id: z.string(),
  periodId: z.string(),
  unitId: z.string(),
  name: z.string(),
  value: z.union([z.string(), z.number(), z.boolean()]),
  note: z.string().nullable(),
  enteredBy: z.string().nullable(),
  overrideReason: z
    .string()
    .nullable()
    .describe('Lý do cơ quan thường trực ghi đè thông tin lấy từ hồ sơ; null nếu là thông tin nhập'),
  updatedAt: z.string(),
  version: z.number().int(),
});

/** `/objections/:objectionId`. */
export const objectionParams = z.object({ objectionId: z.uuid() });

/** Filters of the objection list: unit, status. */
export const objectionListQuery = pageQuery.extend({
  unitId: z.uuid().optional(),
  status: z.enum(OBJECTION_STATUSES).optional(),
});

/** A new objection: the unit, optionally the criterion, and what is disputed. */
export const objectionBody = z.object({
  unitId: z.uuid(),
  criterionCode: text(60).nullable().optional().describe('Tiêu chí bị khiếu nại; bỏ trống nếu về cả bảng'),
  body: text(4000),
});

/** The answer to an objection, at the version read. */
export const objectionAnswerBody = z.object({
  version: whole(1).describe(versionField.description),
  answer: text(4000),
});

/** Withdrawing an objection, at the version read. */
export const objectionWithdrawBody = z.object({
  version: whole(1).describe(versionField.description),
});

/** An objection as the API returns it. */
export const objectionView = z.object({
  id: z.string(),
  criteriaVersionId: z.string(),
  unitId: z.string(),
  criterionCode: z.string().nullable(),
  entryId: z.string().nullable(),
  body: z.string(),
  status: z.enum(OBJECTION_STATUSES),
  raisedBy: z.string().nullable(),
  answer: z.string().nullable(),
  answeredBy: z.string().nullable(),
  answeredAt: z.string().nullable(),
  createdAt: z.string(),
  version: z.number().int(),
  abilities: z.object({ answer: z.boolean(), withdraw: z.boolean() }),
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

/** Writing the returned-dossier share of every unit into a criterion's standing-office layer. */
export const returnedShareEntriesBody = z.object({
  criterionCode: text(60).describe('Tiêu chí nhận tỷ lệ % hồ sơ bị trả lại (vd. III.4.a của Bắc Giang)'),
  minLevel: z
    .enum(DOSSIER_LEVELS)
    .optional()
    .describe('Chỉ tính hồ sơ từ cấp này trở lên (Bắc Giang III.4.a: provincial — từ cấp tỉnh trở lên)'),
  reason: reason.optional(),
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
