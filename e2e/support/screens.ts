import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';

const ARTIFACTS = join(import.meta.dirname, '..', 'artifacts');
mkdirSync(ARTIFACTS, { recursive: true });

/** Keeps a picture of a key screen in e2e/artifacts/ (not committed), dialogs and drawers fully open. */
export async function saveScreen(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true, animations: 'disabled' });
}

/** Nothing sticks out sideways: long Vietnamese names wrap instead of widening the page. */
export async function expectNoSidewaysScroll(page: Page): Promise<void> {
  // Polled: after a viewport change the screen re-renders for the new width (table → cards) a moment later.
  await expect
    .poll(
      () =>
        page.evaluate<number>('document.documentElement.scrollWidth - document.documentElement.clientWidth'),
      { message: 'the page is wider than the window' },
    )
    .toBeLessThanOrEqual(0);
}

/**
 * Waits for a confirmation message (antd `message`). Two saves in a row show the same message twice while
 * the first is still fading out, so the newest one is the one awaited.
 */
export async function expectNotice(page: Page, text: string): Promise<void> {
  await expect(page.locator('.ant-message-notice').filter({ hasText: text }).last()).toBeVisible();
}

/**
 * Chooses `option` in the antd Select labelled `label` (its whole list shown, no typing), and waits until
 * the list has closed.
 */
export async function chooseByLabel(page: Page, label: string, option: string): Promise<void> {
  const select = page.getByLabel(label, { exact: true });
  await select.click();
  // antd draws the visible options apart from its (hidden) accessible list; each carries its label as title.
  const item = page.locator('.ant-select-dropdown:visible').getByTitle(option, { exact: true });
  await expect(item).toBeVisible();
  // A click landing while the list still slides open is ignored (a loaded machine): the option under the
  // pointer is the active one and Enter takes it; until the list has closed, try again.
  await expect(async () => {
    if (await item.isVisible()) {
      await item.hover();
      await select.press('Enter');
    }
    await expect(page.locator('.ant-select-dropdown:visible')).toHaveCount(0, { timeout: 1_000 });
  }).toPass({ timeout: 10_000 });
}
