import { formatShortDate, parseIsoDate } from '../format';
import type { Block, OfficialDocument } from '../model';
import { cell, column, heading, para, runs, table } from '../model';
import { headerFor, type Issuer } from './common';

export interface MinutesAttendance {
  readonly unitName: string;
  /** Null for a unit that is not (or no longer) a member: listed, never counted. */
  readonly member: boolean;
  readonly present: boolean;
  readonly delegates: string | null;
  readonly note: string | null;
}

/** A batch's public posting (Nghị định 152/2025/NĐ-CP Art. 44) and the comments received during it. */
export interface MinutesPosting {
  readonly batchName: string;
  readonly startsOn: string;
  readonly endsOn: string;
  readonly workingDays: number;
  readonly place: string;
  readonly comments: readonly {
    readonly receivedOn: string;
    /** The name, or "ẩn danh". */
    readonly senderName: string;
    readonly content: string;
    readonly response: string | null;
  }[];
}

export interface MinutesInput {
  readonly issuer: Issuer;
  /** `Hội nghị trù bị` */
  readonly kindName: string;
  readonly title: string;
  /** `Cụm thi đua số 1` or the council */
  readonly scopeName: string;
  readonly heldOn: string;
  readonly place: string | null;
  readonly hostUnitName: string | null;
  readonly invitedDelegates: string | null;
  readonly agenda: string | null;
  readonly minutes: string | null;
  readonly decisions: string | null;
  readonly attendance: readonly MinutesAttendance[];
  readonly quorum: {
    readonly members: number;
    readonly present: number;
    readonly required: number;
    readonly reached: boolean;
  } | null;
  /** The postings that ended before the meeting, reported under "Kết quả công khai" (none: no section). */
  readonly postings?: readonly MinutesPosting[];
}

