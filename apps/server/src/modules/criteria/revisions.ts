import { type criteriaVersions, type frameworks, type Transaction } from '@thidua/db';
import { max, type SQL } from 'drizzle-orm';
import type { PgInsertValue } from 'drizzle-orm/pg-core';
import type { z } from 'zod';
import { recordAudit } from '../../audit/record-audit';
import type { Actor } from '../../auth/actor';
import { AppError } from '../../http/errors';
import { updateVersioned } from '../../http/versioned-update';
import type { issueBody } from '@thidua/contracts/criteria-shared';
import { CRITERIA_MSG as M } from './messages';

/** The two criteria documents issued with a number and date and revised after issue. */
type CriteriaTable = typeof frameworks | typeof criteriaVersions;

/** Where a document's audit events go: its council and its entity type. */
interface CriteriaAudit {
  councilId: string;
  entityType: 'framework' | 'criteriaVersion';
}

/**
 * Only the latest revision may be revised, so revisions form one line: `latest` is the highest
 * revision stored beside `revision` (CRITERIA_STATUS naming it when it is newer).
 */
export function assertLatestRevision(latest: number | null | undefined, revision: number): void {
  const latestRevision = latest ?? revision;
  if (latestRevision > revision) throw new AppError('CRITERIA_STATUS', M.newerRevision(latestRevision));
}

/** Refuses to revise `source` unless it is the latest of the revisions `line` selects. */
export async function assertLatestOf(
  tx: Transaction,
  table: CriteriaTable,
  line: SQL | undefined,
  revision: number,
): Promise<void> {
  const [latest] = await tx
    .select({ revision: max(table.revision) })
    .from(table)
    .where(line);
  assertLatestRevision(latest?.revision, revision);
}

/**
 * Issues a framework or a cluster's criteria with its document number and date, over the version the
 * client read; from then on the database locks the row. Audited as `issue` (status and document).
 */
export async function issueDocument<T extends CriteriaTable>(
  tx: Transaction,
  actor: Actor,
  table: T,
  before: { id: string; status: string; version: number },
  body: z.infer<typeof issueBody>,
  audit: CriteriaAudit,
): Promise<T['$inferSelect']> {
  const issued = (await updateVersioned(tx, table as typeof frameworks, before.id, body.version, {
    status: 'issued',
    issuedAt: new Date(),
    issuedBy: actor.userId,
    documentNumber: body.documentNumber,
    documentDate: body.documentDate,
  })) as T['$inferSelect'];
  await recordAudit(tx, actor, {
    ...audit,
    entityId: before.id,
    action: 'issue',
    old: { status: before.status, version: before.version },
    new: { status: issued.status, documentNumber: issued.documentNumber, documentDate: issued.documentDate },
  });
  return issued;
}

/** Inserts the next revision of `source` and audits it as `revise` (old: the source's id and revision). */
export async function insertRevision<T extends CriteriaTable>(
  tx: Transaction,
  actor: Actor,
  table: T,
  source: { id: string; revision: number },
  values: PgInsertValue<T>,
  audit: CriteriaAudit & { reason: string },
): Promise<T['$inferSelect']> {
  const [created] = (await tx
    .insert(table as typeof frameworks)
    .values(values as PgInsertValue<typeof frameworks>)
    .returning()) as T['$inferSelect'][];
  await recordAudit(tx, actor, {
    ...audit,
    entityId: created!.id,
    action: 'revise',
    old: { id: source.id, revision: source.revision },
    new: created,
  });
  return created!;
}
