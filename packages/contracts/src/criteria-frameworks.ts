import { CRITERIA_STATUSES, UNIT_TYPES } from '@thidua/vocabulary';
import { z } from 'zod';
import { text, optionalText, pageQuery, slugCode } from './primitives';
export { councilParams } from './primitives';
import { rulesetInput, rulesetOutput, version } from './criteria-shared';

export const frameworkParams = z.object({ frameworkId: z.uuid() });

const fixedGroupCodes = z
  .array(text(40))
  .max(50)
  .meta({ description: 'Mã các nhóm (hoặc khoản điểm thưởng) cụm, khối không được thay đổi' });

/** numeric(5,4): a share between 0 and 1 with at most four decimals (0.3 = 30 %). */
const ratio = z
  .number()
  .min(0)
  .max(1)
  .refine(
    (x) => /^\d+(\.\d{1,4})?$/.test(String(x)),
    'tỷ lệ có nhiều nhất 4 chữ số thập phân (ví dụ 0.3 là 30%)',
  )
  .nullable()
  .meta({
    description: 'Tỷ lệ tiêu chí cụm, khối được thêm mỗi nhóm (Bắc Giang: 0.3); null = không giới hạn',
  });

export const frameworkCreateBody = z.object({
  code: slugCode,
  name: text(300).optional(),
  unitType: z.enum(UNIT_TYPES).nullable().optional(),
  profileId: text(100).optional().meta({ description: 'Tạo từ mẫu có sẵn' }),
  fromFrameworkId: z.uuid().optional().meta({ description: 'Sao chép từ khung tiêu chí khác (năm trước)' }),
  ruleset: rulesetInput.optional(),
  fixedGroupCodes: fixedGroupCodes.optional(),
  maxAddedCriteriaRatio: ratio.optional(),
});

export const frameworkPatch = z.object({
  version,
  name: text(300).optional(),
  unitType: z.enum(UNIT_TYPES).nullable().optional(),
  ruleset: rulesetInput.optional(),
  fixedGroupCodes: fixedGroupCodes.optional(),
  maxAddedCriteriaRatio: ratio.optional(),
});

export const frameworkListQuery = pageQuery.extend({
  status: z.enum(CRITERIA_STATUSES).optional(),
  code: optionalText(60).optional(),
  q: optionalText(100).optional(),
});

export const frameworkSummary = z.object({
  id: z.string(),
  councilId: z.string(),
  code: z.string(),
  revision: z.number().int(),
  name: z.string(),
  unitType: z.enum(UNIT_TYPES).nullable(),
  profileCode: z.string().nullable(),
  status: z.enum(CRITERIA_STATUSES),
  fixedGroupCodes: z.array(z.string()),
  maxAddedCriteriaRatio: z.number().nullable(),
  supersedesId: z.string().nullable(),
  changeReason: z.string().nullable(),
  issuedAt: z.string().nullable(),
  documentNumber: z.string().nullable(),
  documentDate: z.string().nullable(),
  version: z.number().int(),
  abilities: z.object({ update: z.boolean(), issue: z.boolean(), revise: z.boolean() }),
});

export const frameworkView = frameworkSummary.extend({ ruleset: rulesetOutput });

export type FrameworkSummaryView = z.infer<typeof frameworkSummary>;
export type FrameworkView = z.infer<typeof frameworkView>;
/** A new framework, as the client sends it. */
export type FrameworkCreateInput = z.input<typeof frameworkCreateBody>;
/** A framework's changes, as the client sends them. */
export type FrameworkPatchInput = z.input<typeof frameworkPatch>;

/** A built-in rule profile (SPEC §9), without its criteria, as a framework is started from it. */
export const ruleProfileView = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  source: z.object({ document: z.string(), issuer: z.string(), date: z.string() }),
  unitTypes: z.array(z.string()),
  calendar: z.enum(['calendar', 'school']),
  maxTotal: z.number().nullable(),
  groups: z.array(
    z.object({ code: z.string(), name: z.string(), maxPoints: z.number(), criteria: z.number().int() }),
  ),
});
export type RuleProfileView = z.infer<typeof ruleProfileView>;
