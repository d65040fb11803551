import { PROGRAMME_SESSION_STATUSES } from '@thidua/vocabulary';
import { z } from 'zod';
import { editableRowFields, periodRowFields, text } from './primitives';
import { localDate, optionalText, reason, version } from './plans-shared';

// The council's work programme: its sessions by month (SPEC §11), what the server's routes take and
// answer, the web's screens read.

export const sessionParams = z.object({ sessionId: z.uuid().describe('Mã phiên họp') });

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
  ...periodRowFields,
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
  ...editableRowFields,
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

export type SessionBody = z.infer<typeof sessionBody>;
export type SessionPatch = z.infer<typeof sessionPatch>;
export type SessionInput = z.input<typeof sessionBody>;
export type SessionView = z.infer<typeof sessionView>;
export type ProgrammeView = z.infer<typeof programmeView>;
