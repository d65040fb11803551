import { formatDecimal, formatDocumentDay, formatDocumentMonth } from '../format';
import type { Block, DocumentDate, OfficialDocument, Signature } from '../model';
import { heading, para, runs } from '../model';
import { groupByAward, proposalListTable, type ProposedCollective } from './award-list';
import { headerFor, type Issuer } from './common';

/**
 * The legal bases every proposal and decision cites (Luật Thi đua, khen thưởng 2022; Nghị định
 * 152/2025/NĐ-CP, in force since 01/07/2025, which replaced Nghị định 98/2023).
 */
export const AWARD_LEGAL_BASES = [
  'Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022',
  'Nghị định số 152/2025/NĐ-CP của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng',
] as const;

export interface AwardProposalInput {
  readonly issuer: Issuer;
  /** To whom: `Chủ tịch Ủy ban nhân dân tỉnh Hải Hà`, `Thủ tướng Chính phủ`. */
  readonly addressedTo: string;
  /** Through whom it is sent, printed after the addressee (`Ban Thi đua - Khen thưởng Trung ương`). */
  readonly via?: string | undefined;
  /** `năm 2026` */
  readonly periodName: string;
  readonly year: number;
  /** Legal bases beyond the law and decree (the council's guidance, the criteria, the meetings). */
  readonly legalBases: readonly string[];
  readonly collectives: readonly ProposedCollective[];
  /** Opinions of the bodies concerned (the clusters' meetings and votes, other bodies consulted). */
  readonly opinions: readonly string[];
  /** The appraisal opinion of the body that checked the dossiers (the standing office). */
  readonly appraisal: readonly string[];
  readonly date: DocumentDate | null;
  readonly signature: Signature;
  readonly recipients: readonly string[];
}

/** "ngày 05 tháng 02 năm 2026" or blanks for a draft. */
function dateWords(date: DocumentDate | null, year: number): string {
  return date
    ? `ngày ${formatDocumentDay(date.day)} tháng ${formatDocumentMonth(date.month)} năm ${date.year}`
    : `ngày      tháng      năm ${year}`;
}

const bullets = (items: readonly string[], empty: string): Block[] =>
  (items.length > 0 ? items : [empty]).map((t) => para(`- ${t}`));

/**
 * Tờ trình đề nghị khen thưởng (Mẫu số 01, Phụ lục of Nghị định 152/2025/NĐ-CP): legal bases; the content,
 * forms and achievements proposed; opinions of the bodies concerned; the appraisal opinion — with the
 * list of proposed collectives (danh sách trích ngang) annexed.
 */
export function buildAwardProposal(input: AwardProposalInput): OfficialDocument {
  const groups = groupByAward(input.collectives);
  const total = input.collectives.length;
  const symbol = `TTr-${input.issuer.symbolSuffix}`;
  return {
    title: `Tờ trình đề nghị khen thưởng - ${input.issuer.issuingBody} - ${input.periodName}`,
    orientation: 'portrait',
    header: headerFor(input.issuer, 'TTr', input.date, input.year),
    documentType: 'Tờ trình',
    summary: [`Về việc đề nghị khen thưởng thành tích thi đua ${input.periodName}`],
    body: [
      para(`Kính gửi: ${input.addressedTo}${input.via ? ` (qua ${input.via})` : ''}.`, {
        align: 'center',
        noIndent: true,
      }),
      heading('1. Căn cứ đề nghị'),
      ...bullets(
        [...AWARD_LEGAL_BASES, ...input.legalBases].map((b) => `Căn cứ ${b};`),
        '',
      ),
      heading('2. Nội dung, hình thức và thành tích đề nghị khen thưởng'),
      para(
        `${input.issuer.issuingBody} kính trình ${input.addressedTo} xem xét, khen thưởng ${total} tập thể ` +
          `có thành tích xuất sắc trong phong trào thi đua ${input.periodName}, cụ thể:`,
      ),
      ...groups.map((g) =>
        runs([
          { text: `- ${g.award}: `, bold: true },
          {
            text:
              `${g.items.length} tập thể (` +
              g.items
                .map((c) => `${c.name}${c.final !== null ? `, ${formatDecimal(c.final)} điểm` : ''}`)
                .join('; ') +
              ');',
          },
        ]),
      ),
      ...(total === 0 ? [para('Kỳ này chưa có tập thể nào được đề nghị khen thưởng.')] : []),
      para('Thành tích của từng tập thể tóm tắt tại danh sách trích ngang kèm theo.'),
      heading('3. Ý kiến của các cơ quan liên quan'),
      ...bullets(input.opinions, 'Không có.'),
      heading('4. Ý kiến thẩm định'),
      ...bullets(input.appraisal, 'Hồ sơ đề nghị khen thưởng đã được thẩm định theo quy định.'),
      para(`${input.issuer.issuingBody} kính trình ${input.addressedTo} xem xét, quyết định./.`),
    ],
    signatures: [input.signature],
    recipients: input.recipients,
    annexes: [
      {
        title: 'Danh sách trích ngang',
        caption: [
          'Các tập thể đề nghị khen thưởng',
          `(Kèm theo Tờ trình số      /${symbol} ${dateWords(input.date, input.year)} của ${input.issuer.issuingBody})`,
        ],
        orientation: 'landscape',
        body: [proposalListTable(input.collectives)],
      },
    ],
  };
}

/** The list alone as its own Word/PDF file (the dossier's "danh sách trích ngang", Art. 33.12). */
export function buildProposalList(input: AwardProposalInput): OfficialDocument {
  return {
    title: `Danh sách trích ngang đề nghị khen thưởng - ${input.periodName}`,
    orientation: 'landscape',
    header: headerFor(input.issuer, null, input.date, input.year),
    documentType: 'Danh sách',
    summary: [`Trích ngang các tập thể đề nghị khen thưởng ${input.periodName}`],
    body: [
      para(`(Kèm theo Tờ trình của ${input.issuer.issuingBody} ${dateWords(input.date, input.year)})`, {
        align: 'center',
        noIndent: true,
      }),
      proposalListTable(input.collectives),
    ],
    signatures: [input.signature],
    recipients: [],
  };
}
