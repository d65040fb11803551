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
import { councilIssuer, councilSignature, type Letterhead, loadLetterhead } from './letterhead';

/** To whom the council proposes: the Prime Minister for state-level awards, else its own chair's body. */
function addressee(letterhead: Letterhead, level: ProposalSelection['level']): string {
  if (level === 'council') return 'Thủ tướng Chính phủ';
  return letterhead.parentBody ? `Chủ tịch ${letterhead.parentBody}` : `Chủ tịch ${letterhead.issuingBody}`;
}

async function proposalInput(db: Database, actor: Actor, periodId: string, selection: ProposalSelection) {
  const data = await loadProposalData(db, actor, periodId, selection);
  const letterhead = await loadLetterhead(db, data.period.councilId);
  const periodName = data.period.name.includes(String(data.period.year))
    ? data.period.name.toLowerCase()
    : `${data.period.name.toLowerCase()} ${data.period.year}`;
  const input: AwardProposalInput = {
    issuer: councilIssuer(letterhead),
    addressedTo: addressee(letterhead, selection.level),
    periodName,
    year: data.period.year,
    legalBases: [
      `kết quả chấm điểm, xếp hạng thi đua ${periodName} của các cụm, khối thi đua theo bộ tiêu chí đã ban hành`,
    ],
    collectives: data.collectives,
    opinions: data.opinions,
    appraisal: [
      `${letterhead.standingOffice} đã thẩm định hồ sơ: các tập thể được đề nghị đạt tiêu chuẩn, điểm số và xếp hạng theo kết quả chấm điểm của cụm, khối; không thuộc trường hợp chưa xem xét khen thưởng theo khoản 4 Điều 4 Nghị định số 152/2025/NĐ-CP.`,
    ],
    date: null,
    signature: councilSignature(letterhead),
    recipients: letterhead.recipients,
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
  const decider = letterhead.parentBody || letterhead.issuingBody;
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
