import { type APIRequestContext, type Locator, type Page } from '@playwright/test';
import type { AuditPageView as AuditPage } from '@thidua/contracts/audit';
import { DEMO_PASSWORD, signInThroughPage } from './support/accounts';
import { expect, test } from './support/fixtures';
import { importCluster, type ResultDocument, stepPeriod, UserApi, vietnamese } from './support/review';
import { saveScreen } from './support/screens';
import { revealInGrid } from './support/scoring';

// Issue #11 §1: the review of a real cluster — 8 units × 63 criteria — in which the reviewer agrees with
// every cell but 5 takes at most 20 user actions. The cluster is built through the API (its own units,
// staff accounts and year, 2077), every unit self-scores every criterion, then the standing office
// reviews in the browser while the test counts each click, key and typed text it sends.

const YEAR = 2077;
const UNITS = 8;
const QUANTITATIVE = 10;
const CRITERIA = 63;
const NEW_PASSWORD = 'Mat-khau-moi-2077';

/** Criterion `i` (0-based): I.1–I.10 quantitative, I.11–I.30 and II.1–II.33 scored in points; 10 each. */
function criterionAt(i: number) {
  const group = i < 30 ? 'I' : 'II';
  const code = `${group}.${i < 30 ? i + 1 : i - 29}`;
  return i < QUANTITATIVE
    ? { code, name: `Chỉ tiêu định lượng số ${i + 1}`, points: 10, kind: 'quantitative' as const }
    : { code, name: `Nội dung chấm điểm số ${i + 1}`, points: 10, kind: 'qualitative' as const };
}

const RULESET = {
  name: 'Khung kiểm thử thẩm định 63 tiêu chí',
  maxTotal: 1000,
  groups: [
    {
      code: 'I',
      name: 'Thực hiện nhiệm vụ chính trị',
      maxPoints: 600,
      criteria: Array.from({ length: 30 }, (_, i) => criterionAt(i)),
    },
    {
      code: 'II',
      name: 'Xây dựng tổ chức',
      maxPoints: 400,
      criteria: Array.from({ length: 33 }, (_, i) => criterionAt(i + 30)),
    },
  ],
};

/** What each unit self-scores: actual 91..100 of a plan of 100, and 9 points of 10 elsewhere. */
function selfValue(i: number) {
  return i < QUANTITATIVE ? { plan: 100, actual: 91 + i } : { points: 9 };
}

/** A request context of a user of its own (cookies apart), with its CSRF token. */
async function signedIn(
  playwright: { request: { newContext: (o: { baseURL?: string }) => Promise<APIRequestContext> } },
  username: string,
  password: string,
) {
  const context = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
  const login = await context.post('/api/v1/auth/login', { data: { username, password } });
  expect(login.status(), `sign-in of ${username}`).toBe(200);
  return { context, csrf: ((await login.json()) as { csrfToken: string }).csrfToken };
}

/** Every click, key and typed text the reviewer sends, counted. */
class Actions {
  count = 0;
  constructor(private readonly page: Page) {}
  async click(target: Locator) {
    this.count += 1;
    await target.click();
  }
  async press(key: string) {
    this.count += 1;
    await this.page.keyboard.press(key);
  }
  /** A value or a reason typed into the focused input: one action, however long the text. */
  async type(text: string) {
    this.count += 1;
    await this.page.keyboard.type(text);
  }
}

