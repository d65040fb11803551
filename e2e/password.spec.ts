import { randomBytes } from 'node:crypto';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './support/accounts';
import { Api } from './support/api';
import { expect, test } from './support/fixtures';
import { saveScreen } from './support/screens';

test('an account with a temporary password must change it before anything else', async ({
  page,
  playwright,
  baseURL,
}) => {
  // A demo administrator creates the account, as the users screen will.
  const adminContext = await playwright.request.newContext({ baseURL });
  let admin: Api | undefined;
  for (const account of DEMO_ACCOUNTS) {
    const candidate = await Api.signIn(adminContext, account.username, DEMO_PASSWORD);
    if (candidate.session.memberships.some((m) => m.role === 'administrator')) {
      admin = candidate;
      break;
    }
  }
  expect(admin, 'a demo account administers a council').toBeDefined();
  const council = await admin!.firstCouncil();
  const username = `e2e.${randomBytes(3).toString('hex')}`;
  const temporary = 'TamThoi-2025';
  await admin!.send('POST', `/councils/${council.id}/users`, {
    username,
    displayName: 'Trần Thị Bích Ngọc',
    role: 'councilMember',
    temporaryPassword: temporary,
  });
  await adminContext.dispose();

  await page.goto('/dang-nhap');
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(temporary);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page).toHaveURL(/\/doi-mat-khau$/);
  await expect(page.getByRole('heading', { name: 'Đổi mật khẩu trước khi bắt đầu' })).toBeVisible();
  await saveScreen(page, '09-doi-mat-khau-bat-buoc');

  // Nothing else opens first.
  await page.goto('/');
  await expect(page).toHaveURL(/\/doi-mat-khau$/);

  const current = page.getByLabel('Mật khẩu hiện tại');
  const next = page.getByLabel('Mật khẩu mới', { exact: true });
  const confirm = page.getByLabel('Nhập lại mật khẩu mới');
  const submit = page.getByRole('button', { name: 'Đổi mật khẩu' });

  await current.fill('khong-dung-1');
  await next.fill('MatKhauMoi-2025');
  await confirm.fill('MatKhauMoi-2025');
  await submit.click();
  await expect(current).toHaveAccessibleDescription('Mật khẩu hiện tại không đúng');

  await current.fill(temporary);
  await next.fill('ngan1');
  await confirm.fill('ngan1');
  await submit.click();
  await expect(next).toHaveAccessibleDescription(/Mật khẩu quá yếu/);
  await expect(page.getByRole('alert')).toContainText('Mật khẩu mới phải có ít nhất 10 ký tự, gồm chữ và số');
  await saveScreen(page, '09b-mat-khau-qua-yeu');

  await next.fill('MatKhauMoi-2025');
  await confirm.fill('MatKhauMoi-2025');
  await submit.click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('banner')).toContainText('Trần Thị Bích Ngọc');
  await expect(page.getByRole('banner')).toContainText('Thành viên Hội đồng');
});
