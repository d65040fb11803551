import type { Database } from '@thidua/db';
import type { TableSheet } from '@thidua/spreadsheets';
import { STATISTICS_SCORE_STATE_NAMES } from '@thidua/vocabulary';
import type { Actor } from '../../auth/actor';
import type { StatisticsQuery } from '../statistics/schema';
import { councilStatistics } from '../statistics/service';
import type { PreparedSpreadsheet } from './deliver';
import { dataReadAt, tablesWorkbook } from './export-header';

/** A decimal text of the statistics as a number cell (at most four decimals: a double keeps it exactly). */
const numberOf = (text: string | null) => (text === null ? null : Number(text));

/**
 * The council's statistics as .xlsx: exactly the numbers `/councils/:id/statistics` gives this reader —
 * one row per period and cluster (progress, score distribution, award ratio), and one row per award level
 * with its count against its quota.
 */
export async function prepareStatisticsWorkbook(
  db: Database,
  actor: Actor,
  councilId: string,
  query: StatisticsQuery,
): Promise<PreparedSpreadsheet> {
  const view = await councilStatistics(db, actor, councilId, query);
  const years =
    view.fromYear === view.toYear ? `Năm ${view.fromYear}` : `Từ năm ${view.fromYear} đến năm ${view.toYear}`;
  const subtitle = [years, dataReadAt()];
  const rows = view.periods.flatMap((p) => p.clusters.map((c) => ({ p, c })));
  const overview: TableSheet = {
    name: 'Thống kê',
    title: 'Thống kê kết quả thi đua của các cụm, khối',
    subtitle,
    columns: [
      { header: 'Năm', kind: 'integer', width: 7 },
      { header: 'Kỳ thi đua', kind: 'text', width: 22 },
      { header: 'Mã cụm, khối', kind: 'text', width: 10 },
      { header: 'Cụm, khối', kind: 'text', width: 28 },
      { header: 'Số đơn vị', kind: 'integer', width: 8 },
      { header: 'Đã đăng ký', kind: 'integer', width: 9 },
      { header: 'Đã ký giao ước', kind: 'integer', width: 9 },
      { header: 'Đã tự chấm', kind: 'integer', width: 9 },
      { header: 'Đã thẩm định', kind: 'integer', width: 9 },
      { header: 'Kết quả', kind: 'text', width: 18 },
      { header: 'Điểm thấp nhất', kind: 'number', width: 10 },
      { header: 'Tứ phân vị thứ nhất', kind: 'number', width: 10 },
      { header: 'Trung vị', kind: 'number', width: 10 },
      { header: 'Tứ phân vị thứ ba', kind: 'number', width: 10 },
      { header: 'Điểm cao nhất', kind: 'number', width: 10 },
      { header: 'Điểm trung bình', kind: 'number', width: 10 },
      { header: 'Số đơn vị được khen thưởng', kind: 'integer', width: 11 },
      { header: 'Tỷ lệ khen thưởng (%)', kind: 'number', width: 10 },
    ],
    rows: rows.map(({ p, c }) => [
      p.year,
      p.name,
      c.code,
      c.name,
      c.memberCount,
      c.registered,
      c.pactSigned,
      c.selfScored,
      c.reviewed,
      STATISTICS_SCORE_STATE_NAMES[c.scoreState],
      numberOf(c.scores?.min ?? null),
      numberOf(c.scores?.q1 ?? null),
      numberOf(c.scores?.median ?? null),
      numberOf(c.scores?.q3 ?? null),
      numberOf(c.scores?.max ?? null),
      numberOf(c.scores?.mean ?? null),
      c.awardedUnits,
      numberOf(c.awardRatio),
    ]),
    landscape: true,
    notes: [
      'Điểm là điểm cuối cùng do bộ máy chấm điểm tính; tứ phân vị nội suy tuyến tính (như hàm QUARTILE của Excel); trung bình làm tròn 2 chữ số thập phân.',
      'Tỷ lệ khen thưởng: số đơn vị được khen thưởng theo kết quả trên số đơn vị có kết quả (mục 2.4c hướng dẫn của tỉnh Bắc Giang: trừ 05 điểm khi tỷ lệ, cơ cấu khen thưởng không bảo đảm).',
    ],
  };
  const awards: TableSheet = {
    name: 'Khen thưởng và chỉ tiêu',
    title: 'Khen thưởng so với chỉ tiêu',
    subtitle,
    columns: [
      { header: 'Năm', kind: 'integer', width: 7 },
      { header: 'Kỳ thi đua', kind: 'text', width: 22 },
      { header: 'Cụm, khối', kind: 'text', width: 28 },
      { header: 'Hình thức khen thưởng', kind: 'text', width: 30 },
      { header: 'Số đơn vị được khen thưởng', kind: 'integer', width: 12 },
      { header: 'Chỉ tiêu', kind: 'integer', width: 9 },
    ],
    rows: rows.flatMap(({ p, c }) =>
      c.awards.map((a) => [p.year, p.name, c.name, a.name, a.awarded, a.quota]),
    ),
    notes: ['Chỉ tiêu để trống: không giới hạn.'],
  };
  return tablesWorkbook(db, [overview, awards], {
    kind: 'statistics',
    fileName: `Thống kê thi đua ${view.fromYear}-${view.toYear}`,
    councilId,
    entityId: councilId,
    source: { fromYear: view.fromYear, toYear: view.toYear, clusters: rows.length },
  });
}
