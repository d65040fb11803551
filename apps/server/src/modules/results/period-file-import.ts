import { randomUUID } from 'node:crypto';
import {
  adjustments,
  clusterMembers,
  clusters,
  criteriaVersions,
  type Database,
  entries,
  frameworks,
  meetings,
  type Period as PeriodRow,
  quotas,
  type RulesetDocument,
  type Transaction,
  unitFacts,
  type UnitType,
  units,
  votes,
} from '@thidua/db';
import type { Period, RulesetIndex } from '@thidua/engine';
import { and, count, eq, inArray } from 'drizzle-orm';
import { loadClusterAccess } from '../../access/cluster-access';
import { recordAudit } from '../../audit/record-audit';
import type { Actor } from '../../auth/actor';
import { AppError, type FieldError, forbidden, invalid } from '../../http/errors';
import { loadPeriodInStage } from '../../workflow/stage-guards';
import { isDerivedFact } from '../scoring-shared/fact-catalogue';
import { checkPeriodFile } from './period-file-checks';
import { storedEntryValues, toDecimalText } from '../scoring-shared/values';
import { may } from '../../access/permissions';

/** What an import created, as the API answers it. */
export interface ImportSummary {
  clusterId: string;
  frameworkId: string;
  criteriaVersionId: string;
  unitsCreated: number;
  unitsMatched: number;
  entries: number;
  adjustments: number;
  facts: number;
  quotas: number;
  votes: number;
}

const IMPORT_REASON = 'Nhập từ tệp thidua/period@1';
const CHUNK = 1000;

/**
 * Imports a `thidua/period@1` file into an empty cluster of a period in setup or criteria (SPEC §8):
 * units matched by code (or created), the ruleset as an issued criteria revision (with a framework of its
 * own, as every revision needs one), entries as agreed values, adjustments, facts, quotas and tie-break
 * votes (on a summary meeting dated the period's end) — in one transaction, so any error saves nothing.
 */
export async function importPeriodFile(
  db: Database,
  actor: Actor,
  clusterId: string,
  raw: unknown,
  options: { unitType: UnitType },
): Promise<ImportSummary> {
  return db.transaction(async (tx) => {
    const access = await loadClusterAccess(tx, actor, clusterId);
    if (!may(access, 'importPeriodFile')) {
      throw forbidden('Chỉ cơ quan thường trực Hội đồng được nhập tệp kỳ thi đua');
    }
    const period = await loadPeriodInStage(tx, access.periodId, 'importPeriodFile');
    await assertEmpty(tx, clusterId);
    const checked = checkPeriodFile(raw, period);
    if (!checked.ok)
      throw invalid(checked.errors, `Tệp kỳ thi đua không hợp lệ: ${checked.errors.length} lỗi`);
    const { file, index } = checked;
    const unitIds = await resolveUnits(tx, access.councilId, period, file, options.unitType);
    const rawRuleset = (raw as { ruleset: RulesetDocument }).ruleset;

    const now = new Date();
    const [framework] = await tx
      .insert(frameworks)
      .values({
        councilId: access.councilId,
        code: `nhap-${randomUUID().slice(0, 8)}`,
        name: `${file.ruleset.name} (nhập từ tệp)`,
        status: 'issued',
        ruleset: rawRuleset,
        issuedAt: now,
        issuedBy: actor.userId,
      })
      .returning();
    const [version] = await tx
      .insert(criteriaVersions)
      .values({
        clusterId,
        frameworkId: framework!.id,
        status: 'issued',
        ruleset: rawRuleset,
        createdBy: actor.userId,
        agreedAt: now,
        issuedAt: now,
        issuedBy: actor.userId,
      })
      .returning();
    await tx
      .insert(clusterMembers)
      .values(file.units.map((u) => ({ clusterId, periodId: period.id, unitId: unitIds.get(u.id)!.id })));
    const idOf = (code: string) => unitIds.get(code)!.id;
    const counts = await insertScores(tx, actor, {
      versionId: version!.id,
      period,
      clusterId,
      file,
      index,
      idOf,
    });
    const summary: ImportSummary = {
      clusterId,
      frameworkId: framework!.id,
      criteriaVersionId: version!.id,
      unitsCreated: [...unitIds.values()].filter((u) => u.created).length,
      unitsMatched: [...unitIds.values()].filter((u) => !u.created).length,
      ...counts,
    };
    // One event for the whole import, holding the file itself: the exact new state of every row.
    await recordAudit(tx, actor, {
      councilId: access.councilId,
      entityType: 'cluster',
      entityId: clusterId,
      action: 'importPeriodFile',
      new: { ...summary, file: raw },
      reason: IMPORT_REASON,
    });
    return summary;
  });
}

/** Import only into a cluster with no members and no criteria revision yet. */
async function assertEmpty(tx: Transaction, clusterId: string): Promise<void> {
  // Lock the cluster row so two imports into it cannot both see it empty.
  await tx.select({ id: clusters.id }).from(clusters).where(eq(clusters.id, clusterId)).for('update');
  const [[members], [revisions]] = await Promise.all([
    tx.select({ n: count() }).from(clusterMembers).where(eq(clusterMembers.clusterId, clusterId)),
    tx.select({ n: count() }).from(criteriaVersions).where(eq(criteriaVersions.clusterId, clusterId)),
  ]);
  if ((members?.n ?? 0) > 0 || (revisions?.n ?? 0) > 0) throw new AppError('CLUSTER_NOT_EMPTY');
}

