import { type Database, type Entry, entries, type Transaction } from '@thidua/db';
import type { LeafRef } from '@thidua/engine';
import type { TableSheet, TableValue } from '@thidua/spreadsheets';
import { awardName, ENTRY_STAGE_NAMES, UNIT_STATUS_NAMES } from '@thidua/vocabulary';
import { eq } from 'drizzle-orm';
import type { Actor } from '../../auth/actor';
import { vietnamDateTime } from '../audit/csv';
import { loadCluster } from '../documents/letterhead';
import { evaluateForFullReader } from '../results/evaluated-file';
import { onSnapshot } from '../scoring-shared/snapshot';
import type { PreparedSpreadsheet } from './deliver';
import { describeValues } from './describe-values';
import { tablesWorkbook } from './export-header';
import { engineAwardText, RANKED_UNIT_COLUMNS, rankingSubtitle } from './ranked-units';
import { fieldValuesOf } from './score-template';

interface RulesetOutline {
  name: string;
  groups: { code: string; name: string; maxPoints: number }[];
  bonusItems?: { code: string; name: string; max: number }[];
  deductionItems?: { code: string; name: string }[];
  awards?: { code: string; name: string }[];
}

const LAYERS = ['self', 'focal', 'standingOffice', 'agreed'] as const;

/**
 * The cluster's scoring sheet as .xlsx, from exactly what `/results` computes (the stored period file
 * evaluated by the engine on one read-only snapshot) and the stored layers: a summary sheet (groups,
 * bonuses, deductions, final, rank, status, award), the score of every criterion, and every layer of
 * every cell. Only those who see every unit's results may have it (as the score table document).
 */
export async function prepareResultsWorkbook(
  db: Database,
  actor: Actor,
  clusterId: string,
  criteriaVersionId?: string,
): Promise<PreparedSpreadsheet> {
  return onSnapshot(db, (tx) => read(tx, actor, clusterId, criteriaVersionId));
}

