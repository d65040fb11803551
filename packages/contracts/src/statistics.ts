import { CALENDARS, PERIOD_STAGES } from '@thidua/vocabulary';
import { z } from 'zod';
import { clusterProgressCounts } from './periods';

// The council's statistics across clusters and years (issue #14 §4): what GET
// /councils/:councilId/statistics takes and answers, the web's statistics screen reads.

const year = z.coerce.number().int().min(2000).max(2100);

export const statisticsQuery = z.object({
  fromYear: year.optional().describe('Năm đầu (mặc định: 4 năm trước năm cuối)'),
  toYear: year.optional().describe('Năm cuối (mặc định: năm nay)'),
});
export type StatisticsQuery = z.infer<typeof statisticsQuery>;

/** An exact decimal as text (`912.5`), as the engine computed it: never a binary floating point number. */
const decimalText = z.string().regex(/^-?\d+(\.\d+)?$/);

export const SCORE_STATES = ['available', 'noCriteria', 'notPublished', 'noUnits'] as const;
export type ScoreState = (typeof SCORE_STATES)[number];

export const clusterStatistics = z.object({
  clusterId: z.uuid(),
  ...clusterProgressCounts,
  scoreState: z
    .enum(SCORE_STATES)
    .describe(
      'available: có kết quả của mọi đơn vị; noCriteria: chưa ban hành bộ tiêu chí; notPublished: ' +
        'bảng điểm chưa công bố (thành viên Hội đồng); noUnits: cụm chưa có đơn vị',
    ),
  complete: z.boolean().nullable().describe('Kết quả đã hoàn tất (không còn chờ bỏ phiếu)'),
  scores: z
    .object({
      count: z.number().int(),
      min: decimalText,
      q1: decimalText,
      median: decimalText,
      q3: decimalText,
      max: decimalText,
      mean: decimalText.describe('Trung bình, làm tròn 2 chữ số thập phân (nửa lên)'),
    })
    .nullable()
    .describe('Phân bố điểm cuối cùng của các đơn vị (tứ phân vị nội suy như QUARTILE.INC của Excel)'),
  awards: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      awarded: z.number().int().describe('Số đơn vị được đề xuất theo kết quả của bộ máy chấm điểm'),
      quota: z.number().int().nullable().describe('Chỉ tiêu được giao; null: không giới hạn'),
    }),
  ),
  awardedUnits: z.number().int().nullable(),
  awardRatio: decimalText
    .nullable()
    .describe('Tỷ lệ đơn vị được khen thưởng trên số đơn vị có kết quả (%, 2 chữ số thập phân)'),
});
export type ClusterStatistics = z.infer<typeof clusterStatistics>;

/** One period of the statistics, with each of its clusters. */
export const periodStatistics = z.object({
  periodId: z.uuid(),
  name: z.string(),
  year: z.number().int(),
  calendar: z.enum(CALENDARS),
  stage: z.enum(PERIOD_STAGES),
  clusters: z.array(clusterStatistics),
});
export type PeriodStatistics = z.infer<typeof periodStatistics>;

export const statisticsView = z.object({
  councilId: z.uuid(),
  fromYear: z.number().int(),
  toYear: z.number().int(),
  periods: z.array(periodStatistics),
});
export type StatisticsView = z.infer<typeof statisticsView>;
