import { DOSSIER_LEVELS } from '@thidua/db';
import { z } from 'zod';
import { text } from '../../http/schemas';
import { reason } from '../scoring-shared/write-fields';

// The adjustments' request and response schemas are the contract's (@thidua/contracts/adjustments).
export * from '@thidua/contracts/adjustments';

/**
 * Writing the returned-dossier share of every unit into a criterion's standing-office layer. Stays here
 * while the dossier levels are only in @thidua/db; the web does not send it.
 */
export const returnedShareEntriesBody = z.object({
  criterionCode: text(60).describe('Tiêu chí nhận tỷ lệ % hồ sơ bị trả lại (vd. III.4.a của Bắc Giang)'),
  minLevel: z
    .enum(DOSSIER_LEVELS)
    .optional()
    .describe('Chỉ tính hồ sơ từ cấp này trở lên (Bắc Giang III.4.a: provincial — từ cấp tỉnh trở lên)'),
  reason: reason.optional(),
});
