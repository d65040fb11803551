import {
  APPRAISAL_OUTCOMES,
  DEADLINE_KINDS,
  DOSSIER_KINDS,
  DOSSIER_LEVELS,
  DOSSIER_SUBJECTS,
  MOVEMENT_REPORT_STATUSES,
  MOVEMENT_STATUSES,
  PROGRAMME_SESSION_STATUSES,
  RECURRENCES,
  TASK_STATUSES,
  WORK_PLAN_STATUSES,
} from '@thidua/db';
import { PROPOSAL_BARS } from '@thidua/vocabulary';
import { z } from 'zod';
import { whole, text, versionQuery, optionalText as blankable } from '../../http/schemas';
import { versionField } from '../../http/concurrency';
import { pageQuery } from '../../http/pagination';

export const periodParams = z.object({ periodId: z.uuid() });
export const planParams = z.object({ planId: z.uuid() });
export const taskParams = z.object({ taskId: z.uuid() });
export const movementParams = z.object({ movementId: z.uuid() });
export const batchParams = z.object({ batchId: z.uuid() });
export const dossierParams = z.object({ dossierId: z.uuid() });
export const sessionParams = z.object({ sessionId: z.uuid().describe('Mã phiên họp') });

/** Free text that may be cleared: a blank string is stored as null. */
const optionalText = (max: number) => blankable(max).nullable().optional();
const version = whole(1).meta(versionField);
const reason = blankable(2000).optional().describe('Lý do thay đổi (ghi vào nhật ký)');
const localDate = z.iso.date();
/** A month as `YYYY-MM` ("Tháng 01/2024"). */
const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'phải là tháng dạng YYYY-MM');

export const deleteQuery = z.object({
  version: versionQuery,
  reason,
});

// ---- Work plans ----

export const planBody = z.object({
  number: optionalText(100),
  title: text(1000),
  issuedOn: localDate.nullable().optional(),
  note: optionalText(5000),
});

export const planPatch = planBody.partial().extend({
  version,
  /** draft → issued needs a number and an issue date; an issued plan does not go back to draft. */
  status: z.enum(WORK_PLAN_STATUSES).optional(),
  reason,
});

export const planListQuery = pageQuery.extend({ status: z.enum(WORK_PLAN_STATUSES).optional() });

export const planView = z.object({
  id: z.string(),
  councilId: z.string(),
  periodId: z.string(),
  number: z.string().nullable(),
  title: z.string(),
  issuedOn: z.string().nullable(),
  status: z.enum(WORK_PLAN_STATUSES),
  note: z.string().nullable(),
  taskCount: z.number().int(),
  version: z.number().int(),
  abilities: z.object({ update: z.boolean() }),
});

// ---- Plan tasks ----

/**
 * A task's fields. The deadline is `deadlineKind` plus its own field: `dueOn` for `date`, `dueMonth`
 * for `month` (due on the month's last day), `recurrence` for `recurring`; the other fields must be
 * left out (checked by the service, which names the field).
 */
export const taskFields = z.object({
  position: z.number().int().min(0).max(1_000_000).optional(),
  section: optionalText(40),
  quarter: z.number().int().min(1).max(4).nullable().optional(),
  content: text(5000),
  lead: optionalText(500),
  executingUnitId: z.uuid().nullable().optional(),
  executingBody: optionalText(1000),
  coordinatingUnitIds: z.array(z.uuid()).max(500).optional(),
  coordinatingBodies: optionalText(2000),
  deadlineKind: z.enum(DEADLINE_KINDS),
  dueOn: localDate.nullable().optional(),
  dueMonth: month.nullable().optional(),
  recurrence: z.enum(RECURRENCES).nullable().optional(),
  deadlineNote: optionalText(2000),
  status: z.enum(TASK_STATUSES).optional(),
  completedOn: localDate.nullable().optional(),
  completionEvidence: optionalText(5000),
});

export const taskBody = taskFields;

/** Sending any deadline field replaces the whole deadline: the deadline fields not sent are cleared. */
export const taskPatch = taskFields.partial().extend({ version, reason });

export const taskImportBody = z.object({ tasks: z.array(taskFields).min(1).max(1000) });

