import { MOVEMENT_STATUSES } from '@thidua/db';
import { z } from 'zod';
export {
  dueReportsView,
  movementReportView,
  movementView,
  reportMatrixView,
} from '@thidua/contracts/movements';
import { whole, text, optionalText as blankable } from '../../http/schemas';
import { versionField } from '../../http/concurrency';
import { pageQuery } from '../../http/pagination';
import { optionalText, version, reason, localDate } from '../plans-shared/schema';

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

export type MovementBody = z.infer<typeof movementBody>;
export type MovementPatch = z.infer<typeof movementPatch>;
