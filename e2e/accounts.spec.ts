import { readFileSync } from 'node:fs';
import type { UserView as UserAccount } from '@thidua/contracts/users';
import { type SmtpProcess, startSmtpProcess } from '../apps/server/test/smtp-process';
import { DEMO_PASSWORD, signInThroughPage } from './support/accounts';
import { Api, type Page as ApiPage, type Unit } from './support/api';
import { expect, test } from './support/fixtures';
import { suffix } from './support/organisation';

// Accounts in bulk on the users screen (issue #17 §2): the administrator makes accounts for two new
// units delivered by the credential sheet, and one by an invitation e-mail, received by a real SMTP
// server on the port the test server sends to (playwright.config.ts); the invitation's link sets the
// password in the browser and signs in, once.

let smtp: SmtpProcess | undefined;
test.beforeAll(async () => {
  smtp = await startSmtpProcess(Number(process.env.THIDUA_E2E_SMTP_PORT));
});
test.afterAll(async () => {
  await smtp?.stop();
});

/** The first message to `to` the SMTP server received (the server's mail worker sends every 2 s). */
async function mailTo(to: string, subject: string) {
  await expect
    .poll(() => smtp!.received.some((m) => m.to.includes(to) && m.parsed.subject === subject), {
      timeout: 30_000,
    })
    .toBe(true);
  return smtp!.received.find((m) => m.to.includes(to) && m.parsed.subject === subject)!;
}

