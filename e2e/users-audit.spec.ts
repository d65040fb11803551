import type { PeriodView as Period } from '@thidua/contracts/periods';
import type { ClusterView as Cluster } from '@thidua/contracts/periods-clusters';
import type { UserView as UserAccount } from '@thidua/contracts/users';
import { DEMO_PASSWORD, signInThroughPage, STANDING_OFFICE } from './support/accounts';
import { Api, type Page as ApiPage, type Unit } from './support/api';
import { expect, test } from './support/fixtures';
import { choose, suffix } from './support/organisation';
import { expectNoSidewaysScroll, saveScreen } from './support/screens';

test('an administrator creates an account and gives it a role; its temporary password signs in and must be changed', async ({
  page,
}) => {
  await signInThroughPage(page, 'quantri', DEMO_PASSWORD);
  const api = await Api.current(page.request);
  const council = await api.firstCouncil();
  const { items: units } = await api.get<ApiPage<Unit & { active: boolean }>>(
    `/councils/${council.id}/units?pageSize=500`,
  );
  const unit = units.find((u) => u.active)!;
  const tag = suffix();
  const username = `can.bo.${tag}`;
  const displayName = `Nguyễn Thị Thanh Xuân ${tag}`;

  await page.getByRole('navigation').getByRole('link', { name: 'Người dùng, vai trò' }).click();
  await expect(page.getByRole('heading', { name: 'Người dùng, vai trò' })).toBeVisible();
  const listed = await api.get<ApiPage<UserAccount>>(`/councils/${council.id}/users?pageSize=20`);
  await expect(page.getByText(`1–20 trong ${listed.total} người dùng`)).toBeVisible();

  // A new unit staff account: the server's temporary password is shown once, clearly.
  await page.getByRole('button', { name: 'Tạo tài khoản', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Tạo tài khoản' });
  await dialog.getByLabel('Họ và tên').fill(displayName);
  await dialog.getByLabel('Tên đăng nhập').fill('tên có dấu');
  await choose(page, dialog.getByLabel('Đơn vị công tác'), unit.name);
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(dialog.getByLabel('Tên đăng nhập')).toHaveAccessibleDescription(
    /Chỉ gồm chữ không dấu, số, dấu chấm, gạch dưới, gạch ngang/,
  );
  const none = await api.get<ApiPage<UserAccount>>(`/councils/${council.id}/users?q=${tag}`);
  expect(none.total, 'nothing saved').toBe(0);
  await dialog.getByLabel('Tên đăng nhập').fill(username);
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  const shown = page.getByRole('dialog', { name: 'Mật khẩu tạm' });
  await expect(shown).toContainText(`Mật khẩu tạm của ${displayName} (tên đăng nhập: ${username})`);
  await expect(shown).toContainText('chỉ hiển thị MỘT LẦN');
  const password = (await shown.getByTestId('temporary-password').textContent())!.trim();
  expect(password).toMatch(/^(?=.*\p{L})(?=.*\d).{10,}$/u);
  await saveScreen(page, '56-mat-khau-tam');
  await shown.getByRole('button', { name: 'Tôi đã ghi lại mật khẩu' }).click();
  await expect(shown).toBeHidden();

  // Found by a search; a second role given in its roles panel.
  await page.getByLabel('Tìm theo tên hoặc tên đăng nhập').fill(tag);
  await expect(page).toHaveURL(new RegExp(`q=${tag}`));
  const row = page.getByRole('table', { name: 'Người dùng, vai trò' }).locator('tbody tr');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(displayName);
  await expect(row).toContainText(`Cán bộ đơn vị — ${unit.name}`);
  await expect(row).toContainText('Chưa đổi mật khẩu tạm');
  await row.getByRole('button', { name: `Vai trò của ${displayName}` }).click();
  const roles = page.getByRole('dialog', { name: `Vai trò của ${displayName}` });
  await choose(page, roles.getByLabel('Vai trò', { exact: true }), 'Thành viên Hội đồng', { search: false });
  await roles.getByRole('button', { name: 'Thêm vai trò' }).click();
  await expect(page.getByText('Đã thêm vai trò')).toBeVisible();
  await expect(roles.getByRole('region', { name: 'Vai trò trong Hội đồng' })).toContainText(
    'Thành viên Hội đồng',
  );
  await saveScreen(page, '57-vai-tro-nguoi-dung');
  const [created] = (await api.get<ApiPage<UserAccount>>(`/councils/${council.id}/users?q=${tag}`)).items;
  expect(created!.username).toBe(username);
  expect(created!.mustChangePassword).toBe(true);
  expect(created!.memberships.filter((m) => !m.endedAt).map((m) => [m.role, m.unitId])).toEqual([
    ['unitStaff', unit.id],
    ['councilMember', null],
  ]);
  await roles.getByRole('button', { name: 'Đóng' }).first().click();

  // The temporary password signs in, and the password change comes first.
  await page.context().clearCookies();
  await page.goto('/dang-nhap');
  await signInThroughPage(page, username, password);
  await expect(page).toHaveURL(/\/doi-mat-khau$/);
  await expect(page.getByRole('heading', { name: 'Đổi mật khẩu trước khi bắt đầu' })).toBeVisible();
  await page.getByLabel('Mật khẩu hiện tại').fill(password);
  await page.getByLabel('Mật khẩu mới', { exact: true }).fill(`MatKhau-${tag}-2051`);
  await page.getByLabel('Nhập lại mật khẩu mới').fill(`MatKhau-${tag}-2051`);
  await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('banner')).toContainText(displayName);

  // The administrator resets the password: the new temporary one is shown once and works the same way.
  await page.context().clearCookies();
  await page.goto('/dang-nhap');
  await signInThroughPage(page, 'quantri', DEMO_PASSWORD);
  await page.goto(`/hoi-dong/${council.id}/nguoi-dung?q=${tag}`);
  const again = page.getByRole('table', { name: 'Người dùng, vai trò' }).locator('tbody tr');
  await expect(again).toHaveCount(1);
  await expect(again).not.toContainText('Chưa đổi mật khẩu tạm');
  await again.getByRole('button', { name: `Thao tác khác: ${displayName}` }).click();
  await page.getByRole('menuitem', { name: 'Đặt lại mật khẩu' }).click();
  const reset = page.getByRole('dialog', { name: `Đặt lại mật khẩu của ${displayName}` });
  const chosen = await reset.getByLabel('Mật khẩu tạm mới').inputValue();
  expect(chosen).toMatch(/^(?=.*[a-zA-Z])(?=.*\d).{14}$/);
  await reset.getByRole('button', { name: 'Đặt lại mật khẩu' }).click();
  const shownAgain = page.getByRole('dialog', { name: 'Mật khẩu tạm' });
  await expect(shownAgain.getByTestId('temporary-password')).toHaveText(chosen);
  await shownAgain.getByRole('button', { name: 'Tôi đã ghi lại mật khẩu' }).click();
  await expect(again).toContainText('Chưa đổi mật khẩu tạm');
  await page.context().clearCookies();
  await page.goto('/dang-nhap');
  await signInThroughPage(page, username, chosen);
  await expect(page).toHaveURL(/\/doi-mat-khau$/);
});

test('a council member sees only the clusters they follow, read-only, and not the standing office’s screens', async ({
  page,
}) => {
  await signInThroughPage(page, 'hoidong', DEMO_PASSWORD);
  const api = await Api.current(page.request);
  const council = await api.firstCouncil();
  const nav = page.getByRole('navigation');
  await expect(nav.getByRole('link', { name: 'Cụm, khối theo dõi' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Kỳ thi đua, cụm và khối' })).toHaveCount(0);
  await expect(nav.getByRole('link', { name: 'Người dùng, vai trò' })).toHaveCount(0);
  await expect(nav.getByRole('link', { name: 'Nhật ký thay đổi' })).toHaveCount(0);

  await nav.getByRole('link', { name: 'Cụm, khối theo dõi' }).click();
  await expect(page.getByRole('heading', { name: 'Cụm, khối tôi theo dõi' })).toBeVisible();
  // This year's period (the demo's; other specs' periods may exist), and what the API says the member follows.
  const { items: periods } = await api.get<ApiPage<Period>>(
    `/councils/${council.id}/periods?year=${new Date().getFullYear()}&calendar=calendarYear`,
  );
  const period = periods[0]!;
  await choose(page, page.getByLabel('Kỳ thi đua', { exact: true }), period.name, { search: false });
  await expect(page.locator('.ant-select').filter({ has: page.locator('#followed-period') })).toContainText(
    period.name,
  );
  const { items: clusters } = await api.get<ApiPage<Cluster>>(`/periods/${period.id}/clusters?pageSize=500`);
  const followed = clusters.filter((c) => c.follower?.userId === api.session.user.id);
  expect(followed.length, 'the demo member follows a cluster this year').toBeGreaterThan(0);
  for (const cluster of followed) {
    await expect(page.getByRole('heading', { level: 2, name: cluster.name })).toBeVisible();
    const members = page.getByRole('table', { name: `Đơn vị thành viên — ${cluster.name}` });
    await expect(members.locator('tbody tr')).toHaveCount(cluster.members.length);
    const link = page.getByRole('link', { name: `Xem xếp hạng, khen thưởng của ${cluster.name}` });
    await expect(link).toHaveAttribute('href', new RegExp(`ky=${period.id}&cum=${cluster.id}`));
  }
  for (const other of clusters.filter((c) => !followed.includes(c))) {
    await expect(page.getByRole('heading', { level: 2, name: other.name })).toHaveCount(0);
  }
  await expect(page.getByRole('button', { name: /Sửa|Thêm|Lưu/ })).toHaveCount(0);
  await expectNoSidewaysScroll(page);
  await saveScreen(page, '58-cum-theo-doi');

  await page.goto(`/hoi-dong/${council.id}/ky-thi-dua`);
  await expect(page.getByText('Bạn không có quyền mở màn hình này')).toBeVisible();
});

test('a unit staff account cannot open the users or the audit log: a plain “no permission” page', async ({
  page,
}) => {
  await signInThroughPage(page, 'donvi', DEMO_PASSWORD);
  const api = await Api.current(page.request);
  const council = await api.firstCouncil();
  const nav = page.getByRole('navigation');
  await expect(nav.getByRole('link', { name: 'Đơn vị', exact: true })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Người dùng, vai trò' })).toHaveCount(0);
  await expect(nav.getByRole('link', { name: 'Nhật ký thay đổi' })).toHaveCount(0);

  await page.goto(`/hoi-dong/${council.id}/nguoi-dung`);
  await expect(page.getByText('Bạn không có quyền mở màn hình này')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Về trang chủ' })).toBeVisible();
  await page.goto(`/hoi-dong/${council.id}/nhat-ky`);
  await expect(page.getByText('Bạn không có quyền xem nhật ký thay đổi')).toBeVisible();
  // The server refuses too: the page is not merely hiding what the API would give.
  const refused = await page.request.get(`/api/v1/councils/${council.id}/audit`);
  expect(refused.status()).toBe(403);
  await saveScreen(page, '59-khong-co-quyen');
});

test('on a phone the period, its clusters and the audit log fit the screen', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signInThroughPage(page, STANDING_OFFICE, DEMO_PASSWORD);
  const api = await Api.current(page.request);
  const council = await api.firstCouncil();
  const { items: periods } = await api.get<ApiPage<Period & { stage: string }>>(
    `/councils/${council.id}/periods?year=${new Date().getFullYear()}&calendar=calendarYear`,
  );
  const period = periods[0]!;
  const { items: clusters } = await api.get<ApiPage<Cluster>>(`/periods/${period.id}/clusters?pageSize=500`);

  await page.goto(`/hoi-dong/${council.id}/ky-thi-dua/${period.id}`);
  await expect(page.getByRole('heading', { level: 1, name: period.name })).toBeVisible();
  const table = page.getByRole('table', { name: 'Cụm, khối thi đua' });
  await expect(table.locator('tbody tr')).toHaveCount(clusters.length);
  await expectNoSidewaysScroll(page);
  await saveScreen(page, '59b-ky-thi-dua-dien-thoai');

  await table.getByRole('button', { name: `Xem, sửa ${clusters[0]!.name}` }).click();
  const drawer = page.getByRole('dialog', { name: clusters[0]!.name });
  await expect(drawer.getByRole('table', { name: 'Đơn vị thành viên' }).locator('tbody tr')).toHaveCount(
    clusters[0]!.members.length,
  );
  await expectNoSidewaysScroll(page);
  await drawer.getByRole('button', { name: 'Đóng' }).first().click();

  await page.goto(`/hoi-dong/${council.id}/nhat-ky`);
  await expect(page.getByRole('heading', { name: 'Nhật ký thay đổi' })).toBeVisible();
  await expect(
    page.getByRole('table', { name: 'Nhật ký thay đổi' }).locator('tbody tr').first(),
  ).toBeVisible();
  await expectNoSidewaysScroll(page);
  await saveScreen(page, '59c-nhat-ky-dien-thoai');
});

test('the menu link opens the whole user list again, and the search box says so', async ({ page }) => {
  await signInThroughPage(page, 'quantri', DEMO_PASSWORD);
  const menuLink = page.getByRole('navigation').getByRole('link', { name: 'Người dùng, vai trò' });
  await menuLink.click();
  const box = page.getByRole('searchbox', { name: 'Tìm theo tên hoặc tên đăng nhập' });
  const rows = page.getByRole('main').getByRole('row');
  await box.fill('truonghoc');
  await box.press('Enter');
  await expect(page).toHaveURL(/[?&]q=truonghoc/);
  await expect(rows.filter({ hasText: 'cumtruong' })).toHaveCount(0);
  // The address changes under the list (the menu's link has no search): the box follows it.
  await menuLink.click();
  await expect(page).not.toHaveURL(/[?&]q=/);
  // The whole list again: more than the header and the one account found.
  await expect.poll(() => rows.count()).toBeGreaterThan(2);
  await expect(box).toHaveValue('');
});
