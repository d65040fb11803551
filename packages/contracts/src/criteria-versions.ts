import { CRITERIA_STATUSES } from '@thidua/vocabulary';
import { z } from 'zod';
import { pageQuery } from './primitives';
export { clusterParams } from './primitives';
import { carriedRegistrationView } from './registrations';
import { fieldErrorView, rulesetInput, rulesetOutput, version } from './criteria-shared';

export const versionParams = z.object({ versionId: z.uuid() });

export const versionCreateBody = z.object({
  frameworkId: z.uuid().meta({ description: 'Khung tiêu chí đã ban hành mà cụm, khối cụ thể hóa' }),
});

export const versionPatch = z.object({ version, ruleset: rulesetInput });

export const validateBody = z.object({ ruleset: rulesetInput });

export const agreeBody = z.object({
  version,
  note: z
    .string()
    .trim()
    .max(2000)
    .optional()
    .meta({ description: 'Ghi chú về sự thống nhất (ví dụ: biên bản, ngày họp)' }),
});

export const versionListQuery = pageQuery.extend({ status: z.enum(CRITERIA_STATUSES).optional() });

export const compareQuery = z.object({
  from: z.uuid().meta({ description: 'Phiên bản gốc' }),
  to: z.uuid().meta({ description: 'Phiên bản so sánh' }),
});

export const versionSummary = z.object({
  id: z.string(),
  clusterId: z.string(),
  frameworkId: z.string(),
  revision: z.number().int(),
  status: z.enum(CRITERIA_STATUSES),
  name: z.string(),
  supersedesId: z.string().nullable(),
  changeReason: z.string().nullable(),
  agreedAt: z.string().nullable(),
  issuedAt: z.string().nullable(),
  documentNumber: z.string().nullable(),
  documentDate: z.string().nullable(),
  version: z.number().int(),
  abilities: z.object({
    update: z.boolean(),
    agree: z.boolean(),
    issue: z.boolean(),
    revise: z.boolean(),
  }),
});

export const frameworkRulesView = z.object({
  id: z.string(),
  code: z.string(),
  revision: z.number().int(),
  name: z.string(),
  fixedGroupCodes: z.array(z.string()),
  maxAddedCriteriaRatio: z.number().nullable(),
});

export const versionView = versionSummary.extend({ ruleset: rulesetOutput, framework: frameworkRulesView });
/** The issued revision and what became of the registrations made before issue (issue #14 §3). */
export const issuedView = versionView.extend({
  registrationsCarriedOver: z.array(carriedRegistrationView).meta({
    description: 'Bản đăng ký lập trước khi ban hành, đã chuyển sang bộ tiêu chí này (chỉ tiêu bị bỏ nếu có)',
  }),
});
export type IssuedVersionView = z.infer<typeof issuedView>;

export const validationView = z.object({ ok: z.boolean(), errors: z.array(fieldErrorView) });

export const criterionSummary = z.object({
  code: z.string(),
  name: z.string(),
  groupCode: z.string(),
  parentCode: z.string().nullable(),
  points: z.number(),
  kind: z.string().nullable(),
});
const fieldChange = z.object({ field: z.string(), from: z.unknown(), to: z.unknown() });

export const comparisonView = z.object({
  from: z.object({ id: z.string(), revision: z.number().int(), status: z.enum(CRITERIA_STATUSES) }),
  to: z.object({ id: z.string(), revision: z.number().int(), status: z.enum(CRITERIA_STATUSES) }),
  added: z.array(criterionSummary),
  removed: z.array(criterionSummary),
  changed: z.array(criterionSummary.extend({ changes: z.array(fieldChange) })),
  groups: z.object({
    added: z.array(z.string()),
    removed: z.array(z.string()),
    changed: z.array(z.object({ code: z.string(), changes: z.array(fieldChange) })),
  }),
  otherChanges: z.array(z.string()),
});

export type VersionSummaryView = z.infer<typeof versionSummary>;
/** A cluster's criteria version; its ruleset is the engine's `Ruleset` (validated by the engine, not here). */
export type VersionView = z.infer<typeof versionView>;
export type ValidationView = z.infer<typeof validationView>;
export type CriterionSummaryView = z.infer<typeof criterionSummary>;
export type ComparisonView = z.infer<typeof comparisonView>;
export type FieldChangeView = z.infer<typeof fieldChange>;
