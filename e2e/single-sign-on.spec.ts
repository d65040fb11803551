import type { Page } from '@playwright/test';
import type { ChildProcess } from 'node:child_process';
import { CLIENT_ID, CLIENT_SECRET, startProvider, stopProvider } from '../apps/server/test/sso-provider';
import { signInThroughPage } from './support/accounts';
import { Api } from './support/api';
import { expect, test } from './support/fixtures';
import { freePort, type OwnServer, ownServer } from './support/own-server';

// Single sign-on in the browser (issue #17 §3): a real OpenID provider (oidc-provider, its own process)
// and the spec's own production server configured for it. A deep link survives the round trip through
// the provider; signing out ends the provider's session too; a person without an account is told why in
// Vietnamese and can still sign in with a password and land where they were going.

const SSO_BUTTON = 'Đăng nhập bằng tài khoản công vụ';
const ADMIN = { username: 'quantri.sso', name: 'Lê Văn Khánh', password: 'QuanTri-Sso-2026' };

let provider: ChildProcess | undefined;
let server: OwnServer | undefined;
let deepLink = '';

test.beforeAll(async ({ playwright }) => {
  test.setTimeout(180_000);
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const started = await startProvider({
    clientId: CLIENT_ID,
    clientSecret: CLIENT_SECRET,
    redirectUris: [`${base}/api/v1/auth/oidc/callback`],
  });
  provider = started.child;
  server = ownServer(port, {
    THIDUA_OIDC_ISSUER: started.issuer,
    THIDUA_OIDC_CLIENT_ID: CLIENT_ID,
    THIDUA_OIDC_CLIENT_SECRET: CLIENT_SECRET,
    THIDUA_OIDC_NAME: SSO_BUTTON,
    THIDUA_PUBLIC_URL: base,
  });
  server.createCouncilAdmin(ADMIN, { code: 'sso', name: 'Hội đồng Thi đua - Khen thưởng tỉnh Thử' });
  await server.start();
  const request = await playwright.request.newContext({ baseURL: base });
  const council = await (await Api.signIn(request, ADMIN.username, ADMIN.password)).firstCouncil();
  deepLink = `/hoi-dong/${council.id}/nguoi-dung`;
  await request.dispose();
});

test.afterAll(async () => {
  await server?.stop();
  await stopProvider(provider);
});

/** At the provider's own pages (its development login and consent): signs in as `login`. */
async function signInAtProvider(page: Page, login: string) {
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill('bất kỳ');
  await page.getByRole('button', { name: /sign-?in/i }).click();
  await page.getByRole('button', { name: /continue/i }).click();
}

test('a deep link survives single sign-on, and signing out ends the provider’s session too', async ({
  browser,
}) => {
  const context = await browser.newContext({ baseURL: server!.baseURL, locale: 'vi-VN' });
  const page = await context.newPage();
  await page.goto(deepLink);
  await expect(page).toHaveURL(/\/dang-nhap\?tiep=/);
  await page.getByRole('link', { name: SSO_BUTTON }).click();
  await signInAtProvider(page, ADMIN.username);
  await expect(page).toHaveURL(new RegExp(`${deepLink}$`));
  await expect(page.getByRole('heading', { name: 'Người dùng, vai trò' })).toBeVisible();

  await page.getByRole('button', { name: `Tài khoản: ${ADMIN.name}` }).click();
  await page.getByRole('menuitem', { name: 'Đăng xuất' }).click();
  // The provider asks, then sends the browser back to the sign-in page.
  await page.getByRole('button', { name: /yes/i }).click();
  await expect(page).toHaveURL(/\/dang-nhap/);
  await expect(page.getByRole('link', { name: SSO_BUTTON })).toBeVisible();
  // The provider's session is over: single sign-on asks for the login again.
  await page.getByRole('link', { name: SSO_BUTTON }).click();
  await expect(page.locator('input[name="login"]')).toBeVisible();
  await context.close();
});

test('a person without an account is told why, and a password sign-in still opens the deep link', async ({
  browser,
}) => {
  const context = await browser.newContext({ baseURL: server!.baseURL, locale: 'vi-VN' });
  const page = await context.newPage();
  await page.goto(deepLink);
  await page.getByRole('link', { name: SSO_BUTTON }).click();
  await signInAtProvider(page, 'nguoi.la');
  await expect(page).toHaveURL(/\/dang-nhap\?sso=loi&tiep=/);
  const alert = page.getByRole('alert').filter({ hasText: 'Đăng nhập một lần không thành công' });
  await expect(alert).toContainText('Tài khoản "nguoi.la" chưa có trong hệ thống');
  await signInThroughPage(page, ADMIN.username, ADMIN.password);
  await expect(page).toHaveURL(new RegExp(`${deepLink}$`));
  await context.close();
});
