import { z } from 'zod';
import { text, versionQuery } from '../../http/schemas';

/** A reason for a change, written into the audit log. */
export const reason = text(2000);

/** `?version=3&reason=…` on a delete: the version read and why it goes. */
export const deleteQuery = z.object({
  version: versionQuery,
  reason: reason.describe('Lý do xóa'),
});
