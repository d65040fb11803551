import { AppError } from '../http/errors';

/**
 * Changes that SPEC asks to justify (a new revision of issued criteria, a reopened registration, a vote
 * count corrected, a proposal withdrawn, adjusted or decided) carry a reason; a missing or blank one is
 * refused with REASON_REQUIRED naming the field.
 */
export function requireReason(reason: string | null | undefined, path = 'body.reason'): string {
  const text = reason?.trim() ?? '';
  if (text === '') {
    throw new AppError('REASON_REQUIRED', undefined, [{ path, message: 'cần nêu lý do cho thay đổi này' }]);
  }
  return text;
}
