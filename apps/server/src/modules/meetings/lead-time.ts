import { type Database, type Meeting, meetings, type Transaction } from '@thidua/db';
import { vietnamDate } from '@thidua/vocabulary';
import { and, eq } from 'drizzle-orm';

type Db = Database | Transaction;

/** Ba Đình 2022: the preparatory meeting "trước khi tổ chức hội nghị tổng kết chậm nhất 03 ngày". */
export const LEAD_DAYS_BA_DINH = 3;
/** Bắc Giang 2022: "hội nghị trù bị (tối thiểu trước 01 ngày)". */
export const LEAD_DAYS_BAC_GIANG = 1;

const DAY_MS = 24 * 60 * 60 * 1000;
const daysBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS);

/** The warning for a preparatory meeting held `days` days before its summary meeting, or null. */
export function leadTimeWarning(prepOn: string, summaryOn: string): string | null {
  const days = daysBetween(prepOn, summaryOn);
  if (days >= LEAD_DAYS_BA_DINH) return null;
  const gap =
    `Hội nghị trù bị (${vietnamDate(prepOn)}) ` +
    (days === 0 ? 'họp cùng ngày với' : `chỉ cách ${days} ngày trước`) +
    ` Hội nghị tổng kết (${vietnamDate(summaryOn)})`;
  const baDinh = `Hướng dẫn của quận Ba Đình (2022) yêu cầu họp trù bị trước tổng kết chậm nhất ${LEAD_DAYS_BA_DINH} ngày`;
  if (days >= LEAD_DAYS_BAC_GIANG) return `${gap}: ${baDinh}.`;
  return (
    `${gap}: ${baDinh}; chưa đạt cả mức tối thiểu ${LEAD_DAYS_BAC_GIANG} ngày ` +
    'theo Hướng dẫn của tỉnh Bắc Giang (2022).'
  );
}

/**
 * Warnings (never refusals) on the lead time between a cluster's preparatory meeting (trù bị) and its
 * summary meeting (tổng kết) in the same period. A preparatory meeting is paired with the first summary
 * held on or after it; a summary with the last preparatory meeting held on or before it.
 */
export async function leadTimeWarnings(db: Db, meeting: Meeting): Promise<string[]> {
  if (!meeting.clusterId || (meeting.kind !== 'truBi' && meeting.kind !== 'tongKet')) return [];
  const otherKind = meeting.kind === 'truBi' ? 'tongKet' : 'truBi';
  const others = await db
    .select({ heldOn: meetings.heldOn })
    .from(meetings)
    .where(
      and(
        eq(meetings.periodId, meeting.periodId),
        eq(meetings.clusterId, meeting.clusterId),
        eq(meetings.kind, otherKind),
      ),
    );
  const days = others.map((o) => o.heldOn);
  let warning: string | null = null;
  if (meeting.kind === 'truBi') {
    const summary = days.filter((d) => d >= meeting.heldOn).sort()[0];
    if (summary) warning = leadTimeWarning(meeting.heldOn, summary);
  } else {
    const prep = days
      .filter((d) => d <= meeting.heldOn)
      .sort()
      .at(-1);
    if (prep) warning = leadTimeWarning(prep, meeting.heldOn);
  }
  return warning ? [warning] : [];
}
