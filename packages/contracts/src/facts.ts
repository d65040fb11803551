import { z } from 'zod';
import { optionalText, pageQuery, text, versionField, whole } from './primitives';

// Request and response shapes of staff counts and of the facts sheet (units × facts with their sources):
// what the server's facts routes declare, the web's facts screen reads.

/** `/clusters/:clusterId/units/:unitId/staff-count`. */
export const staffCountParams = z.object({ clusterId: z.uuid(), unitId: z.uuid() });

/**
 * A unit's staff and women counts. The ranges (whole numbers ≥ 0, women ≤ staff) are checked by the
 * service so each message names the field in Vietnamese.
 */
export const staffCountBody = z.object({
  version: z.number().int().min(0).describe(`${versionField.description}; 0 để tạo mới`),
  staff: z.number().describe('Tổng số lao động (người)'),
  women: z.number().describe('Số lao động nữ (người)'),
  note: z.string().trim().max(4000).nullable().optional(),
  reason: z
    .string()
    .trim()
    .min(1)
    .max(2000)
    .optional()
    .describe(
      'Lý do; bắt buộc khi cơ quan thường trực sửa số liệu đơn vị đã kê khai hoặc khi sửa số đã xác nhận',
    ),
});

/** Confirming the counts read at `version`. */
export const staffCountConfirmBody = z.object({
  version: z.number().int().min(1).describe(versionField.description),
});

export const staffCountView = z.object({
  id: z.string(),
  periodId: z.string(),
  unitId: z.string(),
  staff: z.number().int(),
  women: z.number().int(),
  note: z.string().nullable(),
  enteredBy: z.string().nullable(),
  enteredByName: z.string().nullable(),
  confirmedBy: z.string().nullable(),
  confirmedByName: z.string().nullable(),
  confirmedAt: z.string().nullable(),
  updatedAt: z.string(),
  version: z.number().int(),
});

/** A fact's value as the engine's predicates read it. */
export const factValue = z.union([z.string(), z.number(), z.boolean()]);

/** One fact of one unit on the sheet. */
export const factCellView = z.object({
  name: z.string(),
  value: factValue.nullable().describe('null: chưa có (thiếu) hoặc hồ sơ chưa đủ để xác định'),
  valueLabel: z.string().nullable().describe('Giá trị bằng lời: Có / Không / Hoàn thành tốt nhiệm vụ…'),
  origin: z
    .enum(['typed', 'derived', 'override', 'none'])
    .describe(
      'typed: cơ quan thường trực nhập; derived: lấy từ hồ sơ; override: ghi đè có lý do; none: chưa có',
    ),
  source: z.string().describe('Nguồn của thông tin, bằng lời'),
  unconfirmed: z.boolean().describe('Lấy từ số liệu đơn vị kê khai chưa được cơ quan thường trực xác nhận'),
  missing: z.boolean().describe('Bộ tiêu chí cần thông tin này mà đơn vị chưa có'),
  derivedSource: z.string().nullable().describe('Điều hồ sơ cho biết, khi thông tin bị ghi đè'),
  note: z.string().nullable(),
  overrideReason: z.string().nullable(),
  version: z.number().int().describe('Phiên bản của bản ghi đã lưu; 0 nếu chưa lưu'),
});

/** The facts sheet of a cluster: the facts shown, and per visible unit its counts and facts. */
export const factSheetView = z.object({
  clusterId: z.string(),
  periodId: z.string(),
  facts: z.array(
    z.object({
      name: z.string(),
      label: z.string(),
      read: z.boolean().describe('Bộ tiêu chí (điều kiện, khen thưởng, ưu tiên) đọc thông tin này'),
      derived: z.boolean().describe('Hệ thống lấy từ hồ sơ, không nhập tay'),
      predicateLabel: z.string().nullable(),
    }),
  ),
  units: z.array(
    z.object({
      unitId: z.string(),
      code: z.string(),
      name: z.string(),
      staffCount: staffCountView.nullable(),
      facts: z.array(factCellView),
      missing: z.number().int().describe('Số thông tin bộ tiêu chí cần mà đơn vị chưa có'),
      abilities: z.object({
        editStaffCount: z.boolean(),
        confirmStaffCount: z.boolean(),
        editFacts: z.boolean(),
      }),
    }),
  ),
});

/** Fact names as the ruleset's predicates use them (`partyRating`, `pactSigned`). */
export const factName = z
  .string()
  .trim()
  .regex(
    /^[A-Za-z][A-Za-z0-9_]{0,59}$/,
    'chỉ gồm chữ cái không dấu, số và dấu gạch dưới, bắt đầu bằng chữ cái',
  );

/** `/clusters/:clusterId/units/:unitId/facts/:name`. */
export const factParams = z.object({ clusterId: z.uuid(), unitId: z.uuid(), name: factName });

/** Filters of the fact list. */
export const factListQuery = pageQuery.extend({ unitId: z.uuid().optional() });

/** A reason for a change, written into the audit log. */
const reason = text(2000);

/** A fact's value (string, number or boolean); `version` 0 creates it. */
export const factBody = z.object({
  version: whole(0).describe(`${versionField.description}; 0 để tạo mới`),
  value: z.union([text(200), z.number(), z.boolean()]),
  note: optionalText(4000).nullable().optional(),
  reason: reason.optional().describe('Lý do; bắt buộc khi sửa thông tin đã có và khi ghi đè'),
  override: z
    .boolean()
    .optional()
    .describe(
      'true: cơ quan thường trực ghi đè thông tin hệ thống tự lấy từ hồ sơ (registered, pactSigned, ' +
        'reportsSubmitted, womenShare70), bắt buộc kèm lý do',
    ),
});

/** A fact as the API returns it. */
export const factView = z.object({
  id: z.string(),
  periodId: z.string(),
  unitId: z.string(),
  name: z.string(),
  value: z.union([z.string(), z.number(), z.boolean()]),
  note: z.string().nullable(),
  enteredBy: z.string().nullable(),
  overrideReason: z
    .string()
    .nullable()
    .describe('Lý do cơ quan thường trực ghi đè thông tin lấy từ hồ sơ; null nếu là thông tin nhập'),
  updatedAt: z.string(),
  version: z.number().int(),
});

export type StaffCountInput = z.input<typeof staffCountBody>;
export type StaffCountView = z.infer<typeof staffCountView>;
export type FactValue = z.infer<typeof factValue>;
export type FactCellView = z.infer<typeof factCellView>;
export type FactSheetView = z.infer<typeof factSheetView>;
export type FactSheetUnitView = FactSheetView['units'][number];
export type FactInput = z.input<typeof factBody>;
export type FactView = z.infer<typeof factView>;
