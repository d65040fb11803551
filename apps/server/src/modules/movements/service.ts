import { type Database, type Movement, movements, type Transaction } from '@thidua/db';
import { recordAudit } from '../../audit/record-audit';
import type { Actor } from '../../auth/actor';
import { deleteAudited, findById, updateAudited } from '../../http/versioned-update';
import type { FieldError } from '../../http/errors';
import { blankToNull } from '../../kernel/text';
import {
  assertNoErrors,
  assertPeriodWritable,
  type PlansScope,
  scopeOf,
  unitErrors,
} from '../plans-shared/policy';
import type { MovementBody, MovementPatch } from './schema';

type Db = Database | Transaction;

export async function findMovement(
  db: Db,
  actor: Actor,
  movementId: string,
): Promise<{ movement: Movement; scope: PlansScope }> {
  const movement = await findById(db, movements, movementId, 'phong trào thi đua');
  return { movement, scope: scopeOf(actor, movement.councilId, movement.periodId) };
}

type MovementColumns = Partial<
  Omit<Movement, 'id' | 'councilId' | 'periodId' | 'version' | 'createdAt' | 'updatedAt'>
>;

function columnsOf(body: Partial<MovementBody>): MovementColumns {
  const out: MovementColumns = {};
  if (body.name !== undefined) out.name = body.name;
  if (body.responsibleDeputyChair !== undefined)
    out.responsibleDeputyChair = blankToNull(body.responsibleDeputyChair) ?? null;
  if (body.standingUnitId !== undefined) out.standingUnitId = body.standingUnitId;
  if (body.standingBody !== undefined) out.standingBody = blankToNull(body.standingBody) ?? null;
  if (body.startsOn !== undefined) out.startsOn = body.startsOn;
  if (body.endsOn !== undefined) out.endsOn = body.endsOn;
  if (body.reportDueDates !== undefined) out.reportDueDates = [...new Set(body.reportDueDates)].sort();
  if (body.status !== undefined) out.status = body.status;
  if (body.note !== undefined) out.note = blankToNull(body.note) ?? null;
  if (body.participantUnitIds !== undefined)
    out.participantUnitIds = body.participantUnitIds && [...new Set(body.participantUnitIds)];
  return out;
}

async function check(
  tx: Transaction,
  councilId: string,
  merged: MovementColumns,
  sent: Partial<MovementBody>,
) {
  const errors: FieldError[] = [];
  if (merged.startsOn && merged.endsOn && merged.startsOn > merged.endsOn) {
    errors.push({ path: 'body.endsOn', message: 'không được trước ngày bắt đầu (startsOn)' });
  }
  const refs = [
    ...(sent.standingUnitId ? [{ path: 'body.standingUnitId', unitId: sent.standingUnitId }] : []),
    ...(sent.participantUnitIds ?? []).map((unitId, i) => ({ path: `body.participantUnitIds.${i}`, unitId })),
  ];
  errors.push(...(await unitErrors(tx, councilId, refs)));
  assertNoErrors(errors);
}

export async function createMovement(
  tx: Transaction,
  actor: Actor,
  scope: PlansScope,
  body: MovementBody,
): Promise<Movement> {
  await assertPeriodWritable(tx, scope.periodId);
  const columns = columnsOf(body);
  await check(tx, scope.councilId, columns, body);
  const [movement] = await tx
    .insert(movements)
    .values({ ...columns, name: body.name, councilId: scope.councilId, periodId: scope.periodId })
    .returning();
  await recordAudit(tx, actor, {
    councilId: scope.councilId,
    entityType: 'movement',
    entityId: movement!.id,
    action: 'create',
    new: movement,
  });
  return movement!;
}

export async function updateMovement(
  tx: Transaction,
  actor: Actor,
  before: Movement,
  body: MovementPatch,
): Promise<Movement> {
  await assertPeriodWritable(tx, before.periodId);
  const { version, reason, ...fields } = body;
  const columns = columnsOf(fields);
  await check(tx, before.councilId, { ...before, ...columns }, fields);
  const updated = await updateAudited(tx, actor, movements, before, version, columns, {
    councilId: before.councilId,
    entityType: 'movement',
    reason,
  });
  return updated;
}

export async function deleteMovement(
  tx: Transaction,
  actor: Actor,
  before: Movement,
  version: number,
  reason: string | undefined,
): Promise<void> {
  await assertPeriodWritable(tx, before.periodId);
  await deleteAudited(tx, actor, movements, before, version, {
    councilId: before.councilId,
    entityType: 'movement',
    reason,
  });
}
