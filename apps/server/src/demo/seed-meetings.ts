import { meetingAttendance, meetings, type MeetingKind, votes } from '@thidua/db';
import type { Vote } from '@thidua/engine';
import { type SeedContext, unitId } from './context';
import { unitName } from './data/province';
import { addDays, at, type PeriodDates } from './periods-plan';
import { Random } from './random';
import type { SeededCluster, SeededPeriod } from './seed-period';

export interface MeetingOutcome {
  /** What the summary meeting decided, in the words of its minutes. */
  decisions: string;
  /** Ballots that broke a tie at an award level (SPEC §7), if any was needed. */
  tieVotes: Vote[];
  /** Units proposed for an award: they attend the summary meeting. */
  awarded: string[];
}

/** Plain members absent from the summary meeting: quorum still holds, and the ballots count the rest. */
export const SUMMARY_ABSENTEES = 1;

interface MeetingSpec {
  kind: MeetingKind;
  title: string;
  on: keyof PeriodDates;
  host: string;
  absent: string[];
}

/**
 * The cluster's meetings so far: launch and mid-year review every year; the preparatory and summary
 * meetings of a closed year, the summary with its attendance (quorum), tie-break ballots and the
 * election of next year's leader and deputies. Returns the summary meeting's id.
 */
export async function seedMeetings(
  ctx: SeedContext,
  period: SeededPeriod,
  cluster: SeededCluster,
  absentAtMidYear: string[],
  outcome?: MeetingOutcome,
): Promise<string | undefined> {
  const { seats, cluster: c } = cluster;
  const rng = new Random('meetings', c.code, period.plan.year);
  // Who may miss the summary meeting: nobody who leads, is elected, is awarded or is in a ballot.
  const busy = new Set([seats.leader, ...seats.deputies, c.current.leader, ...c.current.deputies]);
  outcome?.awarded.forEach((u) => busy.add(u));
  outcome?.tieVotes.forEach((v) => busy.add(v.unit));
  const plain = c.members.filter((m) => !busy.has(m));
  const absentFrom = rng.int(0, plain.length - SUMMARY_ABSENTEES);
  const specs: MeetingSpec[] = [
    {
      kind: 'trienKhai',
      title: 'Hội nghị triển khai nhiệm vụ, ký kết giao ước thi đua',
      on: 'launch',
      host: seats.leader,
      absent: [],
    },
    {
      kind: 'soKet',
      title: 'Hội nghị sơ kết công tác thi đua 6 tháng',
      on: 'midYear',
      host: seats.deputies[0]!,
      absent: absentAtMidYear,
    },
  ];
  if (outcome) {
    specs.push(
      {
        kind: 'truBi',
        title: 'Hội nghị trù bị: thống nhất kết quả chấm điểm',
        on: 'preparatory',
        host: seats.leader,
        absent: [],
      },
      {
        kind: 'tongKet',
        title: `Hội nghị tổng kết công tác thi đua, khen thưởng ${period.plan.name.toLowerCase()}`,
        on: 'summary',
        host: seats.leader,
        absent: plain.slice(absentFrom, absentFrom + SUMMARY_ABSENTEES),
      },
    );
  }
  const rows = await ctx.tx
    .insert(meetings)
    .values(
      specs.map((m) => {
        const present = c.members.length - m.absent.length;
        return {
          periodId: period.id,
          clusterId: cluster.id,
          kind: m.kind,
          title: `${m.title} — ${c.name}`,
          heldOn: period.plan.dates[m.on],
          place: `Hội trường ${unitName(m.host)}`,
          hostUnitId: unitId(ctx, m.host),
          invitedDelegates:
            'Đại diện Sở Nội vụ (Cơ quan thường trực Hội đồng TĐKT tỉnh); Thành viên Hội đồng theo dõi cụm, khối',
          agenda: AGENDAS[m.kind],
          minutes: `Có mặt ${present}/${c.members.length} đơn vị thành viên${m.absent.length ? ` (vắng: ${m.absent.map(unitName).join(', ')})` : ''}; hội nghị đủ điều kiện tiến hành.`,
          decisions: m.kind === 'tongKet' ? outcome!.decisions : null,
          createdAt: at(addDays(period.plan.dates[m.on], -10)),
          updatedAt: at(period.plan.dates[m.on], 17),
        };
      }),
    )
    .returning({ id: meetings.id, kind: meetings.kind });
  await ctx.tx.insert(meetingAttendance).values(
    rows.flatMap((row) => {
      // Matched by kind (one meeting of each), not by the order RETURNING happens to give.
      const absent = specs.find((m) => m.kind === row.kind)!.absent;
      return c.members.map((code) => ({
        meetingId: row.id,
        unitId: unitId(ctx, code),
        present: !absent.includes(code),
        delegates: absent.includes(code) ? null : 'Lãnh đạo đơn vị và cán bộ phụ trách thi đua, khen thưởng',
      }));
    }),
  );
  const summary = rows.find((r) => r.kind === 'tongKet');
  if (!summary || !outcome) return undefined;
  const voters = c.members.length - specs.find((m) => m.kind === 'tongKet')!.absent.length;
  // Elected at last year's summary meeting: this year's seats.
  const next = c.current;
  await ctx.tx.insert(votes).values([
    {
      meetingId: summary.id,
      purpose: 'election' as const,
      position: 'leader' as const,
      unitId: unitId(ctx, next.leader),
      votes: voters,
    },
    ...next.deputies.map((d) => ({
      meetingId: summary.id,
      purpose: 'election' as const,
      position: 'deputy' as const,
      unitId: unitId(ctx, d),
      votes: voters - rng.int(0, 1),
    })),
    ...outcome.tieVotes.map((v) => ({
      meetingId: summary.id,
      purpose: 'tieBreak' as const,
      awardCode: v.award,
      unitId: unitId(ctx, v.unit),
      votes: v.votes,
    })),
  ]);
  return summary.id;
}

const AGENDAS: Record<MeetingKind, string> = {
  trienKhai: 'Triển khai kế hoạch, tiêu chí thi đua năm; ký kết giao ước thi đua',
  soKet: 'Đánh giá kết quả 6 tháng; trao đổi kinh nghiệm; nhiệm vụ 6 tháng cuối năm',
  truBi: 'Rà soát, thống nhất bảng điểm; xem xét kiến nghị của các đơn vị',
  tongKet: 'Tổng kết, xếp hạng; bình xét, suy tôn khen thưởng; bầu Trưởng, Phó cụm (khối) năm sau',
  chuyenDe: 'Hội nghị chuyên đề',
};
