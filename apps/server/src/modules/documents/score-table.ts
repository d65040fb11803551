import type { Database, Transaction } from '@thidua/db';
import { buildScoreTable, formatShortDate, vietnamDay } from '@thidua/documents';
import type { Actor } from '../../auth/actor';
import { evaluateForFullReader } from '../results/evaluated-file';
import { onSnapshot } from '../scoring-shared/snapshot';
import type { PreparedDocument } from './deliver';
import { clusterIssuer, clusterLeaderSignature, loadCluster, loadLetterhead } from './letterhead';

interface RulesetOutline {
  name: string;
  groups: { code: string; name: string; maxPoints: number }[];
  awards?: { code: string; name: string }[];
}

/**
 * The cluster's score table from exactly what `/results` computes: the stored period file evaluated by
 * the engine on one read-only snapshot. Only those who see every unit's results may have it.
 */
export async function prepareScoreTable(
  db: Database,
  actor: Actor,
  clusterId: string,
  criteriaVersionId?: string,
): Promise<PreparedDocument> {
  return onSnapshot(db, (tx) => read(tx, actor, clusterId, criteriaVersionId));
}

async function read(
  tx: Transaction,
  actor: Actor,
  clusterId: string,
  criteriaVersionId?: string,
): Promise<PreparedDocument> {
  const { context, file, result } = await evaluateForFullReader(
    tx,
    actor,
    clusterId,
    criteriaVersionId,
    'Bảng tổng hợp kết quả của cụm, khối chưa công bố',
  );
  const { access, version } = context;
  const ruleset = file.ruleset as RulesetOutline;
  const awardNames = new Map((ruleset.awards ?? []).map((a) => [a.code, a.name] as const));
  const cluster = await loadCluster(tx, clusterId);
  const letterhead = await loadLetterhead(tx, access.councilId);
  const today = vietnamDay(new Date());
  // The period file is named "<cluster> — <period>"; the table names the cluster once.
  const clusterPrefix = `${cluster.name} — `;
  const periodName = file.name.startsWith(clusterPrefix) ? file.name.slice(clusterPrefix.length) : file.name;
  const issued = version.issuedAt
    ? `, ban hành ngày ${formatShortDate(vietnamDay(new Date(version.issuedAt)))}`
    : '';
  const document = buildScoreTable({
    issuer: clusterIssuer(letterhead, cluster),
    clusterName: cluster.name,
    periodName: periodName.includes(String(file.year)) ? periodName : `${periodName} ${file.year}`,
    groups: ruleset.groups.map((g) => ({ code: g.code, name: g.name, maxPoints: g.maxPoints })),
    units: result.units.map((u) => ({
      name: u.name,
      groups: u.groups.map((g) => g.score),
      bonus: u.bonusTotal,
      scored: u.scored,
      deduction: u.deductionTotal,
      final: u.final,
      rank: u.rank,
      status: u.status,
      reasons: u.reasons,
      award: u.award === null ? null : (awardNames.get(u.award) ?? 'Danh hiệu khen thưởng'),
      downgraded: u.downgraded,
      provisional: u.missing.length > 0 || u.missingFacts.length > 0,
    })),
    complete: result.complete,
    criteriaLabel: `${ruleset.name} (phiên bản ${version.revision}${issued})`,
    date: today,
    year: file.year,
    signature: clusterLeaderSignature(cluster),
    recipients: [
      'Hội đồng Thi đua - Khen thưởng (để báo cáo);',
      `${letterhead.standingOffice};`,
      'Các đơn vị trong cụm, khối;',
      'Lưu: VT.',
    ],
  });
  return {
    kind: 'scoreTable',
    document,
    fileName: `Bảng tổng hợp kết quả chấm điểm, xếp hạng - ${cluster.name} - ${file.year}`,
    councilId: access.councilId,
    entityId: clusterId,
    source: { clusterId, criteriaVersionId: version.id, criteriaRevision: version.revision },
    data: { file, result: result.units.map((u) => [u.unit, u.final, u.rank, u.award]) },
    author: letterhead.issuingBody,
  };
}
