import { NATIONAL_OFFICE } from '../national/names';
import { type BenchWorld, call, clusterOne, signIn } from './workloads';

interface Period {
  id: string;
  year: number;
  archivedAt: string | null;
}

/** The national data set's places (`npm run bench:national:generate`): this year's large Cụm 1. */
export interface NationalWorld extends BenchWorld {
  periodId: string;
  /** An audit event id half-way down the council's log: a deep keyset page. */
  middleId: number;
  year: number;
}

export async function discoverNationalWorld(origin: string): Promise<NationalWorld> {
  const office = await signIn(origin, NATIONAL_OFFICE);
  const periods = await call<{ items: Period[] }>(origin, {
    method: 'GET',
    path: `/councils/${office.councilId}/periods?pageSize=100`,
    headers: office.headers,
  });
  const period = periods.items.filter((p) => p.archivedAt === null).sort((a, b) => b.year - a.year)[0];
  if (!period) throw new Error('Bộ dữ liệu quy mô toàn quốc không có kỳ đang mở');
  const cluster = await clusterOne(origin, office, period.id);
  const first = await call<{ items: { id: number }[] }>(origin, {
    method: 'GET',
    path: `/councils/${office.councilId}/audit?pageSize=1`,
    headers: office.headers,
  });
  return {
    origin,
    office,
    councilId: office.councilId,
    clusterId: cluster.id,
    writers: [],
    periodId: period.id,
    middleId: Math.floor((first.items[0]?.id ?? 2) / 2),
    year: period.year,
  };
}

/** The national read workloads, by name: the standing office reading the large cluster and the log. */
export function nationalReadPaths(world: NationalWorld): Record<string, string> {
  const audit = `/councils/${world.councilId}/audit`;
  return {
    'Kết quả (GET /clusters/:id/results)': `/clusters/${world.clusterId}/results`,
    'Bảng chấm điểm (GET /clusters/:id/scoring-sheet)': `/clusters/${world.clusterId}/scoring-sheet`,
    'Tiến độ (GET /periods/:id/progress)': `/periods/${world.periodId}/progress`,
    'Nhật ký: loại + người (GET …/audit)': `${audit}?entityType=entry&actor=qg-dv0001&pageSize=20`,
    'Nhật ký: khoảng ngày': `${audit}?from=${world.year}-06-01&to=${world.year}-06-30&pageSize=20`,
    'Nhật ký: trang sâu (beforeId)': `${audit}?entityType=entry&beforeId=${world.middleId}&pageSize=20`,
    'Tuyến tối thiểu (GET /auth/me)': '/auth/me',
  };
}
