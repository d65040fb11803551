import AxeBuilder from '@axe-core/playwright';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page, TestInfo } from '@playwright/test';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, signInThroughPage } from './support/accounts';
import { expect, test } from './support/fixtures';
import { rawCodes, withoutOwnCodes } from './support/raw-codes';

/**
 * WCAG 2.1 AA, checked by axe-core in the browser: the sign-in page and every screen of every demo
 * role's menu (and the password change, notifications and account), on an office screen; on a phone,
 * the menu drawer and every screen of the three roles whose screens differ most (the standing office,
 * a member unit, the administrator: the other roles' screens are theirs with fewer buttons, and the
 * phone's layout is the screen's). Any serious or critical violation fails, listed as rule — screen —
 * element, so the list says what to fix and where. One sign-in per role. The scan waits until a screen
 * has its data and has stopped moving, and asks axe for violations only, to stay quick.
 *
 * The office-screen walk also reads each screen's text for raw codes (issue #11 §3: no award code,
 * identifier, slug or id reaches a person), so every screen is opened once for both checks.
 */

const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const OFFICE = { name: 'máy tính', size: { width: 1366, height: 768 } } as const;
const PHONE = { name: 'điện thoại', size: { width: 390, height: 844 } } as const;
const VIEWPORTS = [OFFICE, PHONE] as const;
const ROLES = DEMO_ACCOUNTS.map((account) => account.username);
const PHONE_ROLES = new Set(['cqtt', 'donvi', 'quantri']);

interface Animation {
  playState: string;
  effect: { getComputedTiming(): { iterations?: number } } | null;
}

interface Finding {
  rule: string;
  impact: string;
  screen: string;
  target: string;
  help: string;
}

/** Waits until a screen has loaded its data and stopped moving (a fading element has no final colour). */
async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  // Generous: a large screen on a busy machine takes a while.
  await expect(page.locator('.ant-spin-spinning, .ant-skeleton-active')).toHaveCount(0, { timeout: 60_000 });
  await page.waitForFunction(() =>
    // The e2e programme is typed without the DOM.
    (globalThis as unknown as { document: { getAnimations(): Animation[] } }).document
      .getAnimations()
      .every((a) => a.playState !== 'running' || a.effect?.getComputedTiming().iterations === Infinity),
  );
}

async function scan(page: Page, screen: string, findings: Finding[]): Promise<void> {
  await settle(page);
  const results = await new AxeBuilder({ page })
    .withTags(WCAG_AA)
    // Only the violations come back: the passes of a large screen take long to collect and send.
    .options({ resultTypes: ['violations'] })
    .analyze();
  for (const violation of results.violations) {
    if (violation.impact !== 'serious' && violation.impact !== 'critical') continue;
    for (const node of violation.nodes) {
      findings.push({
        rule: violation.id,
        impact: violation.impact,
        screen,
        target: node.target.join(' '),
        help: node.failureSummary?.split('\n').slice(1, 2).join('').trim() ?? violation.help,
      });
    }
  }
}

/** One line per element, grouped by rule, with a count per rule first. */
function report(findings: Finding[]): string {
  const byRule = new Map<string, Finding[]>();
  for (const finding of findings) byRule.set(finding.rule, [...(byRule.get(finding.rule) ?? []), finding]);
  const lines: string[] = [];
  for (const [rule, list] of byRule) {
    lines.push(`${rule} (${list[0]!.impact}): ${list.length}`);
    for (const f of list.slice(0, 40)) lines.push(`  ${f.screen} — ${f.target} — ${f.help}`);
    if (list.length > 40) lines.push(`  … ${list.length - 40} more`);
  }
  return lines.join('\n');
}

async function expectNoFindings(findings: Finding[], testInfo: TestInfo): Promise<void> {
  await testInfo.attach('axe-findings.json', {
    body: JSON.stringify(findings, null, 2),
    contentType: 'application/json',
  });
  expect(findings.length, `serious or critical WCAG 2.1 AA violations:\n${report(findings)}`).toBe(0);
}

