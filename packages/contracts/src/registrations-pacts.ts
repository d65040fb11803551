import { PACT_AGREEMENT_PARTIES } from '@thidua/vocabulary';
import { z } from 'zod';
import { whole, optionalText, versionField, pageOf, pageQuery } from './primitives';

export const pactParams = z.object({ pactId: z.uuid() });

const documentNumber = z
  .string()
  .trim()
  .min(1)
  .max(100)
  .nullable()
  .optional()
  .meta({ description: 'Số, ký hiệu văn bản giao ước (ví dụ 01/GƯTĐ-CTĐ1)' });
const note = optionalText(2000).nullable().optional();

export const pactCreateBody = z.object({
  unitId: z.uuid(),
  signedOn: z.iso.date().meta({ description: 'Ngày ký (YYYY-MM-DD)' }),
  documentNumber,
  note,
});

export const pactPatch = z.object({
  version: whole(1).meta(versionField),
  signedOn: z.iso.date().optional(),
  documentNumber,
  note,
});

export const pactListQuery = pageQuery;

export const pactView = z.object({
  id: z.string(),
  periodId: z.string(),
  clusterId: z.string(),
  unitId: z.string(),
  signedOn: z.string(),
  documentNumber: z.string().nullable(),
  note: z.string().nullable(),
  version: z.number().int(),
  abilities: z.object({ update: z.boolean() }),
});

export const pactRow = z.object({
  unit: z.object({
    id: z.string(),
    code: z.string(),
    name: z.string(),
    seat: z.enum(['leader', 'deputy', 'member']),
  }),
  pact: pactView.nullable(),
});

export const pactPage = pageOf(pactRow);

export const pactAgreementParams = z.object({
  clusterId: z.uuid(),
  party: z
    .enum(PACT_AGREEMENT_PARTIES)
    .meta({ description: 'follower: thành viên Hội đồng theo dõi cụm; standingOffice: cơ quan thường trực' }),
});

export const pactAgreementBody = z.object({ note });

const partyAgreement = z.object({
  /** The display name of who agreed; null until the party agrees. */
  agreedBy: z.string().nullable(),
  agreedAt: z.string().nullable(),
  note: z.string().nullable(),
  abilities: z.object({ agree: z.boolean(), withdraw: z.boolean() }),
});

/** The two agreements the signing needs (Ba Đình 2022, Long Biên 2023). */
export const pactAgreementsView = z.object({
  follower: partyAgreement,
  standingOffice: partyAgreement,
  /** A signing is recorded: the agreements can no longer be withdrawn. */
  signed: z.boolean(),
  /** Both parties agreed: the leader may record the signing. */
  agreed: z.boolean(),
  /** Who has not agreed yet, in Vietnamese; null once both have. */
  missing: z.string().nullable(),
});

export type PactView = z.infer<typeof pactView>;
export type PactRowView = z.infer<typeof pactRow>;
export type PartyAgreementView = z.infer<typeof partyAgreement>;
export type PactAgreementsView = z.infer<typeof pactAgreementsView>;
