import type { DocumentDate, OfficialDocument, Signature } from '../model';
import { heading, runs } from '../model';
import { groupByAward, proposalListTable, type ProposedCollective } from './award-list';
import { AWARD_LEGAL_BASES } from './award-proposal';
import { headerFor, type Issuer } from './common';

export interface DecisionDraftInput {
  /** The body that decides (the provincial people's committee, or the council itself). */
  readonly issuer: Issuer;
  /** `Số: 215/QĐ-UBND` → `{ number: '215', symbol: 'QĐ-UBND' }`; a draft may leave the number blank. */
  readonly reference: { readonly number?: string; readonly symbol: string };
  /** The decision's trích yếu (`Về việc tặng Cờ thi đua …`). */
  readonly title: string;
  /** The authority line under QUYẾT ĐỊNH (`CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HẢI HÀ`). */
  readonly authority: string;
  readonly legalBases: readonly string[];
  /** `Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số …`. */
  readonly proposedBy: string;
  readonly collectives: readonly ProposedCollective[];
  /** Who carries out the decision (Điều 3). */
  readonly executors: readonly string[];
  readonly date: DocumentDate | null;
  readonly year: number;
  readonly signature: Signature;
  readonly recipients: readonly string[];
}

/**
 * Quyết định (draft) of the council's decision: legal bases, "QUYẾT ĐỊNH:", Điều 1 granting each award to
 * the collectives of the annexed list, Điều 2 on the rewards, Điều 3 on execution; the list annexed.
 */
export function buildDecisionDraft(input: DecisionDraftInput): OfficialDocument {
  const groups = groupByAward(input.collectives);
  return {
    title: `Quyết định (dự thảo) - ${input.title}`,
    orientation: 'portrait',
    header: {
      ...headerFor(input.issuer, null, input.date, input.year),
      reference: input.reference,
    },
    documentType: 'Quyết định',
    summary: [input.title],
    body: [
      heading(input.authority.toUpperCase(), 3),
      ...[...AWARD_LEGAL_BASES, ...input.legalBases].map((b) =>
        runs([{ text: `Căn cứ ${b};`, italic: true }]),
      ),
      runs([{ text: `${input.proposedBy}.`, italic: true }]),
      heading('QUYẾT ĐỊNH:', 3),
      runs([
        { text: 'Điều 1. ', bold: true },
        {
          text:
            groups.length === 0
              ? 'Chưa có tập thể nào được đề nghị.'
              : groups.map((g) => `Tặng ${g.award} cho ${g.items.length} tập thể`).join('; ') +
                ' có thành tích xuất sắc trong phong trào thi đua (có danh sách kèm theo).',
        },
      ]),
      runs([
        { text: 'Điều 2. ', bold: true },
        {
          text:
            'Các tập thể được khen thưởng tại Điều 1 được nhận tiền thưởng theo quy định tại Nghị định số ' +
            '152/2025/NĐ-CP của Chính phủ; kinh phí khen thưởng chi từ quỹ thi đua, khen thưởng theo quy định.',
        },
      ]),
      runs([
        { text: 'Điều 3. ', bold: true },
        {
          text: `Quyết định này có hiệu lực kể từ ngày ký. ${input.executors.join(', ')} và các tập thể có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.`,
        },
      ]),
    ],
    signatures: [input.signature],
    recipients: input.recipients,
    annexes: [
      {
        title: 'Danh sách',
        caption: [
          'Các tập thể được khen thưởng',
          `(Kèm theo Quyết định số ${input.reference.number?.trim() || '     '}/${input.reference.symbol} của ${input.authority})`,
        ],
        orientation: 'landscape',
        body: [proposalListTable(input.collectives)],
      },
    ],
  };
}
