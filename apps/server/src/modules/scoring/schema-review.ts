import { z } from 'zod';
import { criterionCode } from './schema-entries';

// Request and response shapes of the review's bulk acceptance of proposed values.

export const PROPOSAL_LAYER_VALUES = ['focal', 'standingOffice', 'self'] as const;

/** Why a cell in the batch's scope was left as it was. */
export const SKIP_REASONS = ['conflictOfInterest', 'objection', 'reviewed', 'noProposal'] as const;

/** What the reviewer read of one cell's proposal (from the sheet): its layer and that layer's version. */
const readCell = z.object({
  unitId: z.uuid(),
  criterionCode,
  from: z.enum(PROPOSAL_LAYER_VALUES),
  version: z.number().int().min(1),
});

/**
 * Accept the proposed values of a unit's row (`unitId`), a criterion's column (`criterionCode`), one
 * cell (both) or the whole sheet (neither), with one reason for the batch. `cells` lists the proposals
 * the reviewer read of the cells not reviewed yet; a cell whose proposal changed since, that was
 * reviewed since, or that has a proposal but is not listed, is a conflict.
 */
export const acceptProposalsBody = z.object({
  unitId: z.uuid().optional().describe('Hàng của một đơn vị'),
  criterionCode: criterionCode.optional().describe('Cột của một tiêu chí'),
  reason: z.string().trim().min(1).max(2000).describe('Lý do chung của cả đợt, ghi vào nhật ký từng ô'),
  cells: z
    .array(readCell)
    .max(20_000)
    .describe(
      'Các đề xuất đã đọc trên bảng điểm (ô chưa thẩm định): đơn vị, tiêu chí, lớp và phiên bản của lớp đó',
    ),
});

const cellRef = z.object({ unitId: z.string(), criterionCode: z.string() });

export const acceptProposalsView = z.object({
  batchId: z
    .string()
    .nullable()
    .describe('Mã đợt, chung cho các sự kiện nhật ký của đợt; null khi không ô nào'),
  accepted: z.array(cellRef.extend({ from: z.enum(PROPOSAL_LAYER_VALUES) })),
  skipped: z.array(cellRef.extend({ why: z.enum(SKIP_REASONS) })),
});
