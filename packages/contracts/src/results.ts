import { UNIT_TYPES } from '@thidua/vocabulary';
import { z } from 'zod';

// The period file's import into a cluster (a year scored elsewhere, `thidua/period@1`): what the server's
// route takes and answers, the web's import panel reads. The documents themselves stay with the server,
// which names their outline from the engine.

export const periodFileImportQuery = z.object({
  unitType: z.enum(UNIT_TYPES).default('other').describe('Loại của các đơn vị chưa có trong Hội đồng'),
});

export const periodFileImportSummary = z.object({
  clusterId: z.string(),
  frameworkId: z.string(),
  criteriaVersionId: z.string(),
  unitsCreated: z.number().int(),
  unitsMatched: z.number().int(),
  entries: z.number().int(),
  adjustments: z.number().int(),
  facts: z.number().int(),
  quotas: z.number().int(),
  votes: z.number().int(),
});

export type PeriodFileImportSummary = z.infer<typeof periodFileImportSummary>;