export const completionBody = z.object({
  version,
  completedOn: localDate,
  evidence: text(5000),
});

export const taskListQuery = pageQuery.extend({
  unitId: z.uuid().optional(),
  status: z.enum(TASK_STATUSES).optional(),
  quarter: z.coerce.number().int().min(1).max(4).optional(),
});

export const taskView = z.object({
  id: z.string(),
  planId: z.string(),
  position: z.number().int(),
  section: z.string().nullable(),
  quarter: z.number().int().nullable(),
  content: z.string(),
  lead: z.string().nullable(),
  executingUnitId: z.string().nullable(),
  executingBody: z.string().nullable(),
  coordinatingUnitIds: z.array(z.string()),
  coordinatingBodies: z.string().nullable(),
  deadlineKind: z.enum(DEADLINE_KINDS),
  dueOn: z.string().nullable(),
  dueMonth: z.string().nullable(),
  recurrence: z.enum(RECURRENCES).nullable(),
  /** The deadline in Vietnamese, as a plan prints it. */
  deadlineText: z.string(),
  /** The last day the task is on time (a month's last day for a month); null for a recurring task. */
  dueDate: z.string().nullable(),
  deadlineNote: z.string().nullable(),
  status: z.enum(TASK_STATUSES),
  completedOn: z.string().nullable(),
  completionEvidence: z.string().nullable(),
  daysLate: z
    .number()
    .int()
    .describe(
      'Số ngày chậm tính đến hôm nay (giờ Việt Nam), như báo cáo nhiệm vụ chậm, muộn; 0 khi không chậm ' +
        'hoặc kế hoạch chưa ban hành',
    ),
  version: z.number().int(),
  abilities: z.object({ update: z.boolean(), complete: z.boolean() }),
});

// ---- Movements ----

export const movementBody = z.object({
  name: text(1000),
  responsibleDeputyChair: optionalText(500),
  standingUnitId: z.uuid().nullable().optional(),
  standingBody: optionalText(500),
  startsOn: localDate.nullable().optional(),
  endsOn: localDate.nullable().optional(),
  reportDueDates: z.array(localDate).max(24).optional(),
  status: z.enum(MOVEMENT_STATUSES).optional(),
  note: optionalText(5000),
  participantUnitIds: z
    .array(z.uuid())
    .max(500)
    .nullable()
    .optional()
    .describe('Đơn vị tham gia; để trống (null) là mọi đơn vị trong các cụm, khối của kỳ'),
});

export const movementPatch = movementBody.partial().extend({ version, reason });

export const movementListQuery = pageQuery.extend({ status: z.enum(MOVEMENT_STATUSES).optional() });

export const movementView = z.object({
  id: z.string(),
  councilId: z.string(),
  periodId: z.string(),
  name: z.string(),
  responsibleDeputyChair: z.string().nullable(),
  standingUnitId: z.string().nullable(),
  standingBody: z.string().nullable(),
  startsOn: z.string().nullable(),
  endsOn: z.string().nullable(),
  reportDueDates: z.array(z.string()),
  status: z.enum(MOVEMENT_STATUSES),
  note: z.string().nullable(),
  participantUnitIds: z.array(z.string()).nullable(),
  version: z.number().int(),
  abilities: z.object({ update: z.boolean() }),
});

export const movementReportParams = z.object({ reportId: z.uuid() });

export const movementReportView = z.object({
  id: z.string(),
  movementId: z.string(),
  unitId: z.string(),
  dueOn: z.string(),
  summary: z.string(),
  status: z.enum(MOVEMENT_REPORT_STATUSES),
  /** The local day it was submitted on; late when after `dueOn`. */
  submittedOn: z.string(),
  submittedAt: z.string(),
  late: z.boolean(),
  returnReason: z.string().nullable(),
  reviewedAt: z.string().nullable(),
  /** The attached file's name, if any (download: GET /movement-reports/:id/file). */
  fileName: z.string().nullable(),
  version: z.number().int(),
});

