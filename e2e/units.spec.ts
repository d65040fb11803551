import { randomBytes } from 'node:crypto';
import type { Page as BrowserPage } from '@playwright/test';
import { DEMO_PASSWORD, signInThroughPage, STANDING_OFFICE } from './support/accounts';
import { Api, type Page, type Unit } from './support/api';
import { expect, test } from './support/fixtures';
import { expectNoSidewaysScroll, saveScreen } from './support/screens';

/** A long name of the kind that breaks careless layouts. */
const LONG_NAME =
  'Trung tâm Văn hóa, Thông tin và Thể thao liên phường khu vực phía Bắc kiêm Ủy ban Mặt trận Tổ quốc Việt Nam phường Nguyễn Trung Trực';

const uniqueCode = (prefix: string) => `${prefix}-${randomBytes(4).toString('hex')}`;

function unitDialog(page: BrowserPage, title: string) {
  return page.getByRole('dialog', { name: title });
}

test('the standing office sees its council’s units, adds one, and a bad code is refused beside the field with nothing saved', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/dang-nhap$/);
  await expect(page.getByRole('heading', { name: 'Đăng nhập thidua' })).toBeVisible();
  await saveScreen(page, '01-dang-nhap');

  await signInThroughPage(page, STANDING_OFFICE, DEMO_PASSWORD);
  const api = await Api.current(page.request);
  const council = await api.firstCouncil();
  const firstPage = await api.get<Page<Unit>>(`/councils/${council.id}/units?pageSize=20`);

  // Home: who is signed in, their council, and its units as the API lists them.
  await expect(page.getByRole('banner')).toContainText(api.session.user.displayName);
  await expect(page.getByRole('banner')).toContainText('Cơ quan thường trực');
  await expect(page.getByRole('heading', { name: 'Hội đồng của tôi' })).toBeVisible();
  const homeUnits = page.getByRole('region', { name: `Đơn vị thuộc ${council.name}` });
  await expect(homeUnits.getByRole('row').nth(1)).toContainText(firstPage.items[0]!.name);
  await expect(homeUnits.getByText(`1–20 trong ${firstPage.total} đơn vị`)).toBeVisible();
  await expectNoSidewaysScroll(page);
  await saveScreen(page, '02-trang-chu');

  // The units screen, from the sidebar; a search narrows the list.
  await page.getByRole('navigation').getByRole('link', { name: 'Đơn vị', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/hoi-dong/${council.id}/don-vi$`));
  // Type only once the units screen has replaced the home page (which has a unit list and search box
  // of its own) and its list has loaded: the page is settled and will not re-render the box away.
  await expect(page.getByRole('heading', { level: 1, name: 'Đơn vị' })).toBeVisible();
  await expect(page.getByText(`1–20 trong ${firstPage.total} đơn vị`)).toBeVisible();
  const sought = firstPage.items[3]!;
  await page.getByLabel('Tìm theo tên hoặc mã đơn vị').fill(sought.code);
  await expect(page.getByLabel('Tìm theo tên hoặc mã đơn vị')).toHaveValue(sought.code);
  await expect(page).toHaveURL(new RegExp(`q=${sought.code}`));
  await expect(page.getByRole('row')).toHaveCount(2);
  await expect(page.getByRole('row').nth(1)).toContainText(sought.name);
  await page.getByLabel('Tìm theo tên hoặc mã đơn vị').clear();
  await expect(page.getByText(`1–20 trong ${firstPage.total} đơn vị`)).toBeVisible();
  await saveScreen(page, '03-don-vi');

  // A code with capitals and diacritics: the server's message beside the code, nothing saved.
  await page.getByRole('button', { name: 'Thêm đơn vị' }).click();
  const dialog = unitDialog(page, 'Thêm đơn vị');
  await dialog.getByLabel('Tên đơn vị').fill(LONG_NAME);
  await dialog.getByLabel('Mã đơn vị').fill('Phường Mới');
  await dialog.getByLabel('Loại đơn vị').fill('Phường');
  await page.keyboard.press('Enter');
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  const code = dialog.getByLabel('Mã đơn vị');
  await expect(code).toHaveAttribute('aria-invalid', 'true');
  await expect(code).toHaveAccessibleDescription(/Chỉ gồm chữ thường không dấu, số và dấu gạch ngang/);
  await expect(dialog.getByLabel('Tên đơn vị')).not.toHaveAttribute('aria-invalid', 'true');
  await saveScreen(page, '04-ma-don-vi-sai');
  const refused = await api.get<Page<Unit>>(
    `/councils/${council.id}/units?q=${encodeURIComponent('Phường Mới')}`,
  );
  expect(refused.total, 'nothing saved').toBe(0);
  expect((await api.get<Page<Unit>>(`/councils/${council.id}/units`)).total).toBe(firstPage.total);

  // Corrected, it is saved and listed; its long name wraps.
  const newCode = uniqueCode('trung-tam-van-hoa');
  await code.fill(newCode);
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(`Đã thêm đơn vị ${LONG_NAME}`)).toBeVisible();
  await page.getByLabel('Tìm theo tên hoặc mã đơn vị').fill(newCode);
  await expect(page.getByRole('row')).toHaveCount(2);
  await expect(page.getByRole('row').nth(1)).toContainText(LONG_NAME);
  await expect(page.getByRole('row').nth(1)).toContainText('Phường');
  await expectNoSidewaysScroll(page);
  await saveScreen(page, '05-da-them-don-vi');
  const saved = await api.get<Page<Unit>>(`/councils/${council.id}/units?q=${newCode}`);
  expect(saved.items.map((u) => u.name)).toEqual([LONG_NAME]);

  // The same code again: the database refuses it, and the message shows beside the code.
  await page.getByRole('button', { name: 'Thêm đơn vị' }).click();
  const again = unitDialog(page, 'Thêm đơn vị');
  await again.getByLabel('Tên đơn vị').fill('Một đơn vị khác');
  await again.getByLabel('Mã đơn vị').fill(newCode);
  await again.getByLabel('Loại đơn vị').fill('Xã');
  await page.keyboard.press('Enter');
  await again.getByRole('button', { name: 'Lưu' }).click();
  await expect(again.getByLabel('Mã đơn vị')).toHaveAccessibleDescription(
    /Mã đơn vị đã được dùng trong hội đồng này/,
  );
  await again.getByRole('button', { name: 'Hủy' }).click();
  await expect(again).toBeHidden();
  expect((await api.get<Page<Unit>>(`/councils/${council.id}/units?q=${newCode}`)).total).toBe(1);
});

test('an edit that someone else saved first shows the server’s message and offers the newer version', async ({
  page,
}) => {
  await signInThroughPage(page, STANDING_OFFICE, DEMO_PASSWORD);
  const api = await Api.current(page.request);
  const council = await api.firstCouncil();
  const unitCode = uniqueCode('phuong-thu-nghiem');
  const unit = await api.send<Unit>('POST', `/councils/${council.id}/units`, {
    code: unitCode,
    name: 'Phường Thử Nghiệm',
    type: 'ward',
  });

  await page.goto(`/hoi-dong/${council.id}/don-vi?q=${unitCode}`);
  await page.getByRole('button', { name: 'Sửa Phường Thử Nghiệm' }).click();
  const dialog = unitDialog(page, 'Sửa thông tin đơn vị');
  await dialog.getByLabel('Tên đơn vị').fill('Phường Thử Nghiệm (tên của tôi)');

  // Meanwhile a colleague renames it.
  await api.send('PATCH', `/units/${unit.id}`, { name: 'Phường Thử Nghiệm (đồng nghiệp sửa)', version: 1 });

  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(dialog.getByRole('alert')).toContainText('Dữ liệu đã được người khác thay đổi');
  await saveScreen(page, '06-xung-dot-khi-sua');
  await dialog.getByRole('button', { name: 'Tải lại bản mới nhất' }).click();
  await expect(dialog.getByLabel('Tên đơn vị')).toHaveValue('Phường Thử Nghiệm (đồng nghiệp sửa)');
  await expect(dialog.getByRole('alert')).toHaveCount(0);

  await dialog.getByLabel('Tên đơn vị').fill('Phường Thử Nghiệm (đã thống nhất)');
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('row').nth(1)).toContainText('Phường Thử Nghiệm (đã thống nhất)');
  const [saved] = (await api.get<Page<Unit>>(`/councils/${council.id}/units?q=${unitCode}`)).items;
  expect(saved).toMatchObject({ name: 'Phường Thử Nghiệm (đã thống nhất)', version: 3 });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

  test('sign-in, home, menu and units fit the screen', async ({ page }) => {
    await page.goto('/dang-nhap');
    await expectNoSidewaysScroll(page);
    await saveScreen(page, '10-dien-thoai-dang-nhap');
    await signInThroughPage(page, STANDING_OFFICE, DEMO_PASSWORD);
    await expect(page.getByRole('heading', { name: 'Hội đồng của tôi' })).toBeVisible();
    await expect(page.getByRole('row').nth(1)).toBeVisible();
    await expectNoSidewaysScroll(page);
    await saveScreen(page, '11-dien-thoai-trang-chu');

    await page.getByRole('button', { name: 'Mở danh mục' }).click();
    const menu = page.getByRole('dialog', { name: 'Danh mục' });
    await expect(menu.getByRole('link', { name: 'Đơn vị', exact: true })).toBeVisible();
    await expect(menu.getByRole('link', { name: 'Nhật ký thay đổi' })).toBeVisible();
    await saveScreen(page, '12-dien-thoai-danh-muc');
    await menu.getByRole('link', { name: 'Đơn vị', exact: true }).click();
    await expect(menu).toBeHidden();
    await expect(page.getByRole('heading', { name: 'Đơn vị', exact: true })).toBeVisible();
    await expect(page.getByRole('row').nth(1)).toBeVisible();
    await expectNoSidewaysScroll(page);
    await saveScreen(page, '13-dien-thoai-don-vi');

    await page.getByRole('button', { name: 'Thêm đơn vị' }).click();
    await expect(unitDialog(page, 'Thêm đơn vị').getByLabel('Tên đơn vị')).toBeVisible();
    await expectNoSidewaysScroll(page);
    await saveScreen(page, '14-dien-thoai-them-don-vi');
  });
});
