import { expect, type Locator, type Page as BrowserPage, type PlaywrightWorkerArgs } from '@playwright/test';
import type { PeriodView as Period } from '@thidua/contracts/periods';
import type { ClusterView as Cluster } from '@thidua/contracts/periods-clusters';
import { DEMO_PASSWORD, signInThroughPage } from './accounts';
import { UserApi } from './scoring';

// Support of the whole-year browser walk (e2e/year-walk.spec.ts): the walk's own period of 2030 (2073 on a retry) in the
// demo council, and a second period (2031) for the separate privacy and bad-value tests.

/**
 * The walk's own years: nothing else in the shared database uses them. A council holds one period per
 * year, so the walk's retry (after a first attempt that made its period) walks the second year.
 */
export const WALK_YEARS = [2030, 2073];
export const SIDE_YEAR = 2031;

/** The year the walk's attempt makes its period in: its own on every retry. */
export function walkYear(retry: number): number {
  const year = WALK_YEARS[retry];
  if (year === undefined) throw new Error(`the year walk has no year of its own for retry ${retry}`);
  return year;
}

/** A small framework (100 points): a quantitative criterion, one for a focal department, one qualitative. */
export const WALK_RULESET = {
  name: 'Bộ tiêu chí thi đua năm 2030 (đi hết năm)',
  maxTotal: 100,
  groups: [
    {
      code: 'I',
      name: 'Phát triển kinh tế - xã hội',
      maxPoints: 60,
      criteria: [
        {
          code: 'I.1',
          name: 'Thu ngân sách nhà nước trên địa bàn',
          points: 30,
          kind: 'quantitative',
          unit: 'tỷ đồng',
        },
        { code: 'I.2', name: 'Giải ngân vốn đầu tư công', points: 30, kind: 'qualitative' },
      ],
    },
    {
      code: 'II',
      name: 'Xây dựng hệ thống chính trị',
      maxPoints: 40,
      criteria: [
        { code: 'II.1', name: 'Thực hiện quy chế dân chủ ở cơ sở', points: 40, kind: 'qualitative' },
      ],
    },
  ],
  awards: [
    { code: 'CO_T', name: 'Cờ thi đua của UBND tỉnh', minScore: 90 },
    { code: 'TTLDXS', name: 'Tập thể lao động xuất sắc', minScore: 70 },
  ],
};

/**
 * Demo wards. Only the demo accounts sign in with the demo password (the demo's `tdkt.<unit>` officers have
 * locked passwords), so the units that act are those of `cumtruong`, `cumpho` and `donvi`; seats are per
 * period, so `cumpho`'s ward may be an ordinary member here.
 */
export const WARDS = {
  hungDao: { code: 'phuong-hung-dao', name: 'Phường Hưng Đạo', account: 'cumtruong' },
  quangTrung: { code: 'phuong-quang-trung', name: 'Phường Quang Trung', account: 'cumpho' },
  bacThanh: { code: 'phuong-bac-thanh', name: 'Phường Bắc Thành', account: 'donvi' },
  dongHai: { code: 'phuong-dong-hai', name: 'Phường Đông Hải', account: null },
  tranPhu: { code: 'phuong-tran-phu', name: 'Phường Trần Phú', account: null },
  namHa: { code: 'phuong-nam-ha', name: 'Phường Nam Hà', account: null },
  taySon: { code: 'phuong-tay-son', name: 'Phường Tây Sơn', account: null },
  thanhBinh: { code: 'phuong-thanh-binh', name: 'Phường Thanh Bình', account: null },
} as const;
export type Ward = (typeof WARDS)[keyof typeof WARDS];

export const FOCAL_UNIT = { code: 'so-tai-chinh', name: 'Sở Tài chính', account: 'daumoi' } as const;

export interface Versioned {
  id: string;
  version: number;
}
export type { Cluster, Period };

export const suffix = () => Math.random().toString(36).slice(2, 7);

/** The council's id, and the ids of demo units by code. */
export async function councilOf(office: UserApi): Promise<string> {
  const { items } = await office.get<{ items: { id: string }[] }>('/councils');
  return items[0]!.id;
}

