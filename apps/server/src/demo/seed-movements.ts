import { movementReports, movements } from '@thidua/db';
import { localToday } from '../kernel/dates';
import { type SeedContext, unitId } from './context';
import { addDays, at } from './periods-plan';
import type { SeededPeriod } from './seed-period';

/**
 * This year's emulation movements (SPEC §11, issue #14 §1), like the seeds' (Long Biên 2024: the 6- and
 * 9-month reports due 10/6 and 10/9): "chuyển đổi số" with every seated unit taking part, most having
 * sent the 6-month report (a few late), fewer the 9-month one; and "Dân vận khéo" for the first
 * cluster's units, five of eight having sent the November report (one late, two accepted), the December
 * one still ahead. Only reports whose day has come are seeded.
 */
export async function seedMovements(
  ctx: SeedContext,
  period: SeededPeriod,
  today: string = localToday(),
): Promise<void> {
  const { year } = period.plan;
  const [digital, skilful] = await ctx.tx
    .insert(movements)
    .values([
      {
        councilId: ctx.councilId,
        periodId: period.id,
        name: 'Phong trào thi đua chuyển đổi số',
        responsibleDeputyChair: 'Đ/c Phó Chủ tịch UBND tỉnh, Phó Chủ tịch Hội đồng',
        standingUnitId: unitId(ctx, 'so-noi-vu'),
        standingBody: 'Sở Nội vụ (Phòng Thi đua - Khen thưởng)',
        startsOn: `${year}-01-15`,
        endsOn: `${year}-12-15`,
        reportDueDates: [`${year}-06-10`, `${year}-09-10`],
        status: 'active',
        createdAt: at(`${year}-01-10`),
      },
      {
        councilId: ctx.councilId,
        periodId: period.id,
        name: 'Phong trào thi đua "Dân vận khéo"',
        responsibleDeputyChair: 'Đ/c Phó Chủ tịch UBND tỉnh, Phó Chủ tịch Hội đồng',
        standingBody: 'Ban Dân vận Tỉnh ủy',
        startsOn: `${year}-03-01`,
        endsOn: `${year}-12-31`,
        reportDueDates: [`${year}-11-20`, `${year}-12-20`],
        status: 'active',
        participantUnitIds: period.clusters[0]!.cluster.members.map((code) => unitId(ctx, code)),
        createdAt: at(`${year}-02-20`),
      },
    ])
    .returning();
  const members = period.clusters.flatMap((c) => c.cluster.members);
  const rows = members.flatMap((code, i) => {
    const out = [];
    const june = `${year}-06-10`;
    const september = `${year}-09-10`;
    // Three units in four send the 6-month report, one of them four days late.
    if (i % 4 !== 3 && june <= today) {
      const day = i % 4 === 2 ? addDays(june, 4) : addDays(june, -2);
      out.push({ dueOn: june, day, accepted: i % 4 === 0 });
    }
    // One in three sends the 9-month report, on time.
    if (i % 3 === 0 && september <= today)
      out.push({ dueOn: september, day: addDays(september, -1), accepted: false });
    return out.map((r) => ({
      movementId: digital!.id,
      unitId: unitId(ctx, code),
      dueOn: r.dueOn,
      summary:
        r.dueOn === june
          ? 'Đã triển khai ký số văn bản cho toàn bộ lãnh đạo; 95% hồ sơ thủ tục hành chính được tiếp nhận trực tuyến.'
          : 'Hoàn thành số hóa hồ sơ lưu trữ năm trước; duy trì họp trực tuyến với các thôn, tổ dân phố.',
      status: r.accepted ? ('accepted' as const) : ('submitted' as const),
      submittedAt: at(r.day, 15),
      submittedBy: ctx.staff.get(code) ?? null,
      reviewedAt: r.accepted ? at(addDays(r.day, 3), 10) : null,
      reviewedBy: r.accepted ? ctx.standingOffice : null,
      createdAt: at(r.day, 15),
      updatedAt: at(r.accepted ? addDays(r.day, 3) : r.day, 15),
    }));
  });
  const november = `${year}-11-20`;
  const skilfulRows = period.clusters[0]!.cluster.members.flatMap((code, i) => {
    if (i >= 5 || november > today) return [];
    const day = i === 4 ? addDays(november, 3) : addDays(november, -3);
    const accepted = i < 2;
    return [
      {
        movementId: skilful!.id,
        unitId: unitId(ctx, code),
        dueOn: november,
        summary:
          'Xây dựng 2 mô hình "Dân vận khéo" về giải phóng mặt bằng và chỉnh trang đô thị; vận động hiến 1.200 m² đất.',
        status: accepted ? ('accepted' as const) : ('submitted' as const),
        submittedAt: at(day, 15),
        submittedBy: ctx.staff.get(code) ?? null,
        reviewedAt: accepted ? at(addDays(day, 2), 10) : null,
        reviewedBy: accepted ? ctx.standingOffice : null,
        createdAt: at(day, 15),
        updatedAt: at(accepted ? addDays(day, 2) : day, 15),
      },
    ];
  });
  rows.push(...skilfulRows);
  if (rows.length > 0) await ctx.tx.insert(movementReports).values(rows);
}