test('the standing office reviews 8 units × 63 criteria, changing 5 cells, in at most 20 actions', async ({
  page,
  request,
  playwright,
}) => {
  test.setTimeout(300_000);
  const tag = Math.random().toString(36).slice(2, 7);
  const office = await UserApi.signIn(request, 'cqtt');
  const adminContext = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
  const admin = await UserApi.signIn(adminContext, 'quantri');
  const councilId = await office.councilId();

  // The period, its cluster from a period file (8 new wards, 63 criteria, no values), leader, deputy.
  const units = Array.from({ length: UNITS }, (_, i) => ({
    id: `td-${tag}-${i + 1}`,
    name: `Phường Thẩm Định ${i + 1}`,
  }));
  const made = await importCluster(office, {
    year: YEAR,
    label: `thẩm định ${tag}`,
    clusterCode: 'cum-tham-dinh',
    unitType: 'ward',
    file: {
      format: 'thidua/period@1',
      name: `Năm ${YEAR}`,
      year: YEAR,
      ruleset: RULESET,
      units,
      entries: [],
      adjustments: [],
    },
    leader: units[0]!.id,
    deputy: units[1]!.id,
  });
  const { cluster, idOf } = made;
  let { period } = made;
  const stepTo = async (stage: string) => {
    period = await stepPeriod(office, period, stage);
  };
  for (const stage of ['criteria', 'registration', 'pact', 'midYear', 'results']) await stepTo(stage);

  // One staff account per unit; each self-scores its 63 criteria.
  await Promise.all(
    units.map(async (unit, u) => {
      const username = `td.${tag}.${u + 1}`;
      await admin.call('POST', `/councils/${councilId}/users`, {
        username,
        displayName: `Cán bộ ${unit.name}`,
        temporaryPassword: 'Tam-thoi-2077',
        role: 'unitStaff',
        unitId: idOf(unit.id),
      });
      const { context, csrf } = await signedIn(playwright, username, 'Tam-thoi-2077');
      const changed = await context.post('/api/v1/auth/password', {
        data: { currentPassword: 'Tam-thoi-2077', newPassword: NEW_PASSWORD },
        headers: { 'x-csrf-token': csrf },
      });
      expect(changed.ok(), await changed.text()).toBe(true);
      const staff = await signedIn(playwright, username, NEW_PASSWORD);
      for (let i = 0; i < CRITERIA; i += 1) {
        const { code } = criterionAt(i);
        const r = await staff.context.put(
          `/api/v1/clusters/${cluster.id}/units/${idOf(unit.id)}/entries/${encodeURIComponent(code)}/self`,
          { data: { version: 0, ...selfValue(i) }, headers: { 'x-csrf-token': staff.csrf } },
        );
        expect(r.ok(), `${unit.name} ${code}: ${await r.text()}`).toBe(true);
      }
      await staff.context.dispose();
      await context.dispose();
    }),
  );
  await stepTo('review');

  // The review, in the browser. Opening the page (its address) is not an action; everything after is.
  await signInThroughPage(page, 'cqtt', DEMO_PASSWORD);
  await page.goto(`/hoi-dong/${councilId}/cham-diem?ky=${period.id}&cum=${cluster.id}`);
  const grid = page.getByRole('grid');
  // The sheet of 504 cells and its results load together (slow on a busy machine).
  await expect(grid.locator('td[data-r="0"][data-c="0"]')).toBeVisible({ timeout: 60_000 });
  // The grid draws what is in view: the last cell is reached by scrolling (scrolling is not counted).
  await expect(await revealInGrid(page, grid.locator('td[data-r="62"][data-c="7"]'))).toBeVisible();
  // Every review cell proposes the unit's own value.
  await expect(await revealInGrid(page, grid.locator('td[data-r="40"][data-c="3"]'))).toContainText(
    'Đề xuất TC',
  );
  await expect(page.getByText('Lớp điểm đang sửa')).toBeVisible();

  const actions = new Actions(page);
  // Five cells the reviewer does not agree with: 7 points instead of 9, in five different units.
  const disagreements = [
    { r: 12, c: 0 },
    { r: 25, c: 1 },
    { r: 33, c: 2 },
    { r: 47, c: 3 },
    { r: 60, c: 4 },
  ];
  for (const { r, c } of disagreements) {
    await actions.click(await revealInGrid(page, grid.locator(`td[data-r="${r}"][data-c="${c}"]`)));
    await actions.type('7');
    await actions.press('Enter');
  }
  await expect(
    page.getByText('5 ô bạn sửa khác điểm đề xuất đang chờ lý do', { exact: false }),
  ).toBeVisible();
  await expect(await revealInGrid(page, grid.locator(`td[data-r="12"][data-c="0"]`))).toContainText(
    'chờ lưu',
  );
  await saveScreen(page, 'tham-dinh');

  const reason = `Đối chiếu minh chứng ${tag}: thống nhất số liệu tự chấm, điều chỉnh 5 nội dung thiếu hồ sơ`;
  await actions.click(page.getByRole('button', { name: 'Đồng ý tất cả ô không có ý kiến' }));
  const dialog = page.getByRole('dialog', { name: 'Lý do thẩm định' });
  await expect(dialog).toContainText('Đồng ý điểm đề xuất của 499 ô và lưu 5 ô đã sửa');
  await actions.type(reason);
  await actions.click(dialog.getByRole('button', { name: 'Lưu' }));
  // 504 cells in one transaction: allow a busy machine its time.
  await expect(page.getByTestId('review-summary')).toContainText('Đã lưu: đồng ý 499 ô, sửa 5 ô.', {
    timeout: 120_000,
  });
  expect(actions.count, 'user actions for the whole review').toBeLessThanOrEqual(20);
  // The cells now show the agreed values: no proposal is left.
  await expect(grid.getByText('Đề xuất TC')).toHaveCount(0);

  // The result: units with a changed cell lose 2 points (9 → 7), the others keep the self-scores.
  const perUnit = (10 * (91 + 100)) / 2 / 10 + (CRITERIA - QUANTITATIVE) * 9; // 95.5 + 477
  const results = await office.get<ResultDocument>(`/clusters/${cluster.id}/results`);
  const finalOf = (name: string) => results.units.find((u) => u.name === name)!.final;
  units.forEach((unit, u) => {
    expect(finalOf(unit.name), unit.name).toBe(u < 5 ? perUnit - 2 : perUnit);
  });
  await expect(await revealInGrid(page, page.getByTestId(`final-${units[7]!.id}`))).toContainText(
    vietnamese(perUnit),
  );

  // The audit: one event per cell (504), all of one batch, with the reason given once.
  const byReason = await office.get<AuditPage>(
    `/councils/${councilId}/audit?entityType=entry&q=${encodeURIComponent(reason)}&pageSize=500`,
  );
  expect(byReason.total).toBe(UNITS * CRITERIA);
  const batchIds = new Set(byReason.items.map((e) => e.batchId));
  expect(batchIds.size).toBe(1);
  const [batchId] = [...batchIds];
  expect(batchId).toBeTruthy();
  const byBatch = await office.get<AuditPage>(`/councils/${councilId}/audit?batchId=${batchId}&pageSize=1`);
  expect(byBatch.total).toBe(UNITS * CRITERIA);
  await adminContext.dispose();
});
