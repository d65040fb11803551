import type { Database, Period, Transaction } from '@thidua/db';
import type { PgColumn, PgInsertValue } from 'drizzle-orm/pg-core';
import type { Actor } from '../../auth/actor';
import { findById, type VersionedTable } from '../../http/versioned-update';
import { createPlanRow, deletePlanRow, type PatchMeta, type PlanRows, updatePlanRow } from './commands';
import { type PlansScope, scopeOf } from './policy';

/** A plans table whose rows belong to a council's period directly (movements, sessions, batches). */
type PeriodTable = VersionedTable & { councilId: PgColumn; periodId: PgColumn };

interface PeriodOwned {
  id: string;
  councilId: string;
  periodId: string;
}

/**
 * What differs between the kinds of period-owned plans rows; everything else (the period re-read in
 * the transaction, the versioned write, the audit event) is `periodRowCommands`'.
 */
export interface PeriodRowKind<T extends PeriodTable, Body, Columns extends object, Required extends object> {
  table: T;
  entityType: string;
  /** What a 404 names (in Vietnamese: `phong trào thi đua`…). */
  what: string;
  /** The stored columns of the fields sent (of a new row or of a patch). */
  columnsOf: (body: Partial<Body>) => Columns;
  /** The columns a new row cannot do without, which `columnsOf` leaves optional. */
  requiredOf: (body: Body) => Required;
  /** Checks the row as it would be saved (`merged`), naming each problem by the field `sent`; throws. */
  check: (tx: Transaction, period: Period, merged: Columns & Required, sent: Partial<Body>) => Promise<void>;
  /** Refuses the deletion of a row that others still need (throws). */
  assertDeletable?: (tx: Transaction, before: T['$inferSelect']) => Promise<void>;
}

/** The create, update and delete commands of one kind of period-owned plans row. */
export function periodRowCommands<
  T extends PeriodTable,
  Body,
  Columns extends object,
  Required extends object,
>(kind: PeriodRowKind<T, Body, Columns, Required>) {
  type Row = T['$inferSelect'];
  const rowsOf = (owner: PlanRows<T>['owner']): PlanRows<T> => ({
    table: kind.table,
    entityType: kind.entityType,
    owner,
  });
  return {
    /** The row with the actor's scope of its council and period, or 404 (also for another council's). */
    find: async (
      db: Database | Transaction,
      actor: Actor,
      id: string,
    ): Promise<{ row: Row; scope: PlansScope }> => {
      const row = (await findById(db, kind.table, id, kind.what)) as Row & PeriodOwned;
      return { row, scope: scopeOf(actor, row.councilId, row.periodId) };
    },
    create: (tx: Transaction, actor: Actor, scope: PlansScope, body: Body): Promise<Row> =>
      createPlanRow(tx, actor, rowsOf(scope), async (period) => {
        const row = { ...kind.columnsOf(body), ...kind.requiredOf(body) };
        await kind.check(tx, period, row, body);
        return { ...row, councilId: scope.councilId, periodId: scope.periodId } as PgInsertValue<T>;
      }),
    update: (
      tx: Transaction,
      actor: Actor,
      before: Row & Required & PeriodOwned,
      body: Partial<Body> & PatchMeta,
    ): Promise<Row> => {
      const { version, reason, ...fields } = body;
      const sent = fields as Partial<Body>;
      return updatePlanRow(tx, actor, rowsOf(before), before, { version, reason }, async (period) => {
        const columns = kind.columnsOf(sent);
        await kind.check(tx, period, { ...before, ...columns }, sent);
        return columns;
      });
    },
    remove: (
      tx: Transaction,
      actor: Actor,
      before: Row & PeriodOwned,
      version: number,
      reason: string | undefined,
    ): Promise<void> =>
      deletePlanRow(tx, actor, rowsOf(before), before, { version, reason }, () =>
        kind.assertDeletable?.(tx, before),
      ),
  };
}
