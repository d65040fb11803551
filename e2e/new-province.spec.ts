import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { signInThroughPage } from './support/accounts';
import { Api } from './support/api';
import { expect, test } from './support/fixtures';
import { choose } from './support/organisation';
import { freePort, type OwnServer, ownServer } from './support/own-server';
import { saveScreen } from './support/screens';

// Issue #17's acceptance: a new province installs thidua in production (an EMPTY embedded database, no
// demo), creates its administrator with `npm run admin:create`, and in the browser follows the set-up
// checklist from its home to an issued criteria framework and unit accounts that sign in. The server
// is this test's own (a second process, production mode, its own data directory and port), so the
// year of its period is its own too.

const ADMIN = { username: 'quantri.sonlam', name: 'Đỗ Thị Thu Hà', password: 'QuanTri-SonLam-2026' };
const COUNCIL_NAME = 'Hội đồng Thi đua - Khen thưởng tỉnh Sơn Lâm';
const FIRST_YEAR = new Date().getFullYear();

let server: OwnServer | undefined;
let baseURL = '';

test.beforeAll(async () => {
  test.setTimeout(180_000);
  server = ownServer(await freePort());
  baseURL = server.baseURL;
  server.createCouncilAdmin(ADMIN, { code: 'son-lam', name: COUNCIL_NAME });
  await server.start();
});

test.afterAll(async () => {
  await server?.stop();
});

const step = (page: Page, key: string) => page.getByTestId(`setup-${key}`);

async function openStep(page: Page, key: string, link: string) {
  await page.goto('/');
  await step(page, key).getByRole('link', { name: link }).click();
}

async function typeDay(input: Locator, date: string) {
  await input.click();
  await input.fill(date);
  await input.press('Enter');
}

