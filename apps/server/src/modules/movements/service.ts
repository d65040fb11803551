import { type Database, type Movement, movements, type Transaction } from '@thidua/db';
import type { Actor } from '../../auth/actor';
import type { FieldError } from '../../http/errors';
import { blankToNull } from '../../kernel/text';
import { periodRowCommands } from '../plans-shared/period-rows';
import { assertNoErrors, type PlansScope, unitErrors } from '../plans-shared/policy';
import type { MovementBody } from './schema';

type Db = Database | Transaction;

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

const commands = periodRowCommands({
  table: movements,
  entityType: 'movement',
  what: 'phong trào thi đua',
  columnsOf,
  requiredOf: (body: MovementBody) => ({ name: body.name }),
  check: (tx, period, merged, sent) => check(tx, period.councilId, merged, sent),
});

export const createMovement = commands.create;
export const updateMovement = commands.update;
export const deleteMovement = commands.remove;

export async function findMovement(
  db: Db,
  actor: Actor,
  movementId: string,
): Promise<{ movement: Movement; scope: PlansScope }> {
  const { row, scope } = await commands.find(db, actor, movementId);
  return { movement: row, scope };
}