/**
 * The council's unit for every unit of the file, matched by code; a missing one is created with the
 * file's name, the given type and the period's calendar. A matched unit keeps its own name. A unit that
 * already sits in another cluster of the period, or is deactivated, is an error naming its place.
 */
async function resolveUnits(
  tx: Transaction,
  councilId: string,
  period: PeriodRow,
  file: Period,
  unitType: UnitType,
): Promise<Map<string, { id: string; created: boolean }>> {
  const codes = file.units.map((u) => u.id);
  const existing = await tx
    .select()
    .from(units)
    .where(and(eq(units.councilId, councilId), inArray(units.code, codes)));
  const byCode = new Map(existing.map((u) => [u.code, u] as const));
  const seated = existing.length
    ? await tx
        .select({ unitId: clusterMembers.unitId })
        .from(clusterMembers)
        .where(
          and(
            eq(clusterMembers.periodId, period.id),
            inArray(
              clusterMembers.unitId,
              existing.map((u) => u.id),
            ),
          ),
        )
    : [];
  const seatedIds = new Set(seated.map((s) => s.unitId));
  const errors: FieldError[] = [];
  file.units.forEach((unit, i) => {
    const found = byCode.get(unit.id);
    if (found && !found.active) {
      errors.push({ path: `body.units[${i}].id`, message: `đơn vị "${unit.id}" đã ngừng hoạt động` });
    } else if (found && seatedIds.has(found.id)) {
      errors.push({
        path: `body.units[${i}].id`,
        message: `đơn vị "${unit.id}" đã thuộc một cụm, khối khác trong kỳ này`,
      });
    }
  });
  if (errors.length) throw invalid(errors, `Tệp kỳ thi đua không hợp lệ: ${errors.length} lỗi`);
  const missing = file.units.filter((u) => !byCode.has(u.id));
  const created = missing.length
    ? await tx
        .insert(units)
        .values(
          missing.map((u) => ({
            councilId,
            code: u.id,
            name: u.name,
            type: unitType,
            calendar: period.calendar,
          })),
        )
        .returning()
    : [];
  const out = new Map<string, { id: string; created: boolean }>();
  for (const u of existing) out.set(u.code, { id: u.id, created: false });
  for (const u of created) out.set(u.code, { id: u.id, created: true });
  return out;
}

interface ScoreTarget {
  versionId: string;
  period: PeriodRow;
  clusterId: string;
  file: Period;
  index: RulesetIndex;
  idOf: (code: string) => string;
}

/** Entries (agreed), adjustments, facts, quotas and votes of the file, in chunked multi-row inserts. */
async function insertScores(tx: Transaction, actor: Actor, target: ScoreTarget) {
  const { versionId, period, clusterId, file, index, idOf } = target;
  const entryRows = file.entries.map((e) => ({
    criteriaVersionId: versionId,
    unitId: idOf(e.unit),
    criterionCode: e.criterion,
    stage: 'agreed' as const,
    ...storedEntryValues(e),
    note: e.note ?? null,
    reason: IMPORT_REASON,
    enteredBy: actor.userId,
  }));
  for (let i = 0; i < entryRows.length; i += CHUNK)
    await tx.insert(entries).values(entryRows.slice(i, i + CHUNK));

  const adjustmentRows = (file.adjustments ?? []).map((a) => {
    const bonus = index.bonusByCode.has(a.code);
    return {
      criteriaVersionId: versionId,
      unitId: idOf(a.unit),
      kind: bonus ? ('bonus' as const) : ('deduction' as const),
      itemCode: a.code,
      points: bonus ? toDecimalText(a.points!) : null,
      count: bonus ? null : a.count!,
      note: a.note ?? null,
      reason: IMPORT_REASON,
      enteredBy: actor.userId,
    };
  });
  for (let i = 0; i < adjustmentRows.length; i += CHUNK) {
    await tx.insert(adjustments).values(adjustmentRows.slice(i, i + CHUNK));
  }

  const factRows = file.units.flatMap((u) =>
    Object.entries(u.facts ?? {}).map(([name, value]) => ({
      periodId: period.id,
      unitId: idOf(u.id),
      name,
      value,
      enteredBy: actor.userId,
      // The file is the source of facts the product would otherwise derive from its records.
      overrideReason: isDerivedFact(name) ? 'Theo tệp kỳ thi đua đã nhập' : null,
    })),
  );
  for (let i = 0; i < factRows.length; i += CHUNK)
    await tx.insert(unitFacts).values(factRows.slice(i, i + CHUNK));

  const quotaRows = Object.entries(file.quotas ?? {}).map(([awardCode, quota]) => ({
    clusterId,
    awardCode,
    quota,
  }));
  if (quotaRows.length) await tx.insert(quotas).values(quotaRows);

  const voteList = file.votes ?? [];
  if (voteList.length) {
    const [meeting] = await tx
      .insert(meetings)
      .values({
        periodId: period.id,
        clusterId,
        kind: 'tongKet',
        title: 'Kết quả bỏ phiếu (nhập từ tệp thidua/period@1)',
        heldOn: period.endsOn,
      })
      .returning();
    await tx.insert(votes).values(
      voteList.map((v) => ({
        meetingId: meeting!.id,
        purpose: 'tieBreak' as const,
        awardCode: v.award,
        unitId: idOf(v.unit),
        votes: v.votes,
        enteredBy: actor.userId,
      })),
    );
  }
  return {
    entries: entryRows.length,
    adjustments: adjustmentRows.length,
    facts: factRows.length,
    quotas: quotaRows.length,
    votes: voteList.length,
  };
}