export async function unitIdOf(office: UserApi, councilId: string, code: string): Promise<string> {
  const { items } = await office.get<{ items: { id: string; code: string }[] }>(
    `/councils/${councilId}/units?pageSize=50&q=${code}`,
  );
  const unit = items.find((u) => u.code === code);
  expect(unit, `demo unit ${code}`).toBeDefined();
  return unit!.id;
}

/** Signs out and signs in again through the page as another demo account. */
export async function switchUser(page: BrowserPage, username: string): Promise<void> {
  await page.context().clearCookies();
  await page.goto('/dang-nhap');
  await signInThroughPage(page, username, DEMO_PASSWORD);
}

/**
 * Picks a single select's value and waits until the select shows it and its list has closed, picking
 * again while it does not: two selects with the same options side by side (a cluster's leader and
 * deputy) share the page's open lists, and a click on a list that is still closing is lost.
 */
export async function pickSeat(page: BrowserPage, form: Locator, label: string, option: string) {
  const select = form.getByLabel(label, { exact: true });
  // The select's own frame (the chosen value is shown there, outside the search input).
  const shown = form.locator('.ant-select', { has: page.getByLabel(label, { exact: true }) });
  const open = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)');
  await expect(open).toHaveCount(0);
  await expect(async () => {
    await pick(page, select, option);
    await expect(shown).toContainText(option, { timeout: 3_000 });
  }).toPass({ timeout: 30_000 });
  await expect(open).toHaveCount(0);
}

/** Opens an antd select by its label and clicks the option whose title is `option` (typing to narrow). */
export async function pick(page: BrowserPage, select: Locator, option: string, { type = true } = {}) {
  await expect(select).toBeEnabled();
  await select.click();
  if (type) await select.fill(option);
  await page
    .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option')
    .filter({ hasText: option })
    .first()
    .click();
}

/** The period screen's move one stage forward, confirmed; the screen then names the new stage. */
export async function moveForward(page: BrowserPage, next: string): Promise<void> {
  await page.getByRole('button', { name: `Chuyển sang «${next}»` }).click();
  await page
    .getByRole('dialog')
    .getByRole('button', { name: `Chuyển sang «${next}»` })
    .click();
  // Units that have not finished: the server names them and the move needs a reason.
  const reasonDialog = page.getByRole('dialog', { name: /Còn đơn vị chưa hoàn thành/ });
  const moved = page.getByText(`Đang ở giai đoạn: ${next}`);
  await expect(moved.or(reasonDialog)).toBeVisible();
  if (await reasonDialog.isVisible()) {
    await reasonDialog.getByLabel('Lý do').fill('Hết hạn theo kế hoạch của Hội đồng');
    await reasonDialog.getByRole('button', { name: `Chuyển sang «${next}»` }).click();
  }
  await expect(moved).toBeVisible();
}

/** A write that may be refused: its status and body (the API's own answer), without failing the test. */
export async function tryWrite(
  request: import('@playwright/test').APIRequestContext,
  csrf: string,
  method: 'POST' | 'PUT' | 'PATCH',
  path: string,
  data: unknown,
): Promise<{ status: number; body: { error?: { code: string; message: string } } }> {
  const response = await request.fetch(`/api/v1${path}`, { method, data, headers: { 'x-csrf-token': csrf } });
  return { status: response.status(), body: (await response.json()) as never };
}

/** The API as a demo account, in a request context of its own, with its CSRF token for raw writes. */
export async function sessionOf(
  playwright: PlaywrightWorkerArgs['playwright'],
  baseURL: string | undefined,
  username: string,
): Promise<{ api: UserApi; request: import('@playwright/test').APIRequestContext; csrf: string }> {
  const request = await playwright.request.newContext({ baseURL });
  const api = await UserApi.signIn(request, username);
  const { csrfToken } = await api.get<{ csrfToken: string }>('/auth/me');
  return { api, request, csrf: csrfToken };
}

export interface SideCluster {
  councilId: string;
  periodId: string;
  clusterId: string;
  query: string;
}

/**
 * The side period of 2031 at `results` with two clusters of its own (issued criteria of the walk's ruleset):
 * `privacy` (Tây Sơn leads, Thanh Bình deputises, Bắc Thành — `donvi` — and Quang Trung — `cumpho`) and
 * `badValue` (Hưng Đạo — `cumtruong`, who self-scores its own ward — leads, Đông Hải deputises, Trần Phú,
 * Nam Hà). Built once; a second test finds it again.
 */
