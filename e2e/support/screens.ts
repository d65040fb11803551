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
