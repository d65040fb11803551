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