export const reportMatrixView = z.object({
  movementId: z.string(),
  dueDates: z.array(z.string()),
  units: z.array(
    z.object({
      unitId: z.string(),
      unitName: z.string(),
      canSubmit: z.boolean(),
      cells: z.array(
        z.object({
          dueOn: z.string(),
          timing: z.enum(['onTime', 'late', 'missing']),
          /** Missing and its day has passed. */
          overdue: z.boolean(),
          report: movementReportView.nullable(),
        }),
      ),
    }),
  ),
  abilities: z.object({ review: z.boolean() }),
});

export const submitReportBody = z.object({
  unitId: z.uuid().describe('Đơn vị báo cáo'),
  dueOn: localDate.describe('Hạn báo cáo (một trong các hạn của phong trào)'),
  summary: text(5000).describe('Tóm tắt kết quả thực hiện phong trào'),
  version: whole(0).meta(versionField).describe('0 khi nộp lần đầu; phiên bản đang có khi nộp lại'),
});

export const reviewReportBody = z.object({
  outcome: z.enum(['accepted', 'returned']).describe('Chấp nhận hoặc trả lại'),
  reason: blankable(2000).optional().describe('Lý do trả lại (bắt buộc khi trả lại)'),
  version,
});

const owedReportView = z.object({
  movementId: z.string(),
  movementName: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  dueOn: z.string(),
  daysLeft: z.number().int(),
  late: z.boolean(),
  returned: z.boolean(),
});

export const dueReportsQuery = z.object({ asOf: localDate.optional() });

export const dueReportsView = z.object({
  asOf: z.string(),
  items: z.array(owedReportView),
  missingByMovement: z.array(
    z.object({
      movementId: z.string(),
      movementName: z.string(),
      dueOn: z.string(),
      daysLeft: z.number().int(),
      late: z.boolean(),
      missing: z.number().int(),
    }),
  ),
});

// ---- The council's work programme ----

/**
 * A session of the council's work programme. `heldOn`, when given, must fall in `month`/`year`, and the
 * month within the period; `preparingUnitId` must be a unit of the council and `meetingId` a meeting of
 * the same period (checked by the service, which names the field).
 */
export const sessionBody = z.object({
  year: z.number().int().min(2000).max(2100).describe('Năm của tháng dự kiến họp'),
  month: z.number().int().min(1).max(12).describe('Tháng dự kiến họp (1–12), trong thời gian của kỳ'),
  heldOn: localDate
    .nullable()
    .optional()
    .describe('Ngày họp cụ thể (YYYY-MM-DD), nếu đã định; phải thuộc tháng đã chọn'),
  title: text(500).describe('Tên phiên họp, vd. "Phiên họp thứ nhất"'),
  agenda: z
    .string()
    .trim()
    .min(1)
    .max(10_000)
    .describe('Nội dung phiên họp: mỗi nội dung một dòng (vd. "- Xét, đề nghị khen thưởng tổng kết năm")'),
  presiding: optionalText(500).describe('Chủ trì, chỉ đạo (người hoặc cơ quan, ghi như văn bản)'),
  preparingUnitId: z.uuid().nullable().optional().describe('Đơn vị tham mưu, nếu là đơn vị của Hội đồng'),
  preparingBody: optionalText(500).describe('Đơn vị tham mưu ghi như văn bản'),
  coordinatingBodies: optionalText(2000).describe('Đơn vị phối hợp, ghi như văn bản'),
  place: optionalText(500).describe('Địa điểm họp'),
  status: z
    .enum(PROGRAMME_SESSION_STATUSES)
    .optional()
    .describe('Tình trạng: planned (dự kiến), held (đã họp), postponed (hoãn), cancelled (hủy)'),
  meetingId: z
    .uuid()
    .nullable()
    .optional()
    .describe('Cuộc họp đã ghi nhận (biên bản, kết luận) khi phiên họp đã diễn ra; cùng kỳ thi đua'),
  note: optionalText(5000).describe('Ghi chú'),
});

/** Sending `month` or `year` alone moves the session; a kept `heldOn` must still fall in the new month. */
export const sessionPatch = sessionBody.partial().extend({ version, reason });

