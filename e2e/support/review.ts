import type { PeriodView as Period } from '@thidua/contracts/periods';
import type { ClusterView as Cluster } from '@thidua/contracts/periods-clusters';
import { PERIOD_STAGES, type PeriodStage } from '@thidua/vocabulary';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page as BrowserPage } from '@playwright/test';
import { DEMO_PASSWORD, signInThroughPage } from './accounts';
import { UserApi } from './scoring';

export { UserApi };

// Setting up periods of one's own year through the real API, for the review, adjustment, ranking and
// home tests: a period (years 2061–2065), one cluster made from the reference period file with demo
// units of Cụm 1, its leader and deputy seated, moved to the stage a test needs.

export type { Cluster, Period };
// The results endpoint returns the engine's document.
export type { ResultDocument, UnitResult } from '@thidua/engine';

/** The demo units of Cụm 1 that the reference file's four wards become. */
export const UNIT_OF = {
  'phuc-xa': 'phuong-bac-thanh', // `donvi`
  'truc-bach': 'phuong-hung-dao', // `cumtruong`: the leader
  'vinh-phuc': 'phuong-quang-trung', // `cumpho`: the deputy
  'cong-vi': 'phuong-dong-hai',
} as const;

// The stages a period moves through before it is archived, in order (the vocabulary's, SPEC §4).
const STAGES = PERIOD_STAGES.filter((stage) => stage !== 'archived');
export type Stage = Exclude<PeriodStage, 'archived'>;

/** The reference period file, its wards renamed to demo units, for `year`. */
export function periodFile(year: number, changes?: (file: PeriodFileJson) => void): PeriodFileJson {
  const path = join(import.meta.dirname, '..', '..', 'examples', 'ba-dinh-mini.period.json');
  const file = JSON.parse(readFileSync(path, 'utf8')) as PeriodFileJson;
  const rename = (code: string) => UNIT_OF[code as keyof typeof UNIT_OF] ?? code;
  file.year = year;
  file.name = `Năm ${year}`;
  file.units = file.units.map((u) => ({ ...u, id: rename(u.id) }));
  file.entries = file.entries.map((e) => ({ ...e, unit: rename(e.unit) }));
  file.adjustments = file.adjustments.map((a) => ({ ...a, unit: rename(a.unit) }));
  changes?.(file);
  return file;
}

export interface PeriodFileJson {
  year: number;
  name: string;
  units: { id: string; name: string }[];
  entries: { unit: string; criterion: string; [key: string]: unknown }[];
  adjustments: { unit: string; code: string; [key: string]: unknown }[];
  quotas?: Record<string, number>;
}

/**
 * A period of `year` with one cluster of four demo wards of Cụm 1 (Hưng Đạo leads, Quang Trung
 * deputises, Bắc Thành — `donvi` — is a member), its criteria and agreed values from the reference
 * file, moved forward to `stage`. `beforeStage` runs when the period reaches each stage on the way.
 */
export async function buildPeriod(
  office: UserApi,
  year: number,
  stage: Stage,
  options: {
    changes?: (file: PeriodFileJson) => void;
    onStage?: (reached: Stage, ids: { period: Period; cluster: Cluster }) => Promise<void>;
  } = {},
): Promise<{ councilId: string; period: Period; cluster: Cluster }> {
  const suffix = Math.random().toString(36).slice(2, 8);
  const made = await importCluster(office, {
    year,
    label: `kiểm thử ${suffix}`,
    clusterCode: 'cum-kiem-thu',
    unitType: 'ward',
    file: periodFile(year, options.changes),
    leader: UNIT_OF['truc-bach'],
    deputy: UNIT_OF['vinh-phuc'],
  });
  const { councilId, cluster } = made;
  let { period } = made;
  for (const next of STAGES.slice(1, STAGES.indexOf(stage) + 1)) {
    period = await stepPeriod(office, period, next);
    await options.onStage?.(next, { period, cluster });
  }
  return { councilId, period, cluster };
}

/** Signs out (cookies gone) and signs in again as another demo account. */
export async function switchUser(page: BrowserPage, username: string): Promise<void> {
  await page.context().clearCookies();
  await page.goto('/dang-nhap');
  await signInThroughPage(page, username, DEMO_PASSWORD);
}

/** An office's way of writing a score (`996,4`), by the runtime's Vietnamese format, not the app's. */
export const vietnamese = (value: number) => value.toLocaleString('vi-VN', { maximumFractionDigits: 2 });

/**
 * A new period of `year` in the office's council ("Năm <year> (<label>)"), one cluster in it ("Cụm
 * <label>") made from a period file, its leader and deputy seated (by the units' codes in the file).
 * The period stays at its first stage.
 */
export async function importCluster(
  office: UserApi,
  options: {
    year: number;
    label: string;
    clusterCode: string;
    unitType: string;
    file: object;
    leader: string;
    deputy: string;
  },
): Promise<{ councilId: string; period: Period; cluster: Cluster; idOf: (code: string) => string }> {
  const { year, label } = options;
  const councilId = await office.councilId();
  const period = await office.call<Period>('POST', `/councils/${councilId}/periods`, {
    name: `Năm ${year} (${label})`,
    year,
    calendar: 'calendarYear',
  });
  const created = await office.call<Cluster>('POST', `/periods/${period.id}/clusters`, {
    code: options.clusterCode,
    name: `Cụm ${label}`,
    kind: 'cum',
  });
  await office.call('POST', `/clusters/${created.id}/period-file?unitType=${options.unitType}`, options.file);
  const imported = await office.get<Cluster>(`/clusters/${created.id}`);
  const idOf = (code: string) => imported.members.find((m) => m.code === code)!.unitId;
  const cluster = await office.call<Cluster>('PUT', `/clusters/${imported.id}/leadership`, {
    version: imported.version,
    seats: [
      { unitId: idOf(options.leader), role: 'leader' },
      { unitId: idOf(options.deputy), role: 'deputy', deputyRank: 1 },
    ],
  });
  return { councilId, period, cluster, idOf };
}

/** Moves `period` to `stage` (the next one), as the standing office. */
export function stepPeriod(office: UserApi, period: Period, stage: string): Promise<Period> {
  return office.call<Period>('POST', `/periods/${period.id}/stage`, {
    version: period.version,
    stage,
    reason: 'Chuyển giai đoạn để dựng dữ liệu kiểm thử',
  });
}
