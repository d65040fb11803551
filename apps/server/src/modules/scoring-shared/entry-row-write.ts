import {
  auditLog,
  entries,
  type Entry,
  type EntryStage,
  evidenceFiles,
  type PeriodStage,
  periods,
  type Transaction,
} from '@thidua/db';
import { getTableColumns, type SQL, sql } from 'drizzle-orm';
import { auditJsonOf } from '../../audit/record-audit';

/** The stored fields of one layer of a cell (exact decimal text for numbers). */
export interface EntryValuesRow {
  plan: string | null;
  actual: string | null;
  points: string | null;
  value: string | null;
  rating: string | null;
  done: boolean | null;
  note: string | null;
  reason: string | null;
  enteredBy: string;
}

/** One write of one layer of one cell, with the guard it needs and who writes it. */
export interface EntryRowWrite {
  criteriaVersionId: string;
  unitId: string;
  criterionCode: string;
  stage: EntryStage;
  values: EntryValuesRow;
  /** The version the client read: 0 creates the row. */
  expectedVersion: number;
  /** The period must still be in one of these stages, not archived, when the row is written. */
  periodId: string;
  allowedStages: readonly PeriodStage[];
  actorUserId: string;
  councilId: string;
}

const ENTRY_COLUMNS = Object.entries(getTableColumns(entries));

/** A raw row of `entries` (column names) as Drizzle would return it (property names, typed values). */
function entryOf(raw: Record<string, unknown>): Entry {
  const entry: Record<string, unknown> = {};
  for (const [key, column] of ENTRY_COLUMNS) {
    const value = raw[column.name];
    entry[key] = value === null || value === undefined ? null : column.mapFromDriverValue(value);
  }
  return entry as Entry;
}

const col = (name: keyof typeof entries.$inferSelect) => sql.identifier(entries[name].name);

/**
 * Writes one layer of a cell in ONE statement (it used to take four: lock and read the old row, update,
 * audit, count evidence): the stage guard, the insert (`version` 0; a concurrent creator that committed
 * first leaves no row) or the update at the version read (the old row locked and audited as it was),
 * the audit event (its JSON as `recordAudit` writes it) and the row's evidence count. Returns null when
 * nothing was written: the period left the allowed stages, or the version is stale — the caller tells
 * which. The cluster's data version rises by trigger in this same statement.
 */
export async function saveEntryRow(
  tx: Transaction,
  w: EntryRowWrite,
): Promise<{ entry: Entry; evidenceCount: number; created: boolean } | null> {
  const stages = sql.join(
    w.allowedStages.map((s) => sql`${s}::period_stage`),
    sql`, `,
  );
  const guard = sql`select 1 from ${periods} p where p.id = ${w.periodId}::uuid
    and p.archived_at is null and p.stage in (${stages})`;
  const v = w.values;
  const key = sql`${col('criteriaVersionId')} = ${w.criteriaVersionId}::uuid
    and ${col('unitId')} = ${w.unitId}::uuid and ${col('criterionCode')} = ${w.criterionCode}
    and ${col('stage')} = ${w.stage}::entry_stage`;
  const created = w.expectedVersion === 0;
  const write: SQL = created
    ? sql`saved as (
        insert into ${entries} (criteria_version_id, unit_id, criterion_code, stage, plan, actual, points,
          value, rating, done, note, reason, entered_by)
        select ${w.criteriaVersionId}::uuid, ${w.unitId}::uuid, ${w.criterionCode}::text,
          ${w.stage}::entry_stage, ${v.plan}::numeric, ${v.actual}::numeric, ${v.points}::numeric,
          ${v.value}::numeric, ${v.rating}::text, ${v.done}::boolean, ${v.note}::text, ${v.reason}::text,
          ${v.enteredBy}::uuid
        where exists (${guard})
        on conflict do nothing
        returning *),
      audit as (
        insert into ${auditLog} (actor_user_id, council_id, entity_type, entity_id, action, new, reason)
        select ${w.actorUserId}::uuid, ${w.councilId}::uuid, 'entry', saved.id::text, 'create',
          ${auditJsonOf(entries, 'saved')}, ${v.reason}::text
        from saved)`
    : sql`prior as (
        select * from ${entries} where ${key} and exists (${guard}) for update),
      saved as (
        update ${entries} e set plan = ${v.plan}, actual = ${v.actual}, points = ${v.points},
          value = ${v.value}, rating = ${v.rating}, done = ${v.done}, note = ${v.note},
          reason = ${v.reason}, entered_by = ${v.enteredBy}, version = e.version + 1, updated_at = now()
        from prior where e.id = prior.id and e.version = ${w.expectedVersion}
        returning e.*),
      audit as (
        insert into ${auditLog} (actor_user_id, council_id, entity_type, entity_id, action, old, new, reason)
        select ${w.actorUserId}::uuid, ${w.councilId}::uuid, 'entry', saved.id::text, 'update',
          ${auditJsonOf(entries, 'prior')}, ${auditJsonOf(entries, 'saved')}, ${v.reason}::text
        from saved, prior)`;
  const result = await tx.execute<Record<string, unknown>>(sql`with ${write}
    select saved.*, (select count(*)::int from ${evidenceFiles} f where f.entry_id = saved.id) as evidence_count
    from saved`);
  const [raw] = result.rows;
  if (!raw) return null;
  return { entry: entryOf(raw), evidenceCount: Number(raw.evidence_count), created };
}
