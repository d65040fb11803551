import { type Database, dossiers } from '@thidua/db';
import { and, asc, desc, eq, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { Actor } from '../../auth/actor';
import { selectPage } from '../../http/pagination';
import { dossierBarsOf, findBatch } from './service';
import { presentDossier } from './presenter';
import type { dossierListQuery } from './schema';

/**
 * A page of a batch's dossiers, newest filed first, each with why it may not be approved now; for
 * anyone in the council (the list and its Excel export).
 */
export async function listBatchDossiers(
  db: Database,
  actor: Actor,
  batchId: string,
  query: z.infer<typeof dossierListQuery>,
) {
  const { batch, scope } = await findBatch(db, actor, batchId);
  const filters: SQL[] = [eq(dossiers.batchId, batch.id)];
  if (query.unitId) filters.push(eq(dossiers.unitId, query.unitId));
  if (query.outcome) filters.push(eq(dossiers.outcome, query.outcome));
  const order = [desc(dossiers.submittedOn), asc(dossiers.candidateName)];
  const barsOf = await dossierBarsOf(db, batch, query.unitId ? [query.unitId] : undefined);
  return selectPage(db, dossiers, and(...filters), order, query, (d) =>
    presentDossier(d, scope, batch, barsOf(d)),
  );
}
