import type { Database } from '@thidua/db';
import type { UnitResult } from '@thidua/engine';
import type { TableSheet } from '@thidua/spreadsheets';
import { awardName, PROPOSAL_STATUS_NAMES, UNIT_STATUS_NAMES } from '@thidua/vocabulary';
import type { Actor } from '../../auth/actor';
import { loadIssuedRuleset } from '../awards/issued-ruleset';
import { presentProposal } from '../awards/presenter';
import { clusterProposalList, orderedProposals } from '../awards/proposal-routes';
import { loadCluster } from '../documents/letterhead';
import { loadClusterUnits } from '../scoring-shared/cluster-units';
import { computeResults } from '../results/service';
import type { PreparedSpreadsheet } from './deliver';
import { dataReadAt, tablesWorkbook } from './export-header';
import { engineAwardText, RANKED_UNIT_COLUMNS, rankingSubtitle } from './ranked-units';

/** Whether a unit's figures and facts are all in: its result is official, else provisional (SPEC §7). */
export function resultStanding(u: Pick<UnitResult, 'missing' | 'missingFacts'>): string {
  return u.missing.length > 0 || u.missingFacts.length > 0 ? 'Tạm tính' : 'Chính thức';
}

/** What the data lacks, as the proposals screen says it. */
function dataState(u: Pick<UnitResult, 'missing' | 'missingFacts'>): string {
  const gaps = [
    u.missing.length > 0 ? `thiếu ${u.missing.length} tiêu chí` : null,
    u.missingFacts.length > 0 ? `thiếu ${u.missingFacts.length} thông tin xét khen thưởng` : null,
  ].filter(Boolean);
  return gaps.length === 0 ? 'Đủ số liệu' : `Chưa đủ số liệu: ${gaps.join('; ')}`;
}

/**
 * The cluster's ranking and award proposals as .xlsx: the ranking exactly as `/clusters/:id/results`
 * gives it to this reader (rank, unit, final, official or provisional, the engine's award) with each
 * unit's proposals, and the proposal list exactly as `/clusters/:id/proposals` gives it. Readers of the
 * proposal list who may read the results have it; each list keeps its own access rule.
 */
export async function prepareRankingWorkbook(
  db: Database,
  actor: Actor,
  clusterId: string,
): Promise<PreparedSpreadsheet> {
  const list = await clusterProposalList(db, actor, clusterId, {});
  const results = await computeResults(db, actor, clusterId);
  const proposals = (await orderedProposals(db, list.where)).map((row) => presentProposal(row, list.may));
  const issued = await loadIssuedRuleset(db, clusterId);
  const nameOf = (code: string) => awardName(code, issued?.ruleset);
  const cluster = await loadCluster(db, clusterId);
  const byUnit = new Map<string, typeof proposals>();
  for (const p of proposals) byUnit.set(p.unitId, [...(byUnit.get(p.unitId) ?? []), p]);
  const unitIds = new Map((await loadClusterUnits(db, clusterId)).map((u) => [u.code, u.id] as const));
  const subtitle = rankingSubtitle(
    [`${cluster.name} — ${list.access.period.name}`, dataReadAt()],
    results.complete,
  );
  const ranking: TableSheet = {
    name: 'Xếp hạng',
    title: 'Kết quả xếp hạng và đề nghị khen thưởng',
    subtitle,
    columns: [
      ...RANKED_UNIT_COLUMNS,
      { header: 'Điểm cuối cùng', kind: 'number', width: 12 },
      { header: 'Kết quả', kind: 'text', width: 11 },
      { header: 'Số liệu', kind: 'text', width: 24 },
      { header: 'Tình trạng', kind: 'text', width: 16 },
      { header: 'Khen thưởng theo kết quả', kind: 'text', width: 28 },
      { header: 'Đề nghị khen thưởng', kind: 'text', width: 34 },
    ],
    rows: results.units.map((u) => {
      const own = byUnit.get(unitIds.get(u.unit) ?? '') ?? [];
      return [
        u.rank,
        u.unit,
        u.name,
        u.final,
        resultStanding(u),
        dataState(u),
        UNIT_STATUS_NAMES[u.status],
        engineAwardText(u, nameOf),
        own.length === 0
          ? 'Chưa đề nghị'
          : own.map((p) => `${nameOf(p.awardCode)}: ${PROPOSAL_STATUS_NAMES[p.status]}`).join('; '),
      ];
    }),
    landscape: true,
    notes: [
      'Kết quả "Tạm tính": đơn vị còn thiếu số liệu hoặc thông tin xét điều kiện; mức khen thưởng chưa chính thức.',
    ],
  };
  const proposalSheet: TableSheet = {
    name: 'Đề nghị khen thưởng',
    title: 'Danh sách đề nghị khen thưởng',
    subtitle,
    columns: [
      { header: 'Hình thức khen thưởng', kind: 'text', width: 28 },
      { header: 'Xếp hạng', kind: 'integer', width: 9 },
      { header: 'Đơn vị', kind: 'text', width: 32 },
      { header: 'Điểm cuối cùng', kind: 'number', width: 12 },
      { header: 'Trạng thái đề nghị', kind: 'text', width: 16 },
      { header: 'Biểu quyết của Hội đồng', kind: 'text', width: 14 },
      { header: 'Quyết định', kind: 'text', width: 20 },
      { header: 'Lý do', kind: 'text', width: 30 },
      { header: 'Ghi chú', kind: 'text', width: 30 },
    ],
    rows: proposals.map((p) => [
      nameOf(p.awardCode),
      p.rank,
      p.unitName,
      p.finalScore,
      PROPOSAL_STATUS_NAMES[p.status],
      p.vote ? `${p.vote.inFavour}/${p.vote.members}` : null,
      p.decision ? p.decision.number : null,
      p.reason,
      p.note,
    ]),
    landscape: true,
  };
  return tablesWorkbook(db, [ranking, proposalSheet], {
    kind: 'ranking',
    fileName: `Xếp hạng và đề nghị khen thưởng - ${cluster.name} - ${list.access.period.name}`,
    councilId: list.access.councilId,
    entityId: clusterId,
    source: { clusterId, units: results.units.length, proposals: proposals.length },
  });
}
