import type { Database } from '@thidua/db';
import {
  type AwardProposalInput,
  buildAwardProposal,
  buildDecisionDraft,
  buildProposalList,
  parseIsoDate,
} from '@thidua/documents';
import type { Actor } from '../../auth/actor';
import { loadDecisionData, loadProposalData, type ProposalSelection, today } from './award-proposals';
import type { PreparedDocument } from './deliver';
import { AppError } from '../../http/errors';
import { councilIssuer, councilSignature, governmentOf, type Letterhead, loadLetterhead } from './letterhead';

/**
 * Who writes the tờ trình, to whom, and who signs it. Provincial awards: the council proposes to the chair
 * of the people's committee, who decides them (seed 002: "trình Chủ tịch UBND tỉnh xem xét, quyết định
 * khen thưởng (qua Sở Nội vụ)"). State-level awards: the people's committee proposes to the Prime Minister
 * through the central emulation board, now within the Ministry of Home Affairs (seed 004: "đề nghị Ban
 * Thi đua khen thưởng Trung ương xét tặng").
 */
function proposalParties(letterhead: Letterhead, level: ProposalSelection['level']) {
  const government = governmentOf(letterhead);
  if (level !== 'council')
    return {
      issuer: councilIssuer(letterhead),
      addressedTo: `Chủ tịch ${government}`,
      via: undefined,
      legalBases: [],
      signature: councilSignature(letterhead),
      recipients: letterhead.recipients,
    };
  return {
    issuer: {
      ...councilIssuer(letterhead),
      parentBody: undefined,
      issuingBody: government,
      symbolSuffix: 'UBND',
    },
    addressedTo: 'Thủ tướng Chính phủ',
    via: 'Ban Thi đua - Khen thưởng Trung ương, Bộ Nội vụ',
    legalBases: [`kết quả xét, biểu quyết đề nghị khen thưởng của ${letterhead.issuingBody}`],
    signature: {
      authority: `TM. ${(/^Ủy ban nhân dân/iu.test(government) ? 'Ủy ban nhân dân' : government).toUpperCase()}`,
      title: 'Chủ tịch',
      name: '',
    },
    recipients: ['Như trên', letterhead.issuingBody, 'Lưu: VT'],
  };
}

async function proposalInput(db: Database, actor: Actor, periodId: string, selection: ProposalSelection) {
  const data = await loadProposalData(db, actor, periodId, selection);
  // With nothing proposed, the letter would propose nobody yet claim the dossiers were appraised.
  if (data.collectives.length === 0) throw new AppError('NO_PROPOSALS');
  const letterhead = await loadLetterhead(db, data.period.councilId);
  const periodName = data.period.name.includes(String(data.period.year))
    ? data.period.name.toLowerCase()
    : `${data.period.name.toLowerCase()} ${data.period.year}`;
  const { legalBases, ...parties } = proposalParties(letterhead, selection.level);
  const input: AwardProposalInput = {
    ...parties,
    periodName,
    year: data.period.year,
    legalBases: [
      ...legalBases,
      `kết quả chấm điểm, xếp hạng thi đua ${periodName} của các cụm, khối thi đua theo bộ tiêu chí đã ban hành`,
    ],
    collectives: data.collectives,
    opinions: data.opinions,
    appraisal: [
      `${letterhead.standingOffice} đã thẩm định hồ sơ: các tập thể được đề nghị đạt tiêu chuẩn, điểm số và xếp hạng theo kết quả chấm điểm của cụm, khối; không thuộc trường hợp chưa xem xét khen thưởng theo khoản 4 Điều 4 Nghị định số 152/2025/NĐ-CP.`,
    ],
    date: null,
  };
  return { data, letterhead, input };
}

/**
 * Tờ trình đề nghị khen thưởng (Mẫu số 01, Nghị định 152/2025) of a period with its danh sách trích ngang,
 * from the stored proposals — or, with `list`, the list alone (the Word file Art. 33.12 asks for).
 */
export async function prepareAwardProposal(
  db: Database,
  actor: Actor,
  periodId: string,
  selection: ProposalSelection,
  list = false,
): Promise<PreparedDocument> {
  const { data, letterhead, input } = await proposalInput(db, actor, periodId, selection);
  const document = list ? buildProposalList(input) : buildAwardProposal(input);
  const what = list ? 'Danh sách trích ngang đề nghị khen thưởng' : 'Tờ trình đề nghị khen thưởng';
  return {
    kind: list ? 'proposalList' : 'awardProposal',
    document,
    fileName: `${what} - ${data.period.name}${selection.level === 'council' ? ' - cấp Nhà nước' : ''}`,
    councilId: data.period.councilId,
    entityId: periodId,
    source: { periodId, ...selection, proposalIds: data.proposalIds },
    data: { collectives: data.collectives, opinions: data.opinions, letterhead },
    author: letterhead.issuingBody,
  };
}

/** `215/QĐ-UBND` → number and symbol of the reference line. */
function splitNumber(text: string): { number: string; symbol: string } {
  const [number = '', ...rest] = text.split('/');
  return rest.length === 0 ? { number: '', symbol: text } : { number, symbol: rest.join('/') };
}

/** Quyết định (draft) of a council decision with the list of the proposals it grants. */
export async function prepareDecisionDraft(
  db: Database,
  actor: Actor,
  decisionId: string,
): Promise<PreparedDocument> {
  const { decision, data } = await loadDecisionData(db, actor, decisionId);
  const letterhead = await loadLetterhead(db, data.period.councilId);
  const decider = governmentOf(letterhead);
  const chair = `Chủ tịch ${decider}`;
  const signature = councilSignature({ ...letterhead, issuingBody: decider });
  const document = buildDecisionDraft({
    issuer: { ...councilIssuer(letterhead), parentBody: undefined, issuingBody: decider },
    reference: splitNumber(decision.number),
    title: decision.title,
    authority: chair,
    legalBases: ['Luật Tổ chức chính quyền địa phương'],
    proposedBy: `Theo đề nghị của ${letterhead.issuingBody} (${letterhead.standingOffice} tổng hợp)`,
    collectives: data.collectives,
    executors: [`Chánh Văn phòng ${decider}`, `Thủ trưởng ${letterhead.standingOffice}`],
    date: (decision.signedOn ? parseIsoDate(decision.signedOn) : null) ?? today(),
    year: data.period.year,
    signature: { ...signature, name: signerName(decision.signer, signature.name) },
    recipients: ['Như Điều 3', 'Lưu: VT'],
  });
  return {
    kind: 'decisionDraft',
    document,
    fileName: `Quyết định (dự thảo) ${decision.number.replace(/\//g, '-')} - ${data.period.name}`,
    councilId: data.period.councilId,
    entityId: decisionId,
    source: {
      decisionId,
      periodId: data.period.id,
      version: decision.version,
      proposalIds: data.proposalIds,
    },
    data: { decision, collectives: data.collectives },
    author: letterhead.issuingBody,
  };
}

/** The decision's recorded signer when it is a person's name (the demo records a title instead). */
function signerName(recorded: string | null, fallback: string): string {
  return recorded && !/^(Phó\s+)?Chủ tịch/iu.test(recorded) ? recorded : fallback;
}
