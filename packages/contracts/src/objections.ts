import { OBJECTION_STATUSES } from '@thidua/vocabulary';
import { z } from 'zod';
import { pageQuery, text, versionField, whole } from './primitives';

// Objections to a cluster's scoring sheet and their answers: what the server's objection routes declare,
// the web's objections screen reads.

/** `/objections/:objectionId`. */
export const objectionParams = z.object({ objectionId: z.uuid() });

/** Filters of the objection list: unit, status. */
export const objectionListQuery = pageQuery.extend({
  unitId: z.uuid().optional(),
  status: z.enum(OBJECTION_STATUSES).optional(),
});

/** A new objection: the unit, optionally the criterion, and what is disputed. */
export const objectionBody = z.object({
  unitId: z.uuid(),
  criterionCode: text(60).nullable().optional().describe('Tiêu chí bị khiếu nại; bỏ trống nếu về cả bảng'),
  body: text(4000),
});

/** The answer to an objection, at the version read. */
export const objectionAnswerBody = z.object({
  version: whole(1).describe(versionField.description),
  answer: text(4000),
});

/** Withdrawing an objection, at the version read. */
export const objectionWithdrawBody = z.object({
  version: whole(1).describe(versionField.description),
});

/** An objection as the API returns it. */
export const objectionView = z.object({
  id: z.string(),
  criteriaVersionId: z.string(),
  unitId: z.string(),
  criterionCode: z.string().nullable(),
  entryId: z.string().nullable(),
  body: z.string(),
  status: z.enum(OBJECTION_STATUSES),
  raisedBy: z.string().nullable(),
  answer: z.string().nullable(),
  answeredBy: z.string().nullable(),
  answeredAt: z.string().nullable(),
  createdAt: z.string(),
  version: z.number().int(),
  abilities: z.object({ answer: z.boolean(), withdraw: z.boolean() }),
});

export type ObjectionInput = z.input<typeof objectionBody>;
export type ObjectionView = z.infer<typeof objectionView>;
