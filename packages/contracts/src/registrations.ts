import { REGISTRATION_STATUSES } from '@thidua/vocabulary';
import { z } from 'zod';
import { text, optionalText, pageOf, pageQuery, version } from './primitives';
export { clusterParams } from './primitives';

export const registrationParams = z.object({ registrationId: z.uuid() });

const planItem = z.object({
  criterionCode: text(60),
  plan: z
    .number()
    .meta({ description: 'Kế hoạch (chỉ tiêu) của tiêu chí định lượng, ≥ 0; > 0 với tiêu chí tăng' }),
  note: optionalText(1000).nullable().optional(),
});

const registeredItem = z.object({
  name: text(300),
  description: optionalText(4000).optional(),
});

/** What a unit registers; each part, when sent, replaces the stored one (plans included). */
const content = {
  plans: z.array(planItem).max(1000).optional(),
  titlesSought: z
    .array(text(40))
    .max(20)
    .optional()
    .meta({ description: 'Mã danh hiệu, hình thức khen thưởng đăng ký (trong bộ tiêu chí)' }),
  models: z.array(registeredItem).max(100).optional().meta({ description: 'Mô hình thi đua' }),
  topics: z.array(registeredItem).max(100).optional().meta({ description: 'Chuyên đề thi đua' }),
  note: optionalText(4000).nullable().optional().meta({ description: 'Mục tiêu, ghi chú' }),
};

export const registrationCreateBody = z.object({ unitId: z.uuid(), ...content });
export const registrationPatch = z.object({ version, ...content });
export const submitBody = z.object({ version });
export const reopenBody = z.object({
  version,
  reason: optionalText(2000).optional().meta({ description: 'Lý do mở lại (bắt buộc)' }),
});

export const registrationListQuery = pageQuery.extend({
  status: z.enum(['missing', ...REGISTRATION_STATUSES]).optional(),
});

const unitRef = z.object({ id: z.string(), code: z.string(), name: z.string() });
const awardRef = z.object({ code: z.string(), name: z.string() });

export const planView = z.object({
  criterionCode: z.string(),
  criterionName: z.string(),
  measureUnit: z.string().nullable(),
  direction: z.enum(['increase', 'decrease']),
  plan: z.string().meta({ description: 'Số thập phân chính xác, dạng chuỗi' }),
  note: z.string().nullable(),
});

/** Issue #14 §3: which criteria the targets are against — issued, the cluster's draft, or none yet. */
export const basisView = z.object({
  kind: z.enum(['issued', 'draft', 'none']).meta({
    description:
      'issued: bộ tiêu chí đã ban hành mà bản đăng ký gắn với; draft: dự thảo hiện tại của cụm, khối ' +
      '(chưa ban hành, có thể còn thay đổi); none: cụm, khối chưa có dự thảo (chưa đăng ký được chỉ tiêu)',
  }),
  versionId: z.string().nullable(),
  revision: z.number().int().nullable(),
  status: z.enum(['draft', 'agreed', 'issued']).nullable(),
  documentNumber: z.string().nullable(),
  documentDate: z.string().nullable(),
  titleOptions: z.array(awardRef).meta({ description: 'Danh hiệu, hình thức khen thưởng được chọn' }),
  quantitativeCodes: z
    .array(z.string())
    .meta({ description: 'Mã các tiêu chí định lượng đăng ký được kế hoạch (chỉ tiêu)' }),
});

export const registrationView = z.object({
  id: z.string(),
  periodId: z.string(),
  clusterId: z.string(),
  unit: unitRef,
  criteriaVersionId: z.string().nullable().meta({
    description: 'Bộ tiêu chí đã ban hành; null khi đăng ký trước khi cụm, khối ban hành bộ tiêu chí',
  }),
  criteria: basisView,
  status: z.enum(REGISTRATION_STATUSES),
  plans: z.array(planView),
  titlesSought: z.array(awardRef),
  droppedAtIssue: z
    .object({ criteriaVersionId: z.string(), plans: z.array(planView), titles: z.array(awardRef) })
    .nullable()
    .meta({ description: 'Chỉ tiêu, danh hiệu đăng ký trước khi ban hành mà bộ tiêu chí ban hành không có' }),
  models: z.array(registeredItem),
  topics: z.array(registeredItem),
  note: z.string().nullable(),
  submittedAt: z.string().nullable(),
  version: z.number().int(),
  abilities: z.object({ update: z.boolean(), submit: z.boolean(), reopen: z.boolean() }),
});

