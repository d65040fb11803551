import { test as base, expect } from '@playwright/test';
import { Sessions } from './registrations';

/**
 * Playwright's test, failing any test whose page threw or logged an error (a crash in a screen, a
 * refused script or style) even when the assertions passed. Refused API calls (4xx) are expected in
 * these tests and Chromium logs each one; those are not errors of the page.
 */
export const test = base.extend<{ pageErrors: string[]; sessions: Sessions }>({
  pageErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() !== 'error') return;
        if (/Failed to load resource: the server responded with a status of 4\d\d/.test(message.text()))
          return;
        errors.push(`console: ${message.text()}`);
      });
      await use(errors);
      expect(errors, 'errors in the page').toEqual([]);
    },
    { auto: true },
  ],
  /** Signed-in API sessions of the demo accounts, each with its own cookies; disposed after the test. */
  sessions: async ({ playwright, baseURL }, use) => {
    const sessions = new Sessions(playwright.request, baseURL);
    await use(sessions);
    await sessions.dispose();
  },
});

export { expect };
