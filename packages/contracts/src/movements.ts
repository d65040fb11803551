import { MOVEMENT_REPORT_STATUSES, MOVEMENT_STATUSES } from '@thidua/vocabulary';
import { z } from 'zod';
import {
  editableRowFields,
  optionalText as blankable,
  pageQuery,
  periodRowFields,
  text,
  versionField,
  whole,
} from './primitives';
import { localDate, optionalText, reason, version } from './plans-shared';

// Emulation movements of a period and their units' reports (SPEC §11, issue #14 §1): what the server's
// routes take and answer, the web's screens read.

export const movementParams = z.object({ movementId: z.uuid() });

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

export const movementReportParams = z.object({ reportId: z.uuid() });

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

export const dueReportsQuery = z.object({ asOf: localDate.optional() });

export const movementView = z.object({
  ...periodRowFields,
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
  ...editableRowFields,
});

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

export const owedReportView = z.object({
  movementId: z.string(),
  movementName: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  dueOn: z.string(),
  daysLeft: z.number().int(),
  late: z.boolean(),
  returned: z.boolean(),
});

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

export type MovementView = z.infer<typeof movementView>;
export type MovementReportView = z.infer<typeof movementReportView>;
export type ReportMatrixView = z.infer<typeof reportMatrixView>;
export type OwedReportView = z.infer<typeof owedReportView>;
export type DueReportsView = z.infer<typeof dueReportsView>;

export type MovementBody = z.infer<typeof movementBody>;
export type MovementPatch = z.infer<typeof movementPatch>;
/** A unit's report as the client submits it (again: with the version read). */
export type SubmitReportInput = z.input<typeof submitReportBody>;