export const registrationRow = z.object({
  unit: unitRef.extend({ seat: z.enum(['leader', 'deputy', 'member']) }),
  registration: z
    .object({
      id: z.string(),
      status: z.enum(REGISTRATION_STATUSES),
      submittedAt: z.string().nullable(),
      version: z.number().int(),
    })
    .nullable(),
});

export const registrationPage = pageOf(registrationRow).extend({
  allSubmitted: z.boolean().meta({ description: 'Mọi đơn vị trong cụm, khối đã gửi đăng ký' }),
});

/** What issuing did to one registration made before issue, as the issuer is told (issue #14 §3). */
export const carriedRegistrationView = z.object({
  registrationId: z.string(),
  unit: z.object({ id: z.string(), code: z.string(), name: z.string() }),
  status: z.enum(['draft', 'submitted']),
  keptPlans: z.number().int(),
  droppedPlans: z.array(planView),
  droppedTitles: z.array(awardRef),
});

// The registration form as it is printed (Phụ lục 01).

export const printCriterion = z.object({
  code: z.string(),
  name: z.string(),
  /** 0 for a group's top-level criterion, 1 for its children, … */
  depth: z.number().int(),
  points: z.number(),
  kind: z.string().nullable(),
  quantitative: z.boolean(),
  direction: z.enum(['increase', 'decrease']).nullable(),
  measureUnit: z.string().nullable(),
  plan: z.string().nullable(),
  planNote: z.string().nullable(),
});

/** Everything the registration form of Bắc Giang's Phụ lục 01 prints. */
export const printView = z.object({
  title: z.string(),
  council: z.object({ id: z.string(), name: z.string() }),
  period: z.object({ id: z.string(), name: z.string(), year: z.number().int(), calendar: z.string() }),
  cluster: z.object({ id: z.string(), code: z.string(), name: z.string(), kind: z.enum(['cum', 'khoi']) }),
  unit: z.object({ id: z.string(), code: z.string(), name: z.string(), type: z.string() }),
  addressedTo: z.array(z.string()),
  status: z.enum(['draft', 'submitted']),
  /** The local date (Asia/Ho_Chi_Minh) of submission, YYYY-MM-DD; null for a draft. */
  date: z.string().nullable(),
  /**
   * The criteria the plans are against: the issued revision, or before issue the cluster's draft
   * (`issued` false, no document yet) or none at all (null: the form prints no criteria table).
   */
  criteriaVersion: z
    .object({
      id: z.string(),
      revision: z.number().int(),
      name: z.string(),
      issued: z.boolean(),
      documentNumber: z.string().nullable(),
      documentDate: z.string().nullable(),
    })
    .nullable(),
  objective: z.string().nullable(),
  groups: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      maxPoints: z.number(),
      criteria: z.array(printCriterion),
    }),
  ),
  titlesSought: z.array(z.object({ code: z.string(), name: z.string() })),
  models: z.array(z.object({ name: z.string(), description: z.string().optional() })),
  topics: z.array(z.object({ name: z.string(), description: z.string().optional() })),
  /**
   * The header of Nghị định 30/2020: the unit's governing body over the unit, "Số: …/ĐKTĐ" (the number is
   * written when the unit registers the form), and the place and date line (`Hải Hà, ngày 05 tháng 3 năm
   * 2026`: a leading zero only for days below 10 and months 1–2).
   */
  header: z.object({
    parentBody: z.string(),
    issuingBody: z.string(),
    reference: z.string(),
    place: z.string(),
    placeDate: z.string(),
  }),
  /** "THỦ TRƯỞNG ĐƠN VỊ", the head's title; the head signs and writes the name by hand. */
  signer: z.object({ authority: z.string(), name: z.string().nullable(), title: z.string().nullable() }),
});

export type CarriedRegistration = z.infer<typeof carriedRegistrationView>;

export type RegisteredItemView = z.infer<typeof registeredItem>;
export type PlanView = z.infer<typeof planView>;
export type BasisView = z.infer<typeof basisView>;
export type RegistrationView = z.infer<typeof registrationView>;
export type RegistrationRowView = z.infer<typeof registrationRow>;
export type RegistrationPageView = z.infer<typeof registrationPage>;
export type PrintCriterionView = z.infer<typeof printCriterion>;
export type PrintView = z.infer<typeof printView>;
export type RegistrationInput = z.input<typeof registrationCreateBody>;