test('the sign-in page meets WCAG 2.1 AA on an office screen and a phone', async ({ page }, testInfo) => {
  const findings: Finding[] = [];
  for (const viewport of VIEWPORTS) {
    await page.setViewportSize(viewport.size);
    await page.goto('/dang-nhap');
    await scan(page, `đăng nhập (${viewport.name})`, findings);
    // The form's own error messages are part of the page too.
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await expect(page.getByLabel('Tên đăng nhập')).toHaveAttribute('aria-invalid', 'true');
    await scan(page, `đăng nhập, thiếu thông tin (${viewport.name})`, findings);
  }
  await expectNoFindings(findings, testInfo);
});

for (const username of ROLES) {
  test.describe(`${username}'s screens`, () => {
    // One sign-in per role: both sizes reuse its session.
    const sessionFile = join(tmpdir(), `thidua-a11y-${process.pid}-${username}.json`);
    test.use({ storageState: sessionFile });
    test.beforeAll(async ({ browser }) => {
      const context = await browser.newContext({ storageState: undefined });
      const page = await context.newPage();
      await signInThroughPage(page, username, DEMO_PASSWORD);
      await context.storageState({ path: sessionFile });
      await context.close();
    });
    test.afterAll(() => rmSync(sessionFile, { force: true }));

    for (const viewport of PHONE_ROLES.has(username) ? VIEWPORTS : [OFFICE]) {
      const office = viewport === OFFICE;
      const title = office
        ? `every screen of ${username}'s menu meets WCAG 2.1 AA and shows no raw code (${viewport.name})`
        : `every screen of ${username}'s menu meets WCAG 2.1 AA (${viewport.name})`;
      test(title, async ({ page }, testInfo) => {
        // Large screens (the scoring grid) take axe a few seconds each on a busy machine.
        test.setTimeout(480_000);
        await page.setViewportSize(viewport.size);
        await page.goto('/');
        const wide = viewport.size.width >= 992;
        if (!wide) await page.getByRole('button', { name: 'Mở danh mục' }).click();
        const menu = page.getByRole('navigation', { name: 'Danh mục' });
        await expect(menu.getByRole('link').first()).toBeVisible({ timeout: 30_000 });
        // The menu is whole once the user's council and roles are read: wait until its links stop changing.
        await expect
          .poll(
            async () => {
              const before = await menu.getByRole('link').count();
              await page.waitForTimeout(300);
              return before === (await menu.getByRole('link').count()) ? before : -1;
            },
            { timeout: 20_000 },
          )
          .toBeGreaterThan(1);
        const findings: Finding[] = [];
        const raw: string[] = [];
        if (!wide) await scan(page, `${username}: danh mục (${viewport.name})`, findings);
        // The frame (header with the user's name and role, the menu) once.
        if (office) {
          const frame = `${await page.locator('header').innerText()}\n${await menu.innerText()}`;
          raw.push(...rawCodes(frame).map((r) => `khung — ${r}`));
        }

        const screens: { name: string; path: string }[] = [];
        for (const link of await menu.getByRole('link').all())
          screens.push({ name: (await link.innerText()).trim(), path: (await link.getAttribute('href'))! });
        expect(screens.length).toBeGreaterThan(1);
        screens.push({ name: 'Đổi mật khẩu', path: '/doi-mat-khau' });
        screens.push({ name: 'Thông báo', path: '/thong-bao' });
        screens.push({ name: 'Tài khoản', path: '/tai-khoan' });

        for (const screen of screens) {
          await page.goto(screen.path);
          const main = page.getByRole('main');
          await expect(main).toBeVisible({ timeout: 30_000 });
          await scan(page, `${username}: ${screen.name} (${viewport.name})`, findings);
          if (office)
            raw.push(
              ...rawCodes(withoutOwnCodes(await main.innerText())).map((r) => `${screen.name} — ${r}`),
            );
        }
        await expectNoFindings(findings, testInfo);
        expect(raw, 'raw codes on the screens').toEqual([]);
      });
    }
  });
}
