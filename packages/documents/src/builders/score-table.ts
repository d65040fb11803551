import { formatDecimal } from '../format';
import type { DocumentDate, OfficialDocument, Signature } from '../model';
import { cell, column, para, table } from '../model';
import { headerFor, STATUS_LABELS, type Issuer, type UnitStatus } from './common';

type Num = string | number;

/** One unit's line: the engine's numbers as they leave `/results` (decimals as numbers or text). */
export interface ScoreTableUnit {
  readonly name: string;
  /** Group scores (base + bonus), in the ruleset's group order. */
  readonly groups: readonly Num[];
  /** Sum of the bonus items. */
  readonly bonus: Num;
  readonly scored: Num;
  readonly deduction: Num;
  readonly final: Num;
  readonly rank: number;
  readonly status: UnitStatus;
  readonly reasons: readonly string[];
  /** The award's Vietnamese name (never its code), or null. */
  readonly award: string | null;
  readonly downgraded: boolean;
  /**
   * Whether the unit's figures or award facts are not all in: its status and award are then the
   * engine's on the data at hand, printed as provisional (as the ranking screen says), never as final.
   */
  readonly provisional?: boolean;
}

export interface ScoreTableInput {
  readonly issuer: Issuer;
  /** `Cụm thi đua số 1 các xã, phường` */
  readonly clusterName: string;
  /** `Năm 2026` */
  readonly periodName: string;
  readonly groups: readonly { readonly code: string; readonly name: string; readonly maxPoints: Num }[];
  readonly units: readonly ScoreTableUnit[];
  /** Whether every tie was settled (the engine's `complete`). */
  readonly complete: boolean;
  /** Criteria version the scores were computed under (`Phiên bản 2, ban hành 15/03/2026`). */
  readonly criteriaLabel: string;
  readonly date: DocumentDate | null;
  readonly year: number;
  readonly signature: Signature;
  readonly recipients: readonly string[];
}

/**
 * Bảng tổng hợp kết quả chấm điểm, xếp hạng of a cluster: units × groups, bonuses, deductions, final, rank,
 * status and proposed award, landscape; every number as the engine computed it, written `996,4`.
 */
export function buildScoreTable(input: ScoreTableInput): OfficialDocument {
  const columns = [
    column('STT', 3.6, 'center'),
    column('Đơn vị', 20),
    ...input.groups.map((g) => column(`${g.code}\n(${formatDecimal(g.maxPoints)})`, 6.5, 'right')),
    column('Điểm thưởng', 6.5, 'right'),
    column('Tổng điểm chấm', 7, 'right'),
    column('Điểm trừ', 6, 'right'),
    column('Tổng điểm', 7, 'right'),
    column('Xếp hạng', 5, 'center'),
    column('Tình trạng', 14),
    column('Đề nghị khen thưởng', 14),
  ];
  const rows = input.units.map((u, i) => [
    cell(String(i + 1), { align: 'center' }),
    cell(u.name),
    ...u.groups.map((g) => cell(formatDecimal(g))),
    cell(formatDecimal(u.bonus)),
    cell(formatDecimal(u.scored)),
    cell(formatDecimal(u.deduction)),
    cell(formatDecimal(u.final), { bold: true }),
    cell(String(u.rank), { align: 'center' }),
    cell(statusText(u)),
    cell(awardText(u)),
  ]);
  const provisional = input.units.filter((u) => u.provisional).length;
  const legend = input.groups.map((g) => `${g.code}: ${g.name}`).join('; ');
  return {
    title: `Bảng tổng hợp kết quả chấm điểm, xếp hạng - ${input.clusterName} - ${input.periodName}`,
    orientation: 'landscape',
    header: headerFor(input.issuer, null, input.date, input.year),
    documentType: 'BẢNG TỔNG HỢP',
    summary: ['Kết quả chấm điểm, xếp hạng thi đua', `${input.clusterName} - ${input.periodName}`],
    body: [
      para(`Bộ tiêu chí: ${input.criteriaLabel}. Các nhóm tiêu chí: ${legend}.`, { noIndent: true }),
      table(columns, rows, 11),
      ...(provisional === 0
        ? []
        : [
            para(
              `${provisional} đơn vị chưa đủ số liệu: tình trạng và mức khen thưởng của các đơn vị này là tạm tính, chưa được đề nghị.`,
              { noIndent: true },
            ),
          ]),
      ...(input.complete
        ? []
        : [para('Kết quả chưa hoàn tất: còn trường hợp bằng điểm chờ biểu quyết.', { noIndent: true })]),
    ],
    signatures: [input.signature],
    recipients: input.recipients,
  };
}

/** The status cell: the engine's status and reasons; a unit without all its figures, provisionally. */
function statusText(u: ScoreTableUnit): string {
  const status =
    u.status === 'eligible' ? STATUS_LABELS.eligible : `${STATUS_LABELS[u.status]}: ${u.reasons.join('; ')}`;
  return u.provisional ? `${PROVISIONAL_STATUS} (tạm tính: ${status})` : status;
}

function awardText(u: ScoreTableUnit): string {
  if (u.award === null) return '';
  const award = u.downgraded ? `${u.award} (hạ một mức)` : u.award;
  return u.provisional ? `${award} (tạm tính)` : award;
}

const PROVISIONAL_STATUS = 'Chưa đủ số liệu';