async function read(
  tx: Transaction,
  actor: Actor,
  clusterId: string,
  criteriaVersionId?: string,
): Promise<PreparedSpreadsheet> {
  const { context, members, file, result } = await evaluateForFullReader(
    tx,
    actor,
    clusterId,
    criteriaVersionId,
    'Bảng điểm của cụm, khối chưa công bố',
  );
  const { access, version, index } = context;
  const ruleset = file.ruleset as RulesetOutline;
  const cluster = await loadCluster(tx, clusterId);
  const stored = await tx.select().from(entries).where(eq(entries.criteriaVersionId, version.id));
  const byCell = new Map<string, Entry>();
  for (const e of stored) byCell.set(`${e.unitId}\u0000${e.criterionCode}\u0000${e.stage}`, e);
  const idByCode = new Map(members.map((u) => [u.code, u.id] as const));

  const subtitle = rankingSubtitle(
    [
      `${cluster.name} — ${file.name}`,
      `Bộ tiêu chí: ${ruleset.name} (phiên bản ${version.revision}); số liệu lúc ${vietnamDateTime(new Date())}`,
    ],
    result.complete,
  );
  const bonusItems = ruleset.bonusItems ?? [];
  const deductionItems = ruleset.deductionItems ?? [];
  const summary: TableSheet = {
    name: 'Tổng hợp',
    title: 'Bảng tổng hợp kết quả chấm điểm, xếp hạng',
    subtitle,
    columns: [
      ...RANKED_UNIT_COLUMNS,
      ...ruleset.groups.map((g) => ({
        header: `${g.code}. ${g.name} (${g.maxPoints})`,
        kind: 'number' as const,
        width: 14,
      })),
      ...bonusItems.map((b) => ({ header: `Điểm thưởng: ${b.name}`, kind: 'number' as const, width: 14 })),
      { header: 'Tổng điểm chấm', kind: 'number', width: 12 },
      ...deductionItems.map((d) => ({ header: `Điểm trừ: ${d.name}`, kind: 'number' as const, width: 14 })),
      { header: 'Tổng điểm trừ', kind: 'number', width: 11 },
      { header: 'Điểm cuối cùng', kind: 'number', width: 12 },
      { header: 'Tình trạng', kind: 'text', width: 16 },
      { header: 'Lý do', kind: 'text', width: 30 },
      { header: 'Danh hiệu đề nghị', kind: 'text', width: 28 },
    ],
    rows: result.units.map((u) => [
      u.rank,
      u.unit,
      u.name,
      ...u.groups.map((g) => g.score),
      ...u.bonuses.map((b) => b.points),
      u.scored,
      ...u.deductions.map((d) => d.points),
      u.deductionTotal,
      u.final,
      UNIT_STATUS_NAMES[u.status],
      u.reasons.join('; '),
      engineAwardText(u, (code) => awardName(code, ruleset)),
    ]),
  };
  const leaves = index.leaves;
  const perCriterion: TableSheet = {
    name: 'Điểm từng tiêu chí',
    title: 'Điểm từng tiêu chí (điểm và điểm thưởng vượt kế hoạch)',
    subtitle,
    columns: [
      ...RANKED_UNIT_COLUMNS,
      ...leaves.flatMap((leaf) => [
        { header: `${leaf.criterion.code} (${leaf.criterion.points})`, kind: 'number' as const, width: 10 },
        { header: `${leaf.criterion.code} thưởng`, kind: 'number' as const, width: 10 },
      ]),
    ],
    rows: result.units.map((u) => [u.rank, u.unit, u.name, ...u.criteria.flatMap((c) => [c.base, c.bonus])]),
  };
  const layers: TableSheet = {
    name: 'Các lớp điểm',
    title: 'Kết quả, điểm tự chấm, điểm chấm và điểm thẩm định của từng tiêu chí',
    subtitle,
    columns: [
      { header: 'Mã đơn vị', kind: 'text', width: 11 },
      { header: 'Tên đơn vị', kind: 'text', width: 28 },
      { header: 'Mã tiêu chí', kind: 'text', width: 10 },
      { header: 'Tiêu chí', kind: 'text', width: 40 },
      { header: 'Điểm chuẩn', kind: 'number', width: 9 },
      ...LAYERS.map((l) => ({ header: ENTRY_STAGE_NAMES[l], kind: 'text' as const, width: 18 })),
      { header: 'Điểm', kind: 'number', width: 9 },
      { header: 'Điểm thưởng vượt', kind: 'number', width: 10 },
    ],
    rows: layerRows(result.units, leaves, idByCode, byCell),
    landscape: true,
  };
  return tablesWorkbook(tx, [summary, perCriterion, layers], {
    kind: 'results',
    fileName: `Bảng điểm - ${cluster.name} - ${file.year}`,
    councilId: access.councilId,
    entityId: clusterId,
    source: { clusterId, criteriaVersionId: version.id, criteriaRevision: version.revision },
  });
}

function* layerRows(
  units: { unit: string; name: string; criteria: { base: number; bonus: number }[] }[],
  leaves: readonly LeafRef[],
  idByCode: Map<string, string>,
  byCell: Map<string, Entry>,
): Generator<TableValue[]> {
  for (const u of units) {
    const unitId = idByCode.get(u.unit) ?? '';
    for (const [i, leaf] of leaves.entries()) {
      const code = leaf.criterion.code;
      yield [
        u.unit,
        u.name,
        code,
        leaf.criterion.name,
        leaf.criterion.points,
        ...LAYERS.map((l) => describeEntry(byCell.get(`${unitId}\u0000${code}\u0000${l}`))),
        u.criteria[i]?.base ?? null,
        u.criteria[i]?.bonus ?? null,
      ];
    }
  }
}

/** A layer's value as an officer writes it: `KH 100; TH 113,5`, `82,5`, `HTXSNV`, `Có`. */
function describeEntry(entry: Entry | undefined): string | null {
  return entry ? describeValues(fieldValuesOf(entry)) : null;
}
