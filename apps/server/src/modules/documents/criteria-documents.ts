import { type Database, entries, evidenceFiles, periods, type Transaction } from '@thidua/db';
import {
  buildCriteriaDocument,
  buildSelfScoreSheet,
  criterionLines,
  formatDecimal,
  type SelfScoreCell,
  vietnamDay,
} from '@thidua/documents';
import { Decimal, evaluatePeriod, type LeafRef, type Ruleset } from '@thidua/engine';
import { CRITERION_OWNER_NAMES, type CriterionOwner } from '@thidua/vocabulary';
import { and, asc, eq } from 'drizzle-orm';
import type { Actor } from '../../auth/actor';
import { forbidden, notFound } from '../../http/errors';
import { loadVersion } from '../criteria/version-service';
import { loadClusterUnits } from '../scoring-shared/cluster-units';
import { loadScoringContext, ownerOf, requireMemberUnit } from '../scoring-shared/context';
import { buildPeriodFile, entryOf, type PeriodFile } from '../results/period-file-export';
import { seesRow } from '../scoring-shared/policy';
import type { PreparedDocument } from './deliver';
import { clusterIssuer, clusterLeaderSignature, loadCluster, loadLetterhead } from './letterhead';
import { onSnapshot } from '../scoring-shared/snapshot';

type Db = Database | Transaction;

async function loadPeriod(db: Db, periodId: string) {
  const [period] = await db.select().from(periods).where(eq(periods.id, periodId)).limit(1);
  if (!period) throw notFound('kỳ thi đua');
  return period;
}

/** Who scores a leaf the unit does not (the self-scoring screen's words), or nothing for its own. */
const scorerOf = (owner: CriterionOwner) => (owner === 'self' ? undefined : CRITERION_OWNER_NAMES[owner]);

const periodLabel = (period: { name: string; year: number }) =>
  period.name.includes(String(period.year))
    ? period.name.toLowerCase()
    : `${period.name.toLowerCase()} ${period.year}`;

/** Bộ tiêu chí, thang điểm of one revision, under the revision's read rule (a draft only for its drafters). */
export async function prepareCriteriaDocument(
  db: Database,
  actor: Actor,
  versionId: string,
): Promise<PreparedDocument> {
  const { row, access } = await loadVersion(db, actor, versionId);
  const cluster = await loadCluster(db, row.clusterId);
  const period = await loadPeriod(db, access.periodId);
  const letterhead = await loadLetterhead(db, access.councilId);
  const ruleset = row.ruleset as unknown as Ruleset;
  const issuedOn = row.status === 'issued' && row.issuedAt ? vietnamDay(new Date(row.issuedAt)) : null;
  const document = buildCriteriaDocument({
    issuer: clusterIssuer(letterhead, cluster),
    clusterName: cluster.name,
    periodName: periodLabel(period),
    year: period.year,
    ruleset,
    revision: row.revision,
    issuedOn,
    date: issuedOn,
    signature: clusterLeaderSignature(cluster),
    recipients: ['Các đơn vị trong cụm, khối;', `${letterhead.standingOffice};`, 'Lưu: VT.'],
  });
  return {
    kind: 'criteria',
    document,
    fileName: `Bộ tiêu chí, thang điểm - ${cluster.name} - ${period.year} - phiên bản ${row.revision}`,
    councilId: access.councilId,
    entityId: versionId,
    source: {
      criteriaVersionId: versionId,
      clusterId: row.clusterId,
      revision: row.revision,
      status: row.status,
    },
    data: { ruleset: row.ruleset, revision: row.revision, status: row.status, issuedAt: row.issuedAt },
    author: cluster.name,
  };
}

/** What the unit declared, in words, for a leaf of the given kind. */
function declared(leaf: LeafRef, entry: typeof entries.$inferSelect): string {
  const unit = leaf.criterion.unit ? ` ${leaf.criterion.unit}` : '';
  switch (leaf.criterion.kind ?? 'qualitative') {
    case 'quantitative':
      return entry.actual === null ? '' : `${formatDecimal(entry.actual, 4)}${unit}`;
    case 'bands':
      return entry.value === null ? '' : `${formatDecimal(entry.value, 4)}${unit}`;
    case 'rating':
      return entry.rating ?? '';
    case 'yesno':
      return entry.done === null ? '' : entry.done ? 'Hoàn thành' : 'Chưa hoàn thành';
    case 'qualitative':
      return '';
  }
}

/**
 * The engine's points for the unit's self layer alone: a one-unit period file of the cluster's (its
 * ruleset and facts) with only the self entries. Entries the engine refuses (a plan without an actual
 * while the unit is still typing) are left out and reported as not scored.
 */
