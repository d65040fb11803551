import { z } from 'zod';
import { optionalText as blankable, versionField, versionQuery, whole } from './primitives';

// The pieces the work plans' and the work programme's schemas share (SPEC §11).

export const periodParams = z.object({ periodId: z.uuid() });

/** Free text that may be cleared: a blank string is stored as null. */
export const optionalText = (max: number) => blankable(max).nullable().optional();
export const version = whole(1).meta(versionField);
export const reason = blankable(2000).optional().describe('Lý do thay đổi (ghi vào nhật ký)');
export const localDate = z.iso.date();
/** A month as `YYYY-MM` ("Tháng 01/2024"). */
export const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'phải là tháng dạng YYYY-MM');

export const deleteQuery = z.object({
  version: versionQuery,
  reason,
});
