import { z } from 'zod';
import { criterionCode } from '../scoring-shared/schema';

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

/** A value the reviewer sets in the batch, at the version of the review layer read (0: none yet). */
const reviewChange = z.object({
  unitId: z.uuid(),
  criterionCode,
  version: z.number().int().min(0),
  plan: z.number().optional(),
  actual: z.number().optional(),
  points: z.number().optional(),
  value: z.number().optional(),
  rating: z.string().trim().min(1).max(60).optional(),
  done: z.boolean().optional(),
});

/**
 * One review decision with one reason: the values the reviewer changed (`changes`) and the proposed
 * values accepted (`accept`: a unit's row with `unitId`, a criterion's column with `criterionCode`,
 * one cell with both, every cell with neither; omitted: none). `cells` lists the proposals the
 * reviewer read of the cells not reviewed yet; a cell whose proposal changed since, that was reviewed
 * since, or that has a proposal but is not listed, is a conflict.
 */
export const reviewBatchBody = z.object({
  reason: z.string().trim().min(1).max(2000).describe('Lý do chung của cả đợt, ghi vào nhật ký từng ô'),
  accept: z
    .object({
      unitId: z.uuid().optional().describe('Hàng của một đơn vị'),
      criterionCode: criterionCode.optional().describe('Cột của một tiêu chí'),
    })
    .optional()
    .describe('Phạm vi đồng ý điểm đề xuất; {} là mọi ô; bỏ trống là không đồng ý ô nào'),
  cells: z
    .array(readCell)
    .max(20_000)
    .default([])
    .describe('Các đề xuất đã đọc trên bảng điểm (ô chưa thẩm định): đơn vị, tiêu chí, lớp và phiên bản'),
  changes: z
    .array(reviewChange)
    .max(5_000)
    .default([])
    .describe('Các ô người thẩm định sửa điểm, với phiên bản điểm thẩm định đã đọc (0 nếu chưa có)'),
});

const cellRef = z.object({ unitId: z.string(), criterionCode: z.string() });

export const reviewBatchView = z.object({
  batchId: z
    .string()
    .nullable()
    .describe('Mã đợt, chung cho các sự kiện nhật ký của đợt; null khi không ô nào'),
  changed: z.array(cellRef),
  accepted: z.array(cellRef.extend({ from: z.enum(PROPOSAL_LAYER_VALUES) })),
  skipped: z.array(cellRef.extend({ why: z.enum(SKIP_REASONS) })),
});
