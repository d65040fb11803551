import {
  APPRAISAL_OUTCOMES,
  DOSSIER_COMPONENT_KINDS,
  DOSSIER_GENERATORS,
  DOSSIER_KINDS,
  DOSSIER_LEVELS,
  DOSSIER_SUBJECTS,
  PROPOSAL_BARS,
} from '@thidua/vocabulary';
import { z } from 'zod';
import { optionalText as blankable, editableRowFields, pageQuery, periodRowFields, text } from './primitives';
import { localDate, optionalText, reason, version } from './plans-shared';

// Award dossiers received in batches, their public posting and its comments, their appraisal and the
// returned share (SPEC §11): what the server's routes take and answer, the web's screens and the e2e
// specs read.

export const batchParams = z.object({ batchId: z.uuid() });

export const dossierParams = z.object({ dossierId: z.uuid() });

export const batchBody = z.object({
  name: text(1000),
  movementId: z.uuid().nullable().optional(),
  submissionDueOn: localDate.nullable().optional(),
  appraisalDueOn: localDate.nullable().optional(),
  note: optionalText(5000),
  /** The public posting (Art. 44): first day, last day and where; all three or none. */
  postingStartsOn: localDate.nullable().optional().describe('Ngày bắt đầu công khai danh sách (Điều 44)'),
  postingEndsOn: localDate
    .nullable()
    .optional()
    .describe('Ngày kết thúc công khai: đủ ít nhất 10 ngày làm việc kể từ ngày bắt đầu'),
  postingPlace: optionalText(1000).describe('Hình thức, nơi công khai (cổng thông tin, trụ sở…)'),
});

export const batchPatch = batchBody.partial().extend({ version, reason });

export const batchView = z.object({
  ...periodRowFields,
  movementId: z.string().nullable(),
  name: z.string(),
  submissionDueOn: z.string().nullable(),
  appraisalDueOn: z.string().nullable(),
  note: z.string().nullable(),
  postingStartsOn: z.string().nullable(),
  postingEndsOn: z.string().nullable(),
  postingPlace: z.string().nullable(),
  ...editableRowFields,
});

export const postingCommentParams = z.object({ commentId: z.uuid() });

export const postingCommentBody = z.object({
  receivedOn: localDate.describe('Ngày nhận ý kiến'),
  sender: optionalText(500).describe('Người gửi; để trống nếu ẩn danh'),
  content: text(5000).describe('Nội dung ý kiến'),
  response: optionalText(5000).describe('Kết quả xử lý, trả lời của cơ quan thường trực'),
});

export const postingCommentPatch = postingCommentBody.partial().extend({ version, reason });

export const postingCommentView = z.object({
  id: z.string(),
  batchId: z.string(),
  receivedOn: z.string(),
  sender: z.string().nullable(),
  /** The sender as people read it: the name, or "ẩn danh". */
  senderName: z.string(),
  content: z.string(),
  response: z.string().nullable(),
  version: z.number().int(),
});

export const postingView = z.object({
  batchId: z.string(),
  batchVersion: z.number().int(),
  /** Whether a dossier of the batch asks for an award covered by Art. 44. */
  required: z.boolean(),
  startsOn: z.string().nullable(),
  endsOn: z.string().nullable(),
  place: z.string().nullable(),
  /** Working days from the first to the last day of the posting, both included. */
  workingDays: z.number().int().nullable(),
  minWorkingDays: z.number().int(),
  /** The earliest valid last day for the recorded first day. */
  earliestEndOn: z.string().nullable(),
  comments: z.array(postingCommentView),
  abilities: z.object({ change: z.boolean() }),
});

export const dossierBody = z.object({
  unitId: z.uuid(),
  subject: z.enum(DOSSIER_SUBJECTS),
  kind: z.enum(DOSSIER_KINDS),
  level: z.enum(DOSSIER_LEVELS),
  awardName: optionalText(500),
  candidateName: text(500),
  /** Defaults to today (Asia/Ho_Chi_Minh). */
  submittedOn: localDate.optional(),
  note: optionalText(5000),
  candidateBars: z
    .array(z.enum(PROPOSAL_BARS))
    .max(PROPOSAL_BARS.length)
    .refine((bars) => new Set(bars).size === bars.length, 'không được lặp lại một tình trạng')
    .optional()
    .describe(
      'Chỉ với hồ sơ cá nhân: cá nhân đang bị xem xét kỷ luật (underDisciplinaryReview), điều tra, thanh tra, kiểm tra (underInvestigation), có đơn khiếu nại, tố cáo (pendingComplaint) hoặc sai phạm báo chí phản ánh (publicOutrage) đang được xác minh — khoản 4 Điều 4 Nghị định 152/2025/NĐ-CP. Nộp hồ sơ có tình trạng này bị từ chối; ghi thêm khi sửa hồ sơ thì hồ sơ không được thẩm định đạt.',
    ),
  candidateDisciplineEndedOn: localDate
    .nullable()
    .optional()
    .describe(
      'Chỉ với hồ sơ cá nhân: ngày chấm dứt kỷ luật (YYYY-MM-DD); thành tích chỉ được tính từ ngày đó, nên ngày sau ngày bắt đầu kỳ thi đua chặn việc đề nghị.',
    ),
});

export const dossierPatch = dossierBody.partial().extend({ version, reason });

