import { type Database, type Transaction, type Unit, units } from '@thidua/db';
import type { z } from 'zod';
import { recordAudit } from '../../audit/record-audit';
import type { Actor } from '../../auth/actor';
import { updateVersioned } from '../../http/versioned-update';
import type { unitBody, unitPatch } from '@thidua/contracts/organisation';

/** How a change came (a file's import): the audit event's reason and the batch it shares. */
export interface UnitAuditContext {
  reason?: string;
  batchId?: string;
}

/** Adds a unit (its calendar from its type unless given) and its audit event, in the caller's transaction. */
export async function createUnit(
  tx: Database | Transaction,
  actor: Actor,
  councilId: string,
  body: z.infer<typeof unitBody>,
  audit: UnitAuditContext = {},
): Promise<Unit> {
  const [created] = await tx
    .insert(units)
    .values({
      councilId,
      code: body.code,
      name: body.name,
      type: body.type,
      calendar: body.calendar ?? (body.type === 'school' ? 'schoolYear' : 'calendarYear'),
      schoolLevel: body.schoolLevel ?? null,
      parentBody: body.parentBody || null,
    })
    .returning();
  await recordAudit(tx, actor, {
    councilId,
    entityType: 'unit',
    entityId: created!.id,
    action: 'create',
    new: created,
    reason: audit.reason ?? null,
    batchId: audit.batchId ?? null,
  });
  return created!;
}

/** Changes a unit at the version the caller read (409 `STALE` otherwise) and audits it. */
export async function updateUnit(
  tx: Database | Transaction,
  actor: Actor,
  before: Unit,
  version: number,
  changes: Omit<z.infer<typeof unitPatch>, 'version'>,
  audit: UnitAuditContext = {},
): Promise<Unit> {
  // A parent body cleared is none, not an empty name.
  const values = changes.parentBody === '' ? { ...changes, parentBody: null } : changes;
  const updated: Unit = await updateVersioned(tx, units, before.id, version, values);
  await recordAudit(tx, actor, {
    councilId: before.councilId,
    entityType: 'unit',
    entityId: before.id,
    action: 'update',
    old: before,
    new: updated,
    reason: audit.reason ?? null,
    batchId: audit.batchId ?? null,
  });
  return updated;
}
