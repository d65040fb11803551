import { execFileSync } from 'node:child_process';
import { defineConfig } from '@playwright/test';

/**
 * Browser tests against the real server: `npm start`'s own script (which builds the web application
 * when its sources changed) on a free port, with a fresh temporary database seeded with the demo
 * council (e2e/web-server.ts). Debian's Chromium, never a downloaded browser.
 */

// This file is read by the runner and again by every worker: the ports are chosen once and inherited.
const freePort = () =>
  execFileSync(process.execPath, [
    '-e',
    "const s = require('node:net').createServer(); s.listen(0, '127.0.0.1', () => { process.stdout.write(String(s.address().port)); s.close(); });",
  ])
    .toString()
    .trim();
process.env.THIDUA_E2E_PORT ??= freePort();
// The server's e-mail goes to this port, where the spec that reads e-mail (accounts.spec.ts) runs a real
// SMTP server while it needs one; the rest of the time messages wait in the outbox, as in production.
process.env.THIDUA_E2E_SMTP_PORT ??= freePort();
const port = process.env.THIDUA_E2E_PORT;
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'e2e/test-results',
  // One server and one database for the run; each test makes its own data, but the login rate limit and
  // account lockout are per server, so tests run one at a time.
  workers: 1,
  fullyParallel: false,
  // One retry: these shared 2-core machines stall now and then for longer than any wait here. A test
  // that passes only on its retry is printed as "flaky" by the list reporter, to be fixed, and a test
  // that fails twice fails the run.
  retries: 1,
  forbidOnly: Boolean(process.env.CI),
  // Generous for a shared 2-core machine under load (a screen that takes 10 s there is still a pass: speed
  // is measured by the benchmarks, never by these tests).
  timeout: 90_000,
  expect: { timeout: 20_000 },
  reporter: [['list']],
  use: {
    baseURL,
    // A click or a fill that cannot happen fails here, naming itself, instead of standing until the
    // test's own timeout (once a whole walk stood ten minutes at one step that said nothing).
    actionTimeout: 60_000,
    navigationTimeout: 90_000,
    viewport: { width: 1366, height: 768 },
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: 'node --import tsx e2e/web-server.ts',
    url: `${baseURL}/api/docs/json`,
    // Building the web application (when stale) and seeding the demo council take a while.
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    stderr: 'pipe',
    gracefulShutdown: { signal: 'SIGTERM', timeout: 15_000 },
    env: {
      PORT: port,
      HOST: '127.0.0.1',
      THIDUA_DEMO: 'true',
      // Every test signs in from 127.0.0.1; the limit per address is not what these tests are about.
      THIDUA_LOGIN_LIMIT_PER_MINUTE: '1000',
      THIDUA_LOGIN_LIMIT_PER_NAME_PER_MINUTE: '1000',
      // The lockout test counts on these (the defaults, stated so a changed default cannot break it).
      THIDUA_LOCKOUT_AFTER: '5',
      THIDUA_LOCKOUT_MINUTES: '15',
      THIDUA_SMTP_URL: `smtp://127.0.0.1:${process.env.THIDUA_E2E_SMTP_PORT}`,
      THIDUA_MAIL_FROM: 'Thi đua, khen thưởng <thidua@e2e.test>',
      THIDUA_MAIL_EVERY_SECONDS: '2',
      THIDUA_PUBLIC_URL: baseURL,
    },
  },
});
