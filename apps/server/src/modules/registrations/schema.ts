import { REGISTRATION_STATUSES } from '@thidua/db';
import { z } from 'zod';
import { whole, text, optionalText } from '../../http/schemas';
import { versionField } from '../../http/concurrency';
import { pageOf, pageQuery } from '../../http/pagination';

export const clusterParams = z.object({ clusterId: z.uuid() });
export const registrationParams = z.object({ registrationId: z.uuid() });

const version = whole(1).meta(versionField);

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

export const registrationView = z.object({
  id: z.string(),
  periodId: z.string(),
  clusterId: z.string(),
  unit: unitRef,
  criteriaVersionId: z.string(),
  status: z.enum(REGISTRATION_STATUSES),
  plans: z.array(planView),
  titlesSought: z.array(awardRef),
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
