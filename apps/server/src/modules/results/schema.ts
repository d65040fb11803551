import { PERIOD_FORMAT, RESULT_FORMAT } from '@thidua/engine';
import { z } from 'zod';

// The documents pass through as the engine builds them; the schemas name their outline for the OpenAPI
// document and keep every field and its order (the top-level keys are all listed, items pass as they are).
const record = z.unknown();

export const resultDocument = z
  .object({
    format: z.literal(RESULT_FORMAT),
    complete: z.boolean(),
    units: z.array(record),
    pendingVotes: z.array(record),
  })
  .describe('Tài liệu thidua/result@1 (SPEC §8) kèm lời giải thích từng điểm');

export const periodDocument = z
  .object({
    format: z.literal(PERIOD_FORMAT),
    name: z.string(),
    year: z.number().int(),
    ruleset: record,
    units: z.array(record),
    entries: z.array(record),
    adjustments: z.array(record),
    quotas: z.record(z.string(), z.number()).optional(),
    votes: z.array(record).optional(),
  })
  .describe('Tài liệu thidua/period@1 (SPEC §8)');