export async function sidePeriod(office: UserApi): Promise<Record<'privacy' | 'badValue', SideCluster>> {
  const councilId = await councilOf(office);
  const { items } = await office.get<{ items: Period[] }>(
    `/councils/${councilId}/periods?year=${SIDE_YEAR}&calendar=calendarYear`,
  );
  let period = items[0];
  const layout = {
    privacy: [WARDS.taySon, WARDS.thanhBinh, WARDS.bacThanh, WARDS.quangTrung],
    badValue: [WARDS.hungDao, WARDS.dongHai, WARDS.tranPhu, WARDS.namHa],
  } as const;
  if (!period) {
    const tag = suffix();
    let framework = await office.send<Versioned>('POST', `/councils/${councilId}/frameworks`, {
      code: `khung-nam-${SIDE_YEAR}-${tag}`,
      name: `Khung tiêu chí năm ${SIDE_YEAR} (${tag})`,
      ruleset: WALK_RULESET,
    });
    framework = await office.send<Versioned>('POST', `/frameworks/${framework.id}/issue`, {
      version: framework.version,
      documentNumber: `01/HD-${tag}`,
      documentDate: `${SIDE_YEAR}-01-05`,
    });
    period = await office.send<Period>('POST', `/councils/${councilId}/periods`, {
      name: `Năm ${SIDE_YEAR} (thử quyền xem, giá trị sai ${tag})`,
      year: SIDE_YEAR,
      calendar: 'calendarYear',
    });
    const made: Cluster[] = [];
    for (const [key, wards] of Object.entries(layout)) {
      const ids = await Promise.all(wards.map((w) => unitIdOf(office, councilId, w.code)));
      let cluster = await office.send<Cluster>('POST', `/periods/${period.id}/clusters`, {
        code: `cum-${key.toLowerCase()}-${tag}`,
        name: `Cụm thử ${key === 'privacy' ? 'quyền xem' : 'giá trị sai'} ${tag}`,
        kind: 'cum',
      });
      cluster = await office.send<Cluster>('POST', `/clusters/${cluster.id}/members`, {
        version: cluster.version,
        unitIds: ids,
      });
      cluster = await office.send<Cluster>('PUT', `/clusters/${cluster.id}/leadership`, {
        version: cluster.version,
        seats: [
          { unitId: ids[0], role: 'leader' },
          { unitId: ids[1], role: 'deputy' },
        ],
      });
      made.push(cluster);
    }
    const advance = async () => {
      period = await office.send<Period>('POST', `/periods/${period!.id}/stage`, {
        version: period!.version,
        stage: period!.nextStage,
        reason: 'Chuyển giai đoạn để dựng dữ liệu kiểm thử',
      });
    };
    await advance(); // criteria
    for (const cluster of made) {
      const draft = await office.send<Versioned>('POST', `/clusters/${cluster.id}/criteria-versions`, {
        frameworkId: framework.id,
      });
      const agreed = await office.send<Versioned>('POST', `/criteria-versions/${draft.id}/agree`, {
        version: draft.version,
      });
      await office.send('POST', `/criteria-versions/${draft.id}/issue`, {
        version: agreed.version,
        documentNumber: `02/QĐ-${tag}`,
        documentDate: `${SIDE_YEAR}-02-01`,
      });
    }
    while (period.stage !== 'results') await advance();
  }
  expect(period.stage, `the ${SIDE_YEAR} period is at results`).toBe('results');
  const { items: clusters } = await office.get<{ items: Cluster[] }>(
    `/periods/${period.id}/clusters?pageSize=500`,
  );
  const find = (key: keyof typeof layout): SideCluster => {
    const cluster = clusters.find((c) => c.code.startsWith(`cum-${key.toLowerCase()}-`));
    expect(cluster, `the ${key} cluster of ${SIDE_YEAR}`).toBeDefined();
    return {
      councilId,
      periodId: period!.id,
      clusterId: cluster!.id,
      query: `?ky=${period!.id}&cum=${cluster!.id}`,
    };
  };
  return { privacy: find('privacy'), badValue: find('badValue') };
}
