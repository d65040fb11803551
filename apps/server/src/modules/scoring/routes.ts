import type { FastifyInstance } from 'fastify';
import { adjustmentsRoutes } from './adjustments-routes';
import { entriesRoutes } from './entries-routes';
import { evidenceRoutes } from './evidence-routes';
import { factsAndObjectionsRoutes } from './facts-objections-routes';
import { factSheetRoutes } from './facts-sheet-routes';
import { resultsRoutes } from './results-routes';

/** Entries per stage, evidence files, adjustments, facts (sheet, staff counts), objections, results and period import/export. */
export async function scoringRoutes(app: FastifyInstance): Promise<void> {
  await app.register(entriesRoutes);
  await app.register(evidenceRoutes);
  await app.register(adjustmentsRoutes);
  await app.register(factsAndObjectionsRoutes);
  await app.register(factSheetRoutes);
  await app.register(resultsRoutes);
}