export const sessionView = z.object({
  id: z.string(),
  councilId: z.string(),
  periodId: z.string(),
  year: z.number().int(),
  month: z.number().int(),
  /** "Tháng 01/2024", as the programme prints it. */
  monthLabel: z.string().describe('Tháng họp như văn bản ghi, vd. "Tháng 01/2024"'),
  heldOn: z.string().nullable(),
  title: z.string(),
  agenda: z.string(),
  /** The agenda's lines without their leading dash. */
  agendaItems: z.array(z.string()).describe('Các nội dung của phiên họp, mỗi dòng một nội dung'),
  presiding: z.string().nullable(),
  preparingUnitId: z.string().nullable(),
  preparingBody: z.string().nullable(),
  coordinatingBodies: z.string().nullable(),
  place: z.string().nullable(),
  status: z.enum(PROGRAMME_SESSION_STATUSES),
  meetingId: z.string().nullable(),
  note: z.string().nullable(),
  version: z.number().int(),
  abilities: z.object({ update: z.boolean() }),
});

export const programmeView = z.object({
  periodId: z.string(),
  /** Every session, ordered by year, month and day (undated sessions last in their month). */
  items: z.array(sessionView).describe('Các phiên họp theo thứ tự tháng, ngày'),
  /** One row per month that has a session: how many, and how many of each status. */
  months: z
    .array(
      z.object({
        year: z.number().int(),
        month: z.number().int(),
        label: z.string(),
        sessions: z.number().int(),
        planned: z.number().int(),
        held: z.number().int(),
        postponed: z.number().int(),
        cancelled: z.number().int(),
      }),
    )
    .describe('Tổng hợp theo tháng: số phiên họp và tình trạng'),
  abilities: z.object({ create: z.boolean() }),
});

// ---- Dossier batches and dossiers ----

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
  id: z.string(),
  councilId: z.string(),
  periodId: z.string(),
  movementId: z.string().nullable(),
  name: z.string(),
  submissionDueOn: z.string().nullable(),
  appraisalDueOn: z.string().nullable(),
  note: z.string().nullable(),
  postingStartsOn: z.string().nullable(),
  postingEndsOn: z.string().nullable(),
  postingPlace: z.string().nullable(),
  version: z.number().int(),
  abilities: z.object({ update: z.boolean() }),
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

// ---- Reports ----

export const lateTasksQuery = z.object({
  /** The local date the report is made on; defaults to today in Asia/Ho_Chi_Minh. */
  asOf: localDate.optional(),
  unitId: z.uuid().optional(),
});

export const lateTasksView = z.object({
  periodId: z.string(),
  asOf: z.string(),
  items: z.array(
    z.object({
      unitId: z.string(),
      unitName: z.string(),
      /** Tasks of the unit with a dated deadline (a day or a month) in the period's issued plans. */
      datedTasks: z.number().int(),
      /** The count for the late-task deduction (Ba Đình CHAM_MUON). */
      late: z.number().int(),
      lateTasks: z.array(
        z.object({
          taskId: z.string(),
          planId: z.string(),
          content: z.string(),
          dueDate: z.string(),
          status: z.enum(TASK_STATUSES),
          completedOn: z.string().nullable(),
          daysLate: z.number().int(),
        }),
      ),
    }),
  ),
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

export type PlanBody = z.infer<typeof planBody>;
export type PlanPatch = z.infer<typeof planPatch>;
export type TaskFields = z.infer<typeof taskFields>;
export type TaskPatch = z.infer<typeof taskPatch>;
export type CompletionBody = z.infer<typeof completionBody>;
export type MovementBody = z.infer<typeof movementBody>;
export type MovementPatch = z.infer<typeof movementPatch>;
export type SessionBody = z.infer<typeof sessionBody>;
export type SessionPatch = z.infer<typeof sessionPatch>;
export type BatchBody = z.infer<typeof batchBody>;
export type BatchPatch = z.infer<typeof batchPatch>;
export type PostingCommentBody = z.infer<typeof postingCommentBody>;
export type PostingCommentPatch = z.infer<typeof postingCommentPatch>;
export type DossierBody = z.infer<typeof dossierBody>;
export type DossierPatch = z.infer<typeof dossierPatch>;
export type AppraisalBody = z.infer<typeof appraisalBody>;