function scoreSelf(file: PeriodFile, unitCode: string, selfEntries: PeriodFile['entries']) {
  const unit = file.units.find((u) => u.id === unitCode);
  let list = selfEntries;
  for (let attempt = 0; attempt < 2; attempt++) {
    const { format, name, year, ruleset } = file;
    const evaluation = evaluatePeriod({
      format,
      name,
      year,
      ruleset,
      units: unit ? [unit] : [],
      entries: list,
      adjustments: [],
    });
    if (evaluation.ok)
      return { result: evaluation.result.units[0], scored: new Set(list.map((e) => e.criterion)) };
    const bad = new Set(
      evaluation.errors.flatMap((e) => {
        const m = /^entries\[(\d+)\]/.exec(e.path);
        return m ? [Number(m[1])] : [];
      }),
    );
    if (bad.size === 0) break;
    list = list.filter((_, i) => !bad.has(i));
  }
  return { result: undefined, scored: new Set<unknown>() };
}

/**
 * Bảng tự chấm điểm of a unit: every leaf with the unit's self layer, the engine's points for it, and the
 * evidence files — for those who see the unit's row (its staff, the cluster's leaders, the office, …).
 */
export async function prepareSelfScore(
  db: Database,
  actor: Actor,
  clusterId: string,
  unitId: string,
  criteriaVersionId?: string,
): Promise<PreparedDocument> {
  return onSnapshot(db, async (tx) => {
    const context = await loadScoringContext(tx, actor, clusterId, criteriaVersionId);
    const { access, version, index } = context;
    requireMemberUnit(access, unitId);
    if (!seesRow(access, unitId)) throw forbidden('Bảng tự chấm điểm của đơn vị khác chưa công bố');
    const unit = (await loadClusterUnits(tx, clusterId)).find((u) => u.id === unitId)!;
    const file = await buildPeriodFile(tx, context);
    const own = await tx
      .select()
      .from(entries)
      .where(
        and(eq(entries.criteriaVersionId, version.id), eq(entries.unitId, unitId), eq(entries.stage, 'self')),
      );
    const files = await tx
      .select({ code: entries.criterionCode, name: evidenceFiles.originalName })
      .from(evidenceFiles)
      .innerJoin(entries, eq(entries.id, evidenceFiles.entryId))
      .where(
        and(eq(entries.criteriaVersionId, version.id), eq(entries.unitId, unitId), eq(entries.stage, 'self')),
      )
      .orderBy(asc(evidenceFiles.createdAt));
    const byCode = new Map(own.map((e) => [e.criterionCode, e] as const));
    const selfEntries = index.leaves.flatMap((leaf) => {
      const e = byCode.get(leaf.criterion.code);
      return e ? [entryOf(unit.code, leaf, e)] : [];
    });
    const { result, scored } = scoreSelf(file, unit.code, selfEntries);
    const points = new Map((result?.criteria ?? []).map((c) => [c.code, c] as const));
    const cells = new Map<string, SelfScoreCell>();
    for (const leaf of index.leaves) {
      const code = leaf.criterion.code;
      const e = byCode.get(code);
      const p = points.get(code);
      cells.set(code, {
        plan: e?.plan ?? null,
        actual: e ? declared(leaf, e) : '',
        points: e && p && scored.has(code) ? new Decimal(p.base).plus(new Decimal(p.bonus)).toFixed() : null,
        evidence: files.filter((f) => f.code === code).map((f) => f.name),
        note: e?.note ?? '',
        scoredBy: scorerOf(ownerOf(context, code).owner),
      });
    }
    const cluster = await loadCluster(tx, clusterId);
    const period = await loadPeriod(tx, access.periodId);
    const letterhead = await loadLetterhead(tx, access.councilId);
    const groupScores = new Map((result?.groups ?? []).map((g) => [g.code, g.score] as const));
    const document = buildSelfScoreSheet({
      issuer: {
        parentBody: cluster.name,
        issuingBody: unit.name,
        place: letterhead.placeName,
        symbolSuffix: '',
      },
      unitName: unit.name,
      clusterName: cluster.name,
      periodName: periodLabel(period),
      year: period.year,
      criteriaLabel: `${(version.ruleset as { name?: string }).name ?? ''} (phiên bản ${version.revision})`,
      lines: criterionLines(version.ruleset as unknown as Ruleset),
      cells,
      groupScores,
      total: result
        ? result.groups.reduce((sum, g) => sum.plus(new Decimal(g.score)), new Decimal(0)).toFixed()
        : '0',
      date: vietnamDay(new Date()),
      signature: { title: 'Thủ trưởng đơn vị', name: '' },
    });
    return {
      kind: 'selfScore',
      document,
      fileName: `Bảng tự chấm điểm - ${unit.name} - ${period.year}`,
      councilId: access.councilId,
      entityId: unitId,
      source: { clusterId, unitId, criteriaVersionId: version.id, revision: version.revision },
      data: { entries: selfEntries, files },
      author: unit.name,
    };
  });
}
