import { formatDecimal } from '../format';
import type { DocumentDate, OfficialDocument, Signature, Table } from '../model';
import { cell, column, heading, para, table } from '../model';
import { headerFor, type Issuer } from './common';

type Num = string | number;

/** One cluster's state in the report: its units, how far scoring is, who leads, the engine's awards. */
export interface ClusterProgress {
  readonly name: string;
  readonly units: number;
  /** Units with every criterion scored and every fact the rules read. */
  readonly complete: number;
  readonly leader: { readonly name: string; readonly final: Num } | null;
  /** Award name → units the engine gives it. */
  readonly awards: ReadonlyMap<string, number>;
  /** Whether every tie was settled. */
  readonly settled: boolean;
}

export interface AwardLine {
  readonly award: string;
  /** Sum of the clusters' quotas; null when no cluster limits it. */
  readonly quota: number | null;
  readonly computed: number;
  readonly proposed: number;
  readonly approved: number;
  /** Approved the year before (same calendar), for comparison. */
  readonly previous: number;
}

export interface CouncilReportInput {
  readonly issuer: Issuer;
  readonly kind: 'midyear' | 'annual';
  readonly periodName: string;
  readonly year: number;
  readonly previousName: string | null;
  readonly clusters: readonly ClusterProgress[];
  readonly awards: readonly AwardLine[];
  readonly date: DocumentDate | null;
  readonly signature: Signature;
  readonly recipients: readonly string[];
}

function clusterTable(clusters: readonly ClusterProgress[]): Table {
  return table(
    [
      column('STT', 2, 'center'),
      column('Cụm, khối thi đua', 10),
      column('Số đơn vị', 3, 'right'),
      column('Đủ số liệu', 4, 'right'),
      column('Đơn vị dẫn đầu (tổng điểm)', 10),
      column('Khen thưởng theo kết quả chấm', 10),
    ],
    clusters.map((c, i) => [
      cell(String(i + 1)),
      cell(c.name),
      cell(String(c.units)),
      cell(String(c.complete)),
      cell(c.leader ? `${c.leader.name} (${formatDecimal(c.leader.final)})` : ''),
      cell(
        [...c.awards].map(([award, n]) => `${award}: ${n}`).join('; ') +
          (c.settled ? '' : ' (còn bằng điểm chờ biểu quyết)'),
      ),
    ]),
    11,
  );
}

function awardTable(awards: readonly AwardLine[], previousName: string | null): Table {
  return table(
    [
      column('Hình thức khen thưởng', 10),
      column('Chỉ tiêu', 3, 'right'),
      column('Theo kết quả chấm', 3, 'right'),
      column('Đã đề nghị', 3, 'right'),
      column('Đã duyệt', 3, 'right'),
      column(previousName ? `Đã duyệt ${previousName}` : 'Năm trước', 4, 'right'),
    ],
    awards.map((a) => [
      cell(a.award),
      cell(a.quota === null ? 'Không giới hạn' : String(a.quota)),
      cell(String(a.computed)),
      cell(String(a.proposed)),
      cell(String(a.approved)),
      cell(String(a.previous)),
    ]),
    11,
  );
}

/**
 * Báo cáo sơ kết 6 tháng / tổng kết năm of the council's emulation work: progress and results across
 * clusters, awards against quotas (computed by the engine, proposed, approved), and the year before.
 */
export function buildCouncilReport(input: CouncilReportInput): OfficialDocument {
  const what = input.kind === 'midyear' ? 'sơ kết 6 tháng đầu năm' : 'tổng kết';
  const units = input.clusters.reduce((s, c) => s + c.units, 0);
  const complete = input.clusters.reduce((s, c) => s + c.complete, 0);
  return {
    title: `Báo cáo ${what} công tác thi đua, khen thưởng ${input.periodName}`,
    orientation: 'portrait',
    header: headerFor(input.issuer, 'BC', input.date, input.year),
    documentType: 'Báo cáo',
    summary: [`${what[0]!.toUpperCase()}${what.slice(1)} công tác thi đua, khen thưởng ${input.periodName}`],
    body: [
      heading('I. Kết quả tổ chức phong trào thi đua trong các cụm, khối'),
      para(
        `${input.clusters.length} cụm, khối thi đua với ${units} đơn vị; ${complete} đơn vị đã có đủ số liệu chấm điểm.`,
      ),
      clusterTable(input.clusters),
      heading('II. Kết quả khen thưởng so với chỉ tiêu'),
      awardTable(input.awards, input.previousName),
      ...(input.previousName
        ? [
            para(
              `So với ${input.previousName}: ` +
                input.awards.map((a) => `${a.award} ${a.approved} (năm trước ${a.previous})`).join('; ') +
                '.',
            ),
          ]
        : []),
      heading('III. Phương hướng, nhiệm vụ thời gian tới'),
      para('(Cơ quan thường trực bổ sung.)', { noIndent: true }),
    ],
    signatures: [input.signature],
    recipients: input.recipients,
  };
}