export const appraisalBody = z.object({
  version,
  outcome: z.enum(APPRAISAL_OUTCOMES),
  /** Required when returning the dossier: why it goes back to the unit. */
  reason: blankable(2000).optional(),
  /** Defaults to today (Asia/Ho_Chi_Minh). */
  appraisedOn: localDate.optional(),
});

export const dossierListQuery = pageQuery.extend({
  unitId: z.uuid().optional(),
  outcome: z.enum(APPRAISAL_OUTCOMES).optional(),
});

export const dossierView = z.object({
  id: z.string(),
  batchId: z.string(),
  unitId: z.string(),
  subject: z.enum(DOSSIER_SUBJECTS),
  kind: z.enum(DOSSIER_KINDS),
  level: z.enum(DOSSIER_LEVELS),
  awardName: z.string().nullable(),
  candidateName: z.string(),
  submittedOn: z.string(),
  outcome: z.enum(APPRAISAL_OUTCOMES),
  appraisedOn: z.string().nullable(),
  returnReason: z.string().nullable(),
  note: z.string().nullable(),
  candidateBars: z.array(z.enum(PROPOSAL_BARS)).describe('Tình trạng của cá nhân (khoản 4 Điều 4)'),
  candidateDisciplineEndedOn: z.string().nullable().describe('Ngày chấm dứt kỷ luật của cá nhân'),
  /**
   * Why the dossier may not be approved now (khoản 4 Điều 4): the person's recorded standing for an
   * individual, the unit's facts of the period for a collective. Empty when nothing bars it.
   */
  barringReasons: z
    .array(z.string())
    .describe(
      'Lý do chưa được đề nghị khen thưởng (khoản 4 Điều 4 Nghị định 152/2025/NĐ-CP); trống nếu không vướng',
    ),
  version: z.number().int(),
  abilities: z.object({ update: z.boolean() }),
});

export const returnedShareQuery = z.object({
  /** Count only dossiers at this level and above (Bắc Giang III.4: `provincial`). */
  minLevel: z.enum(DOSSIER_LEVELS).optional(),
  unitId: z.uuid().optional(),
});

export const returnedShareView = z.object({
  periodId: z.string(),
  minLevel: z.enum(DOSSIER_LEVELS).nullable(),
  items: z.array(
    z.object({
      unitId: z.string(),
      unitName: z.string(),
      submitted: z.number().int(),
      approved: z.number().int(),
      returned: z.number().int(),
      pending: z.number().int(),
      /** returned / submitted exactly, as a reduced fraction ("1/3"). */
      share: z.string(),
      /** The share in per cent, rounded half up to two decimals, for display ("33.33"). */
      percent: z.string(),
    }),
  ),
});

// A dossier's components (its files), the required ones and the documents the product can write.
export const componentKind = z.enum(DOSSIER_COMPONENT_KINDS);

export const componentView = z.object({
  id: z.string(),
  dossierId: z.string(),
  kind: componentKind,
  kindName: z.string(),
  originalName: z.string(),
  sizeBytes: z.number().int(),
  mimeType: z.string(),
  /** The product's generator when the file was attached automatically. */
  generatedBy: z.enum(DOSSIER_GENERATORS).nullable(),
  /** Its Vietnamese name ("Tạo tự động"). */
  generatorName: z.string().nullable(),
  createdAt: z.string(),
});

/** A document the product can write for the dossier that it does not hold, and why. */
export const missingGeneratedView = z.object({
  generator: z.enum(DOSSIER_GENERATORS),
  generatorName: z.string(),
  kind: componentKind,
  reason: z.string(),
});

export const componentsView = z.object({
  items: z.array(componentView),
  /** The dossier's required components, each with whether it is held. */
  required: z.array(z.object({ kind: componentKind, name: z.string(), held: z.boolean() })),
  missing: z.array(componentKind),
  complete: z.boolean(),
  /** The generated documents not attached, each with the reason (no source yet, an upload holds the kind). */
  missingGenerated: z.array(missingGeneratedView),
  abilities: z.object({ change: z.boolean() }),
});

export type BatchBody = z.infer<typeof batchBody>;
export type BatchPatch = z.infer<typeof batchPatch>;
export type PostingCommentBody = z.infer<typeof postingCommentBody>;
export type PostingCommentPatch = z.infer<typeof postingCommentPatch>;
export type DossierBody = z.infer<typeof dossierBody>;
export type DossierPatch = z.infer<typeof dossierPatch>;
export type AppraisalBody = z.infer<typeof appraisalBody>;
export type BatchView = z.infer<typeof batchView>;
export type PostingCommentView = z.infer<typeof postingCommentView>;
export type PostingView = z.infer<typeof postingView>;
export type DossierView = z.infer<typeof dossierView>;
export type DossierInput = z.input<typeof dossierBody>;
export type DossierPatchInput = z.input<typeof dossierPatch>;
export type BatchPatchInput = z.input<typeof batchPatch>;
export type PostingCommentInput = z.input<typeof postingCommentBody>;
export type ReturnedShareView = z.infer<typeof returnedShareView>;
export type ComponentView = z.infer<typeof componentView>;
export type MissingGeneratedView = z.infer<typeof missingGeneratedView>;
export type ComponentsView = z.infer<typeof componentsView>;
