import { COUNCIL, unitName } from './data/province';
import type { Author, ClusterYearInput, UnitYear } from './generate-results';
import { addDays } from './periods-plan';
import { Random } from './random';

/** A bonus (points) or deduction (count) with the document it comes from (SPEC §4.6). */
export interface AdjustmentDraft {
  unit: string;
  kind: 'bonus' | 'deduction';
  itemCode: string;
  points?: number;
  count?: number;
  sourceNumber: string;
  sourceDate: string;
  sourceIssuer: string;
  note: string;
  by: Author;
}

/**
 * Last year's bonuses and deductions: the standing office rewards good reporting, the cluster and the
 * council reward a few outstanding units, and a few units lose points for a reminder, a criticism or a
 * missed cluster activity — each with its document.
 */
export function generateAdjustments(input: ClusterYearInput, units: UnitYear[]): AdjustmentDraft[] {
  const { period, seats, cluster } = input;
  const rng = new Random('adjustments', cluster.code, period.year);
  const y = period.dates.summary.slice(0, 4);
  const byStrength = [...units].sort((a, b) => b.strength - a.strength);
  const top = byStrength.slice(0, 3).map((u) => u.code);
  const weak = byStrength.slice(-3).map((u) => u.code);
  const leader = unitName(seats.leader);
  const out: AdjustmentDraft[] = [];
  const add = (draft: Omit<AdjustmentDraft, 'sourceDate'>, date: string) =>
    out.push({ ...draft, sourceDate: date });

  if (input.key === 'schools') {
    for (const unit of top) {
      add(
        {
          unit,
          kind: 'bonus',
          itemCode: 'IV',
          points: rng.pick([5, 10, 15]),
          sourceNumber: `${rng.int(200, 900)}/SNV-TĐKT`,
          sourceIssuer: COUNCIL.standingOffice,
          note: 'Có học sinh đạt giải quốc gia; thực hiện tốt nhiệm vụ đột xuất được giao',
          by: 'standingOffice',
        },
        addDays(period.dates.reviewed, -3),
      );
    }
    add(
      {
        unit: weak[0]!,
        kind: 'deduction',
        itemCode: 'CHAM_MUON',
        count: rng.int(2, 5),
        sourceNumber: `${rng.int(200, 900)}/SGDĐT-VP`,
        sourceIssuer: 'Sở Giáo dục và Đào tạo',
        note: 'Nộp chậm báo cáo thống kê định kỳ theo yêu cầu',
        by: 'standingOffice',
      },
      addDays(period.dates.reviewed, -10),
    );
    return out;
  }

  for (const unit of units.filter((u) => u.strength > 0.45)) {
    add(
      {
        unit: unit.code,
        kind: 'bonus',
        itemCode: 'THUONG_BAO_CAO',
        points: rng.int(3, 5),
        sourceNumber: `${rng.int(1200, 1900)}/SNV-TĐKT`,
        sourceIssuer: COUNCIL.standingOffice,
        note: 'Gửi báo cáo đầy đủ, đúng hạn về Sở Nội vụ',
        by: 'standingOffice',
      },
      addDays(period.dates.reviewed, -4),
    );
  }
  for (const unit of top.slice(0, 2)) {
    add(
      {
        unit,
        kind: 'bonus',
        itemCode: 'THUONG_CUM_KHOI',
        points: rng.int(3, 5),
        sourceNumber: `BB-${cluster.code.toUpperCase()}/${y}`,
        sourceIssuer: `${leader} (Trưởng ${cluster.kind === 'cum' ? 'cụm' : 'khối'})`,
        note: `Thưởng theo Quy chế hoạt động của ${cluster.name}: đăng cai, tổ chức tốt hoạt động chung`,
        by: { unit: seats.leader },
      },
      period.dates.preparatory,
    );
  }
  add(
    {
      unit: top[0]!,
      kind: 'bonus',
      itemCode: 'THUONG_HD_TDKT',
      points: rng.int(6, 10),
      sourceNumber: `${rng.int(20, 90)}/QĐ-HĐTĐKT`,
      sourceIssuer: COUNCIL.name,
      note: 'Cách làm sáng tạo, hiệu quả nổi bật trong năm',
      by: 'standingOffice',
    },
    addDays(period.dates.reviewed, -1),
  );
  const [itemCode, sourceNumber, sourceIssuer, note] = rng.pick([
    [
      'NHAC_NHO',
      `${rng.int(1000, 4000)}/UBND-NV`,
      'Chủ tịch UBND tỉnh',
      'Nhắc nhở chậm triển khai phong trào thi đua',
    ],
    [
      'THAM_GIA_KHONG_DAY_DU',
      `BB-SK-${cluster.code.toUpperCase()}/${y}`,
      `${leader} (Trưởng ${cluster.kind === 'cum' ? 'cụm' : 'khối'})`,
      'Không cử đại biểu dự Hội nghị sơ kết 6 tháng của cụm, khối',
    ],
  ] as const);
  add(
    {
      unit: weak[0]!,
      kind: 'deduction',
      itemCode,
      count: 1,
      sourceNumber,
      sourceIssuer,
      note,
      by: 'standingOffice',
    },
    addDays(period.dates.midYear, 20),
  );
  return out;
}