test('the administrator makes unit accounts in bulk: two on the credential sheet, one by an invitation whose link sets the password', async ({
  page,
  browser,
}) => {
  // Three browser contexts, a PDF and two e-mails through the worker: longer than the default.
  test.setTimeout(240_000);
  await signInThroughPage(page, 'quantri', DEMO_PASSWORD);
  const api = await Api.current(page.request);
  const council = await api.firstCouncil();
  const tag = suffix();
  const made: Unit[] = [];
  for (const [i, name] of [`Phường Hòa Bình ${tag}`, `Xã Tân Lập ${tag}`, `Xã Yên Thế ${tag}`].entries())
    made.push(
      await api.send<Unit>('POST', `/councils/${council.id}/units`, {
        code: `tk-${i}-${tag}`,
        name,
        type: i === 0 ? 'ward' : 'commune',
      }),
    );
  const staffOf = async (unit: Unit) =>
    (
      await api.get<ApiPage<UserAccount>>(
        `/councils/${council.id}/users?role=unitStaff&unitId=${unit.id}&pageSize=10`,
      )
    ).items;

  await page.getByRole('navigation').getByRole('link', { name: 'Người dùng, vai trò' }).click();
  await page.getByRole('button', { name: 'Tạo tài khoản hàng loạt' }).click();
  let dialog = page.getByRole('dialog', { name: 'Tạo tài khoản hàng loạt cho các đơn vị' });
  // The new units have no account: they are among those chosen at first.
  for (const unit of made) await expect(dialog.getByLabel(`Chọn ${unit.name}`)).toBeChecked();
  await dialog.getByRole('button', { name: 'Bỏ chọn tất cả' }).click();
  await expect(dialog.getByText('Đã chọn 0 đơn vị')).toBeVisible();
  await dialog.getByLabel(`Chọn ${made[0]!.name}`).check();
  await dialog.getByLabel(`Chọn ${made[1]!.name}`).check();
  await expect(dialog.getByText('Đã chọn 2 đơn vị')).toBeVisible();
  await dialog.getByLabel('Tiền tố tên đăng nhập').fill('e2e');

  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Tạo và tải phiếu cấp tài khoản' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('Phiếu cấp tài khoản.pdf');
  expect(
    readFileSync(await download.path())
      .subarray(0, 5)
      .toString(),
  ).toBe('%PDF-');
  await expect(page.getByText('Đã tạo tài khoản cho 2 đơn vị')).toBeVisible();
  await expect(dialog).toBeHidden();
  for (const [i, unit] of made.slice(0, 2).entries())
    expect((await staffOf(unit)).map((u) => u.username)).toEqual([`e2e.tk-${i}-${tag}`]);

  // The third by invitation: the address is checked per row before anything is made.
  await page.getByRole('button', { name: 'Tạo tài khoản hàng loạt' }).click();
  dialog = page.getByRole('dialog', { name: 'Tạo tài khoản hàng loạt cho các đơn vị' });
  await expect(dialog.getByLabel(`Chọn ${made[0]!.name}`)).toBeDisabled();
  await dialog.getByRole('button', { name: 'Bỏ chọn tất cả' }).click();
  await dialog.getByLabel(`Chọn ${made[2]!.name}`).check();
  await dialog.getByText('Gửi thư mời qua thư điện tử').click();
  await dialog.getByLabel(`Thư điện tử của ${made[2]!.name}`).fill('vanthu-yenthe');
  await dialog.getByRole('button', { name: 'Tạo và gửi thư mời' }).click();
  await expect(dialog.getByRole('alert')).toContainText(
    `Dòng 1 (${made[2]!.name}): địa chỉ thư điện tử "vanthu-yenthe" không hợp lệ`,
  );
  expect(await staffOf(made[2]!)).toEqual([]);
  const email = `vanthu-${tag}@yenthe.gov.vn`;
  await dialog.getByLabel(`Thư điện tử của ${made[2]!.name}`).fill(email);
  await dialog.getByRole('button', { name: 'Tạo và gửi thư mời' }).click();
  await expect(page.getByText('Đã tạo 1 tài khoản và gửi thư mời đặt mật khẩu')).toBeVisible();
  const [invited] = await staffOf(made[2]!);
  expect(invited!.email).toBe(email);

  const mail = await mailTo(email, '[Thi đua] Mời đặt mật khẩu tài khoản');
  expect(mail.parsed.text).toContain(`tên đăng nhập "${invited!.username}"`);
  const link = /(http:\/\/\S+\/dat-mat-khau\?token=[\w-]+)/.exec(mail.parsed.text ?? '')![1]!;

  // The invited person, in a browser of their own: the link sets the password and signs in.
  const context = await browser.newContext();
  const theirs = await context.newPage();
  await theirs.goto(link);
  await expect(theirs.getByRole('heading', { name: 'Đặt mật khẩu' })).toBeVisible();
  await theirs.getByLabel('Mật khẩu mới', { exact: true }).fill('ngan1');
  await theirs.getByLabel('Nhập lại mật khẩu mới').fill('ngan1');
  await theirs.getByRole('button', { name: 'Đặt mật khẩu và đăng nhập' }).click();
  await expect(theirs.getByRole('alert')).toContainText('ít nhất 10 ký tự');
  await theirs.getByLabel('Mật khẩu mới', { exact: true }).fill('YenThe-2026-matkhau');
  await theirs.getByLabel('Nhập lại mật khẩu mới').fill('YenThe-2026-matkhau');
  await theirs.getByRole('button', { name: 'Đặt mật khẩu và đăng nhập' }).click();
  await expect(theirs).not.toHaveURL(/dat-mat-khau/);
  const me = (await (await theirs.request.get('/api/v1/auth/me')).json()) as { user: { username: string } };
  expect(me.user.username).toBe(invited!.username);

  // Used once: the same link again says so, in Vietnamese.
  const again = await browser.newContext();
  const second = await again.newPage();
  await second.goto(link);
  await second.getByLabel('Mật khẩu mới', { exact: true }).fill('KhacNua-2026-matkhau');
  await second.getByLabel('Nhập lại mật khẩu mới').fill('KhacNua-2026-matkhau');
  await second.getByRole('button', { name: 'Đặt mật khẩu và đăng nhập' }).click();
  await expect(second.getByRole('alert')).toContainText('đã được dùng');

  // Forgotten later: "Quên mật khẩu?" on the sign-in page sends a reset link to the same address.
  await second.goto('/dang-nhap');
  await second.getByRole('link', { name: 'Quên mật khẩu?' }).click();
  await second.getByLabel('Tên đăng nhập hoặc thư điện tử').fill(invited!.username);
  await second.getByRole('button', { name: 'Gửi đường liên kết' }).click();
  await expect(second.getByRole('status')).toContainText('Đã ghi nhận yêu cầu');
  const reset = await mailTo(email, '[Thi đua] Đặt lại mật khẩu');
  expect(reset.parsed.text).toMatch(/dat-mat-khau\?token=[\w-]+/);
  await context.close();
  await again.close();
});