const lines = (text: string | null, empty: string): Block[] => {
  const parts = (text ?? '')
    .split(/\n+/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
  return parts.length === 0 ? [para(empty, { noIndent: true })] : parts.map((l) => para(l));
};

/** "V. Kết quả công khai": each posting's period, place and the comments with their handling. */
function postingBlocks(postings: readonly MinutesPosting[]): Block[] {
  if (postings.length === 0) return [];
  const blocks: Block[] = [heading('V. Kết quả công khai')];
  for (const p of postings) {
    blocks.push(
      para(
        `Danh sách đề nghị khen thưởng của đợt "${p.batchName}" được công khai từ ngày ${formatShortDate(p.startsOn)} ` +
          `đến ngày ${formatShortDate(p.endsOn)} (${p.workingDays} ngày làm việc), hình thức, nơi công khai: ${p.place}.`,
      ),
    );
    if (p.comments.length === 0) {
      blocks.push(para('Không nhận được ý kiến nào.'));
      continue;
    }
    blocks.push(
      para(`Nhận được ${p.comments.length} ý kiến:`),
      table(
        [
          column('STT', 2, 'center'),
          column('Ngày', 4, 'center'),
          column('Người gửi', 5),
          column('Nội dung ý kiến', 9),
          column('Kết quả xử lý', 8),
        ],
        p.comments.map((c, i) => [
          cell(String(i + 1)),
          cell(formatShortDate(c.receivedOn)),
          cell(c.senderName),
          cell(c.content),
          cell(c.response ?? 'Chưa xử lý'),
        ]),
      ),
    );
  }
  return blocks;
}

/** Biên bản họp: time and place, attendance with the two-thirds quorum, agenda, proceedings, conclusions. */
export function buildMinutes(input: MinutesInput): OfficialDocument {
  const held = parseIsoDate(input.heldOn);
  const q = input.quorum;
  const quorumText = q
    ? `Có mặt ${q.present}/${q.members} đơn vị thành viên (cần ít nhất ${q.required}, tức hai phần ba): ${q.reached ? 'đủ điều kiện tiến hành hội nghị' : 'không đủ điều kiện tiến hành hội nghị'}.`
    : null;
  return {
    title: `Biên bản ${input.kindName.toLowerCase()} - ${input.scopeName}`,
    orientation: 'portrait',
    header: headerFor(input.issuer, 'BB', held),
    documentType: 'Biên bản',
    summary: [input.title || `${input.kindName} ${input.scopeName}`],
    body: [
      runs([{ text: 'Thời gian: ', bold: true }, { text: `ngày ${formatShortDate(input.heldOn)}.` }], {
        noIndent: true,
      }),
      runs([{ text: 'Địa điểm: ', bold: true }, { text: `${input.place ?? input.hostUnitName ?? '…'}.` }], {
        noIndent: true,
      }),
      heading('I. Thành phần tham dự'),
      ...(input.invitedDelegates ? [para(`Đại biểu mời: ${input.invitedDelegates}`)] : []),
      ...(input.attendance.length > 0
        ? [
            table(
              [
                column('STT', 1, 'center'),
                column('Đơn vị', 6),
                column('Có mặt', 2, 'center'),
                column('Đại biểu', 5),
                column('Ghi chú', 3),
              ],
              input.attendance.map((a, i) => [
                cell(String(i + 1)),
                cell(a.member ? a.unitName : `${a.unitName} (không là thành viên)`),
                cell(a.present ? 'Có mặt' : 'Vắng'),
                cell(a.delegates ?? ''),
                cell(a.note ?? ''),
              ]),
            ),
          ]
        : []),
      ...(quorumText ? [para(quorumText)] : []),
      heading('II. Nội dung'),
      ...lines(input.agenda, 'Theo chương trình hội nghị.'),
      heading('III. Diễn biến hội nghị'),
      ...lines(input.minutes, '(Chưa ghi diễn biến.)'),
      heading('IV. Kết luận'),
      ...lines(input.decisions, '(Chưa ghi kết luận.)'),
      ...postingBlocks(input.postings ?? []),
      para('Biên bản được thông qua tại hội nghị và kết thúc cùng ngày.'),
    ],
    signatures: [
      { title: 'Thư ký', name: '' },
      { title: 'Chủ trì', name: '' },
    ],
    recipients: [],
  };
}

export interface VoteCountGroup {
  /** `Phân định các đơn vị bằng điểm - Cờ thi đua của UBND tỉnh` */
  readonly title: string;
  readonly counts: readonly {
    readonly unitName: string;
    readonly votes: number;
    readonly note: string | null;
  }[];
  /**
   * For an election, the units it chose (by the product's rule: as many as there are seats, a tie
   * across the cut choosing nobody); empty when it chose nobody. Absent for a vote that picks one unit.
   */
  readonly chosen?: readonly string[];
}

export interface VoteCountInput {
  readonly issuer: Issuer;
  readonly kindName: string;
  readonly scopeName: string;
  readonly heldOn: string;
  /** Ballots: the member units present (one ballot each). */
  readonly ballots: number;
  readonly members: number;
  readonly groups: readonly VoteCountGroup[];
}

/** The result sentence of one vote: who was chosen, or that the vote did not decide. */
function voteResult(g: VoteCountGroup, sorted: VoteCountGroup['counts'], ballots: number): string {
  const votesOf = (name: string) => sorted.find((c) => c.unitName === name)?.votes ?? 0;
  if (g.chosen && g.chosen.length > 0) {
    const list = g.chosen.map((name) => `${name} (${votesOf(name)}/${ballots} phiếu)`).join(', ');
    return `Kết quả: ${g.chosen.length === 1 ? 'đơn vị được bầu' : `${g.chosen.length} đơn vị được bầu`}: ${list}.`;
  }
  const top = sorted[0]?.votes ?? 0;
  const leaders = sorted.filter((c) => c.votes === top);
  if (!g.chosen && leaders.length === 1 && top > 0)
    return `Kết quả: ${leaders[0]!.unitName} có số phiếu cao nhất (${top}/${ballots} phiếu).`;
  return `Kết quả: ${leaders.length} đơn vị cùng có ${top}/${ballots} phiếu, chưa phân định được.`;
}

/** Biên bản kiểm phiếu: for each vote, the ballots, the count per unit (most first) and the result. */
export function buildVoteCount(input: VoteCountInput): OfficialDocument {
  const blocks: Block[] = [
    para(
      `Tại ${input.kindName.toLowerCase()} ${input.scopeName} ngày ${formatShortDate(input.heldOn)}, tổ kiểm phiếu đã kiểm phiếu và lập biên bản như sau:`,
    ),
    para(
      `Số đơn vị thành viên: ${input.members}; số phiếu phát ra: ${input.ballots}; số phiếu thu vào: ${input.ballots}.`,
    ),
  ];
  if (input.groups.length === 0)
    blocks.push(para('Hội nghị chưa ghi kết quả bỏ phiếu nào.', { noIndent: true }));
  input.groups.forEach((g, gi) => {
    const sorted = [...g.counts].sort((a, b) => b.votes - a.votes);
    blocks.push(heading(`${gi + 1}. ${g.title}`));
    blocks.push(
      table(
        [
          column('STT', 1, 'center'),
          column('Đơn vị', 7),
          column('Số phiếu', 2, 'right'),
          column('Tỷ lệ', 2.5, 'center'),
          column('Ghi chú', 4),
        ],
        sorted.map((c, i) => [
          cell(String(i + 1)),
          cell(c.unitName),
          cell(String(c.votes)),
          cell(`${c.votes}/${input.ballots}`),
          cell(c.note ?? ''),
        ]),
      ),
    );
    blocks.push(para(voteResult(g, sorted, input.ballots)));
  });
  return {
    title: `Biên bản kiểm phiếu - ${input.kindName} - ${input.scopeName}`,
    orientation: 'portrait',
    header: headerFor(input.issuer, 'BB', parseIsoDate(input.heldOn)),
    documentType: 'Biên bản kiểm phiếu',
    summary: [`${input.kindName} ${input.scopeName}`],
    body: blocks,
    signatures: [
      { title: 'Thành viên tổ kiểm phiếu', name: '' },
      { title: 'Tổ trưởng tổ kiểm phiếu', name: '' },
    ],
    recipients: [],
  };
}
