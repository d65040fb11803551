import { clusters, criteriaVersions, type Database, frameworks, periods, units, users } from '@thidua/db';
import { indexRuleset, type Ruleset } from '@thidua/engine';
import { findProfile } from '@thidua/profiles';
import { describeChanges, type Resolvers } from '@thidua/vocabulary';
import { and, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { BOM, csvCell, csvRecord, vietnamDateTime } from './csv';
import { actionLabel, entityTypeLabel } from './labels';
import { type AuditRow, selectEvents } from './query';

/**
 * The columns of the export, in the order SPEC §13's readers expect. An event is one record per field it
 * changed ("Trường thông tin": the field's Vietnamese name; old and new values said the way the screen
 * says them: names for ids and codes, dd/mm/yyyy, 82,4), never JSON, so Excel can filter by field.
 */
export const AUDIT_CSV_HEADER = [
  'Thời điểm',
  'Người thực hiện',
  'Đối tượng',
  'Mã',
  'Thao tác',
  'Trường thông tin',
  'Giá trị cũ',
  'Giá trị mới',
  'Lý do',
] as const;

const BATCH = 1000;

/** One event as CSV records: one per changed field (one, with empty field cells, when none). */
export function auditCsvRecord({ event, actor }: AuditRow, names?: Resolvers): string {
  const head = [
    csvCell(vietnamDateTime(event.at)),
    csvCell(actor ? `${actor.displayName} (${actor.username})` : 'Hệ thống'),
    csvCell(entityTypeLabel(event.entityType)),
    csvCell(event.entityId),
    csvCell(actionLabel(event.action)),
  ];
  const changes = describeChanges(event.old, event.new, names);
  const lines = changes.length > 0 ? changes : [{ label: '', old: undefined, new: undefined }];
  return lines
    .map((change) =>
      csvRecord([
        ...head,
        csvCell(change.label),
        csvCell(change.old ?? ''),
        csvCell(change.new ?? ''),
        csvCell(event.reason),
      ]),
    )
    .join('');
}

/** The ids a set of events names, by kind: what their changes need said by name. */
export interface NamedIds {
  unit: Set<string>;
  user: Set<string>;
  cluster: Set<string>;
  framework: Set<string>;
  /** Revisions whose criteria or bonus and deduction items are named. */
  version: Set<string>;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The names one page of the log needs, and only those: its events are described once with resolvers
 * that record what they are asked, then the names are read by id (a page of the search no longer reads
 * every user of the installation and every revision's ruleset of the council).
 */
export function loadResolversFor(
  db: Database,
  councilId: string | undefined,
  rows: AuditRow[],
): Promise<Resolvers> {
  const wanted: NamedIds = {
    unit: new Set(),
    user: new Set(),
    cluster: new Set(),
    framework: new Set(),
    version: new Set(),
  };
  const record = (kind: keyof NamedIds) => (id: string | undefined) => {
    if (id) wanted[kind].add(id);
    return undefined;
  };
  const recorder: Resolvers = {
    unit: record('unit'),
    user: record('user'),
    cluster: record('cluster'),
    framework: record('framework'),
    profile: () => undefined,
    criterion: (_code, versionId) => record('version')(versionId),
    item: (_code, versionId) => record('version')(versionId),
  };
  for (const { event } of rows) describeChanges(event.old, event.new, recorder);
  return loadResolvers(db, councilId, wanted);
}

/**
 * Names of the units (of one council, or all), of the people an export may mention, and of the criteria
 * of every revision (an entry names its criterion by code within its revision).
 */
export async function loadResolvers(
  db: Database,
  councilId: string | undefined,
  only?: NamedIds,
): Promise<Resolvers> {
  // With `only`, just the rows those ids name (a page of the log), else every row of the council.
  const scope = (column: PgColumn, kind: keyof NamedIds) => {
    if (!only) return undefined;
    const ids = [...only[kind]].filter((id) => UUID.test(id));
    return ids.length > 0 ? inArray(column, ids) : sql`false`;
  };
  const [unitRows, userRows, versionRows, clusterRows, frameworkRows] = await Promise.all([
    db
      .select({ id: units.id, name: units.name })
      .from(units)
      .where(and(councilId ? eq(units.councilId, councilId) : undefined, scope(units.id, 'unit'))),
    db.select({ id: users.id, name: users.displayName }).from(users).where(scope(users.id, 'user')),
    db
      .select({ id: criteriaVersions.id, ruleset: criteriaVersions.ruleset })
      .from(criteriaVersions)
      .innerJoin(clusters, eq(clusters.id, criteriaVersions.clusterId))
      .innerJoin(periods, eq(periods.id, clusters.periodId))
      .where(
        and(councilId ? eq(periods.councilId, councilId) : undefined, scope(criteriaVersions.id, 'version')),
      ),
    db
      .select({ id: clusters.id, name: clusters.name })
      .from(clusters)
      .innerJoin(periods, eq(periods.id, clusters.periodId))
      .where(and(councilId ? eq(periods.councilId, councilId) : undefined, scope(clusters.id, 'cluster'))),
    db
      .select({ id: frameworks.id, name: frameworks.name })
      .from(frameworks)
      .where(
        and(councilId ? eq(frameworks.councilId, councilId) : undefined, scope(frameworks.id, 'framework')),
      ),
  ]);
  const unitNames = new Map(unitRows.map((u) => [u.id, u.name]));
  const userNames = new Map(userRows.map((u) => [u.id, u.name]));
  const rulesets = new Map(versionRows.map((v) => [v.id, v.ruleset]));
  const clusterNames = new Map(clusterRows.map((c) => [c.id, c.name]));
  const frameworkNames = new Map(frameworkRows.map((f) => [f.id, f.name]));
  const criterionNames = new Map<string, Map<string, string>>();
  const itemNames = new Map<string, Map<string, string>>();
  const criteriaOf = (versionId: string) => {
    let names = criterionNames.get(versionId);
    if (!names) {
      const ruleset = rulesets.get(versionId);
      const index = ruleset ? indexRuleset(ruleset as unknown as Ruleset) : undefined;
      names = new Map([...(index?.criterionByCode ?? [])].map(([code, c]) => [code, c.criterion.name]));
      criterionNames.set(versionId, names);
      // A bonus or deduction item by the name the council gave it in this revision.
      const items = [...(index?.bonusItems ?? []), ...(index?.deductionItems ?? [])];
      itemNames.set(versionId, new Map(items.map((item) => [item.code, item.name])));
    }
    return names;
  };
  return {
    unit: (id) => unitNames.get(id),
    user: (id) => userNames.get(id),
    cluster: (id) => clusterNames.get(id),
    framework: (id) => frameworkNames.get(id),
    profile: (id) => findProfile(id)?.name,
    criterion: (code, versionId) => (versionId ? criteriaOf(versionId).get(code) : undefined),
    item: (code, versionId) => {
      if (!versionId) return undefined;
      criteriaOf(versionId);
      return itemNames.get(versionId)?.get(code);
    },
  };
}

/**
 * The filtered log as CSV, newest first, produced batch by batch (keyset on the id) so a large council's
 * log is streamed rather than held in memory. Events written during the export are newer than the first
 * batch and are left out, so the file is a consistent prefix of the log.
 */
export async function* auditCsv(
  db: Database,
  where: SQL | undefined,
  councilId?: string,
): AsyncGenerator<string> {
  yield BOM + csvRecord(AUDIT_CSV_HEADER.map((h) => csvCell(h)));
  const names = await loadResolvers(db, councilId);
  let beforeId: number | undefined;
  for (;;) {
    const rows = await selectEvents(db, where, {
      limit: BATCH,
      ...(beforeId === undefined ? {} : { beforeId }),
    });
    if (rows.length > 0) yield rows.map((row) => auditCsvRecord(row, names)).join('');
    if (rows.length < BATCH) return;
    beforeId = rows[rows.length - 1]!.event.id;
  }
}

/** `nhat-ky-thay-doi-20240205.csv` (Vietnam date). */
export function exportFileName(now: Date): string {
  const [day, month, rest] = vietnamDateTime(now).split('/');
  return `nhat-ky-thay-doi-${rest!.slice(0, 4)}${month}${day}.csv`;
}
