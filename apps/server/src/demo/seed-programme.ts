import { programmeSessions } from '@thidua/db';
import { localToday } from '../kernel/dates';
import { type SeedContext, unitId } from './context';
import { COUNCIL } from './data/province';
import { addDays, at } from './periods-plan';
import type { SeededPeriod } from './seed-period';

interface SessionSpec {
  month: number;
  day: number;
  title: string;
  agenda: string[];
  place: string;
}

const PRESIDING = 'Đ/c Chủ tịch UBND tỉnh - Chủ tịch Hội đồng Thi đua - Khen thưởng tỉnh';
const COORDINATING = 'Các sở, ban, ngành, đoàn thể tỉnh; Cụm trưởng, Khối trưởng các cụm, khối thi đua';
const HALL = 'Phòng họp số 1, trụ sở UBND tỉnh';

/**
 * The council's sessions of a calendar year, as Long Biên's Phụ lục 2 lists them: January deliberates
 * last year's awards, the first quarter launches the year, June–July review the first half, December
 * sums up the year and agrees the scores the clusters bring.
 */
function sessionsOf(year: number): SessionSpec[] {
  return [
    {
      month: 1,
      day: 14,
      title: 'Phiên họp thứ nhất',
      agenda: [
        `Xét, đề nghị khen thưởng tổng kết năm ${year - 1} cho các cụm, khối thi đua của tỉnh`,
        `Xét, đề nghị khen thưởng cấp Nhà nước; Chiến sĩ thi đua cấp tỉnh đợt 1/${year}`,
        'Thông qua danh sách đề nghị tặng Cờ thi đua của Chính phủ',
      ],
      place: HALL,
    },
    {
      month: 2,
      day: 26,
      title: 'Phiên họp thứ hai',
      agenda: [
        `Triển khai nhiệm vụ công tác thi đua, khen thưởng năm ${year}`,
        'Cho ý kiến vào bộ tiêu chí chấm điểm của các cụm, khối thi đua',
        'Phân công thành viên Hội đồng theo dõi các cụm, khối thi đua',
        `Xét, đề nghị khen thưởng cấp Nhà nước đợt 2/${year}`,
      ],
      place: HALL,
    },
    {
      month: 6,
      day: 24,
      title: 'Phiên họp thứ ba',
      agenda: [
        `Xét, đề nghị khen thưởng tổng kết năm học ${year - 1} - ${year}`,
        `Xét, đề nghị khen thưởng cấp Nhà nước đợt 3/${year}; Chiến sĩ thi đua cấp tỉnh đợt 2`,
      ],
      place: HALL,
    },
    {
      month: 7,
      day: 24,
      title: 'Phiên họp thứ tư',
      agenda: [
        `Sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm ${year}; nhiệm vụ 6 tháng cuối năm`,
        'Nghe báo cáo kết quả hội nghị sơ kết của các cụm, khối thi đua',
        'Xét, đề nghị danh hiệu "Người tốt, việc tốt"',
      ],
      place: 'Hội trường Sở Nội vụ tỉnh Hải Hà',
    },
    {
      month: 12,
      day: 26,
      title: 'Phiên họp thứ năm',
      agenda: [
        `Tổng kết công tác thi đua, khen thưởng năm ${year}`,
        'Cho ý kiến kết quả chấm điểm, xếp hạng và bình xét của các cụm, khối thi đua',
        `Thông qua Kế hoạch công tác thi đua, khen thưởng và chương trình công tác năm ${year + 1}`,
      ],
      place: HALL,
    },
  ];
}

/**
 * The council's work programme of a calendar-year period (SPEC §11): last year's sessions all held;
 * this year's held up to `today` and planned after it, with only the month fixed.
 */
export async function seedProgramme(
  ctx: SeedContext,
  period: SeededPeriod,
  today: string = localToday(),
): Promise<void> {
  const { year } = period.plan;
  const preparingUnitId = unitId(ctx, 'so-noi-vu');
  await ctx.tx.insert(programmeSessions).values(
    sessionsOf(year).map((s) => {
      const date = `${year}-${String(s.month).padStart(2, '0')}-${String(s.day).padStart(2, '0')}`;
      const held = period.plan.edition === 'last' || date < today;
      return {
        councilId: ctx.councilId,
        periodId: period.id,
        year,
        month: s.month,
        heldOn: held ? date : null,
        title: s.title,
        agenda: s.agenda.map((item) => `- ${item}`).join('\n'),
        presiding: PRESIDING,
        preparingUnitId,
        preparingBody: `Cơ quan Thường trực Hội đồng (${COUNCIL.standingOffice})`,
        coordinatingBodies: COORDINATING,
        place: s.place,
        status: held ? ('held' as const) : ('planned' as const),
        note: held ? null : 'Thời gian cụ thể sẽ thông báo sau',
        createdAt: at(addDays(period.plan.startsOn, -10)),
        updatedAt: at(held ? date : addDays(period.plan.startsOn, -10), held ? 17 : 9),
      };
    }),
  );
}
