import { expect, type Page } from '@playwright/test';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../apps/server/src/demo/seed-demo';

export { DEMO_ACCOUNTS, DEMO_PASSWORD };

/** The demo standing office: the account these tests work as. */
export const STANDING_OFFICE = 'cqtt';

/** Signs in through the sign-in page, as a person would. */
export async function signInThroughPage(page: Page, username: string, password: string): Promise<void> {
  if (!page.url().includes('/dang-nhap')) await page.goto('/dang-nhap');
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page).not.toHaveURL(/\/dang-nhap/);
}