test('a new province: from an empty production database to an issued framework and unit accounts that sign in, by the set-up checklist', async ({
  browser,
  playwright,
}) => {
  test.setTimeout(300_000);
  const context = await browser.newContext({
    baseURL,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    viewport: { width: 1366, height: 768 },
  });
  const page = await context.newPage();
  const request = await playwright.request.newContext({ baseURL });
  const admin = await Api.signIn(request, ADMIN.username, ADMIN.password);
  const council = await admin.firstCouncil();
  expect(council.name).toBe(COUNCIL_NAME);

  // The administrator's first sign-in: the checklist says what the council lacks.
  await signInThroughPage(page, ADMIN.username, ADMIN.password);
  await expect(page.getByRole('heading', { name: 'Thiết lập ban đầu' })).toBeVisible();
  await expect(page.getByText('Còn 6/6 bước')).toBeVisible();
  await expect(step(page, 'units')).toContainText('Còn thiếu: chưa có đơn vị nào');
  await expect(step(page, 'criteria')).toContainText('chưa ban hành khung tiêu chí nào');
  await saveScreen(page, 'thiet-lap-ban-dau');

  // 1. The letterhead and its signer.
  await openStep(page, 'letterhead', 'Thiết lập văn bản (tiêu đề, người ký)');
  await expect(page.getByRole('heading', { name: 'Thiết lập văn bản của Hội đồng', level: 1 })).toBeVisible();
  await page.getByLabel('Cơ quan chủ quản').fill('Ủy ban nhân dân tỉnh Sơn Lâm');
  await page.getByLabel('Họ và tên Chủ tịch').fill('Hoàng Văn Nam');
  await page.getByRole('button', { name: 'Lưu thiết lập' }).click();
  await expect(page.getByText('Đã lưu thiết lập văn bản')).toBeVisible();

  // 2. Units, from the units template filled in a spreadsheet library.
  await openStep(page, 'units', 'Đơn vị của Hội đồng');
  await page.getByRole('button', { name: 'Nhập từ Excel' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nhập danh sách đơn vị từ tệp Excel' });
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Tải mẫu danh sách đơn vị' }).click();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(await (await downloading).path()) as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet('Đơn vị')!;
  const newUnits = [
    ['phuong-song-cau', 'Phường Sông Cầu', 'Phường'],
    ['phuong-tan-thanh', 'Phường Tân Thành', 'Phường'],
    ['xa-vinh-loc', 'Xã Vĩnh Lộc', 'Xã'],
  ];
  newUnits.forEach(([code, name, type], i) => {
    sheet.getCell(`C${5 + i}`).value = code!;
    sheet.getCell(`D${5 + i}`).value = name!;
    sheet.getCell(`E${5 + i}`).value = type!;
    sheet.getCell(`H${5 + i}`).value = 'Ủy ban nhân dân tỉnh Sơn Lâm';
  });
  await dialog.locator('input[type=file]').setInputFiles({
    name: 'don-vi-son-lam.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: Buffer.from(await workbook.xlsx.writeBuffer()),
  });
  await expect(dialog.getByTestId('import-preview').getByRole('status')).toContainText('3 đơn vị mới');
  await dialog.getByRole('button', { name: 'Xác nhận nhập' }).click();
  await expect(page.getByText('Đã lưu 3 đơn vị từ tệp Excel')).toBeVisible();

  // 3. The first period, then its cluster with a leader.
  await openStep(page, 'period', 'Kỳ thi đua');
  await page.getByRole('button', { name: 'Tạo kỳ thi đua' }).click();
  const create = page.getByRole('dialog', { name: 'Tạo kỳ thi đua' });
  await create.getByLabel('Năm', { exact: true }).fill(String(FIRST_YEAR));
  await create.getByLabel('Tên kỳ thi đua').fill(`Năm ${FIRST_YEAR}`);
  await create.getByRole('button', { name: 'Lưu' }).click();
  await expect(create).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: `Năm ${FIRST_YEAR}` })).toBeVisible();
  await page.getByRole('button', { name: 'Thêm cụm, khối' }).click();
  const addCluster = page.getByRole('dialog', { name: 'Thêm cụm, khối' });
  await addCluster.getByLabel('Tên cụm, khối').fill('Cụm thi đua các phường, xã');
  await addCluster.getByLabel('Mã', { exact: true }).fill('cum-1');
  await addCluster.getByRole('button', { name: 'Lưu' }).click();
  await expect(addCluster).toBeHidden();
  await page.getByRole('button', { name: 'Xem, sửa Cụm thi đua các phường, xã' }).click();
  const drawer = page.getByRole('dialog', { name: 'Cụm thi đua các phường, xã' });
  const picker = drawer.getByLabel('Chọn đơn vị để thêm vào cụm, khối');
  for (const [, name] of newUnits) await choose(page, picker, name!, { multiple: true });
  await page.keyboard.press('Escape');
  await drawer.getByRole('button', { name: 'Thêm đơn vị' }).click();
  await expect(page.getByText('Đã thêm 3 đơn vị')).toBeVisible();
  await choose(page, drawer.getByLabel('Cụm trưởng', { exact: true }), 'Phường Sông Cầu');
  await choose(page, drawer.getByLabel('Cụm phó thứ nhất'), 'Phường Tân Thành');
  await drawer.getByRole('button', { name: 'Lưu cụm trưởng, cụm phó' }).click();
  await expect(drawer.getByRole('table', { name: 'Đơn vị thành viên' })).toContainText('Cụm trưởng');
  await drawer.getByRole('button', { name: 'Đóng' }).first().click();

  // 4. A framework from a built-in profile, issued.
  await openStep(page, 'criteria', 'Khung tiêu chí');
  await page.getByRole('button', { name: 'Tạo khung tiêu chí' }).click();
  const { items: profiles } = await admin.get<{ items: { id: string; name: string }[] }>('/rule-profiles');
  const profile = profiles.find((p) => p.id === 'ba-dinh-2022-phuong')!;
  await choose(page, page.getByRole('combobox', { name: 'Mẫu quy định' }), profile.name);
  await page.getByLabel('Mã khung').fill('khung-phuong-xa');
  await page.getByRole('dialog').getByRole('button', { name: 'Tạo khung tiêu chí' }).click();
  await expect(page.getByText('Đã tạo khung tiêu chí')).toBeVisible();
  await page.getByRole('button', { name: 'Ban hành' }).click();
  const issue = page.getByRole('dialog');
  await issue.getByLabel('Số, ký hiệu văn bản').fill('01/HD-HĐTĐKT');
  await typeDay(issue.getByLabel('Ngày văn bản'), `05/01/${FIRST_YEAR}`);
  await issue.getByRole('button', { name: 'Ban hành' }).click();
  await expect(page.getByText('Đã ban hành khung tiêu chí')).toBeVisible();

  // 5. Accounts for the units: only they are left; made in one action, handed over as temporary passwords.
  await page.goto('/');
  await expect(page.getByText('Còn 1/6 bước')).toBeVisible();
  await expect(step(page, 'accounts')).toContainText('3 đơn vị chưa có tài khoản');
  const { items: councilUnits } = await admin.get<{ items: { id: string; code: string }[] }>(
    `/councils/${council.id}/units?pageSize=100`,
  );
  const made = await admin.send<{ created: { username: string; temporaryPassword: string }[] }>(
    'POST',
    `/councils/${council.id}/users/bulk`,
    { unitIds: councilUnits.map((u) => u.id) },
  );
  expect(made.created.map((c) => c.username).sort()).toEqual(newUnits.map(([code]) => `tdkt.${code}`).sort());
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Thiết lập ban đầu' })).toBeHidden();
  expect((await admin.get<{ complete: boolean }>(`/councils/${council.id}/setup`)).complete).toBe(true);

  // A unit's account works: its temporary password signs in and must be changed first.
  const unitPage = await (
    await browser.newContext({ baseURL, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' })
  ).newPage();
  const leader = made.created.find((c) => c.username === 'tdkt.phuong-song-cau')!;
  await signInThroughPage(unitPage, leader.username, leader.temporaryPassword);
  await expect(unitPage).toHaveURL(/\/doi-mat-khau$/);
  await unitPage.getByLabel('Mật khẩu hiện tại').fill(leader.temporaryPassword);
  await unitPage.getByLabel('Mật khẩu mới', { exact: true }).fill('SongCau-2026-moi');
  await unitPage.getByLabel('Nhập lại mật khẩu mới').fill('SongCau-2026-moi');
  await unitPage.getByRole('button', { name: 'Đổi mật khẩu' }).click();
  await expect(unitPage).toHaveURL(/\/$/);
  await expect(unitPage.getByRole('banner')).toContainText('Cụm trưởng');
  await unitPage.context().close();
  await context.close();
  await request.dispose();
});
