import type { Page } from '@playwright/test';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, signInThroughPage, STANDING_OFFICE } from './support/accounts';
import { Api } from './support/api';
import { expect, test } from './support/fixtures';
import { AUDIT_CSV_HEADER, parseCsv } from './support/organisation';

// Issue #11 §3: no raw code reaches a person. Every demo account walks every screen of its menu; the
// visible text of the screen's main region (the header and the menu are the layout's, walked once per
// account) must hold no award code, no fact or field identifier, no slug and no id.

const RAW = [
  { name: 'award code', re: /\b(CO_CP|CO_TP|CO_T|BK_TP|BK_CT|TTLDXS|TTLDTT)\b/ },
  { name: 'UPPER_SNAKE code', re: /\b[A-Z]{2,}(?:_[A-Z0-9]+)+\b/ },
  { name: 'snake_case identifier', re: /\b[a-z]+(?:_[a-z0-9]+)+\b/ },
  // A lower-case ASCII word running into an upper-case letter ("reportsSubmitted"). `\b` knows only ASCII
  // letters, so the lookbehind stops a match from starting inside a Vietnamese word after a letter with
  // a diacritic (a false hit the draft could make).
  { name: 'camelCase identifier', re: /(?<![\p{L}\p{N}])[a-z]+[A-Z][a-zA-Z]*\b/u },
  { name: 'layer code', re: /\b(focal|standingOffice|self|agreed)\b/ },
  { name: 'field code', re: /\b(plan|actual|points|itemCode|unitId):/ },
  { name: 'id', re: /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/ },
  // The demo's unit slugs. Only a whole hyphenated token counts: a Vietnamese phrase written with a
  // dash between words has spaces or diacritics, a slug has neither.
  {
    name: 'unit slug',
    re: /(?<![\p{L}\p{N}/.-])(?:phuong|xa|so|truong|thpt|cum|khoi)-[a-z0-9]+(?:-[a-z0-9]+)*(?![\p{L}\p{N}])/u,
  },
];

/**
 * The text without the values of the field "Mã" in the log's lists ("Mã: cum-e2e-…"): a code an office
 * gave its own cluster or unit, its own words, said as what it is.
 */
const withoutOwnCodes = (text: string) => text.replace(/^Mã: .*$/gm, '');

/** Every raw code in a text, with a few words around it. */
function rawCodes(text: string): string[] {
  return RAW.flatMap(({ name, re }) => {
    const global = new RegExp(re.source, `g${re.flags}`);
    return [...text.matchAll(global)].map(
      (m) =>
        `${name}: “${text.slice(Math.max(0, m.index - 30), m.index + m[0].length + 20).replace(/\s+/g, ' ')}”`,
    );
  });
}

/**
 * Waits until the screen has its data: no request of the page is in flight for a moment and no spinner
 * or skeleton is left in the main region. A client-side navigation fires no load event, so the page's
 * requests are counted instead of waiting for "networkidle".
 */
async function settled(page: Page, inFlight: () => number): Promise<void> {
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { level: 1 })).toBeVisible({ timeout: 20_000 });
  await expect(async () => {
    expect(inFlight(), 'requests in flight').toBe(0);
    await expect(main.locator('.ant-spin-spinning, .ant-skeleton-active')).toHaveCount(0, { timeout: 0 });
    await page.waitForTimeout(250);
    expect(inFlight(), 'requests in flight').toBe(0);
  }).toPass({ timeout: 30_000, intervals: [100, 250, 500] });
}

for (const account of DEMO_ACCOUNTS) {
  test(`${account.username} sees no raw code on any screen`, async ({ page }) => {
    // The demo's biggest menus (the administrator's, 16 screens) take ~40 s, and 2 min on a loaded machine.
    test.setTimeout(180_000);
    const pending = new Set<unknown>();
    page.on('request', (r) => pending.add(r));
    page.on('requestfinished', (r) => pending.delete(r));
    page.on('requestfailed', (r) => pending.delete(r));
    const inFlight = () => pending.size;

    await signInThroughPage(page, account.username, DEMO_PASSWORD);
    await settled(page, inFlight);
    const nav = page.getByRole('navigation', { name: 'Danh mục' });
    // The menu is whole once the user's council and roles are read: wait until its links stop changing.
    const linkCount = () => nav.getByRole('link').count();
    await expect
      .poll(
        async () => {
          const before = await linkCount();
          await page.waitForTimeout(300);
          return before === (await linkCount()) ? before : -1;
        },
        { timeout: 20_000 },
      )
      .toBeGreaterThan(1);
    const links: [string, string][] = [];
    for (const link of await nav.getByRole('link').all()) {
      links.push([(await link.innerText()).trim(), (await link.getAttribute('href')) ?? '']);
    }
    expect(links.length).toBeGreaterThan(1);

    // The frame (header with the user's name and role, the menu) once.
    const found = rawCodes(`${await page.locator('header').innerText()}\n${await nav.innerText()}`).map(
      (r) => `khung — ${r}`,
    );
    for (const [label, href] of links) {
      await nav.getByRole('link', { name: label, exact: true }).click();
      await page.waitForURL((url) => url.pathname === href.split('?')[0]);
      await settled(page, inFlight);
      const text = withoutOwnCodes(await page.getByRole('main').innerText());
      found.push(...rawCodes(text).map((r) => `${label} — ${r}`));
    }
    expect(found).toEqual([]);
  });
}

test('the standing office’s audit log and its CSV say every value by name, never by id or code', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await signInThroughPage(page, STANDING_OFFICE, DEMO_PASSWORD);
  const council = await (await Api.current(page.request)).firstCouncil();
  const response = await page.request.get(`/api/v1/councils/${council.id}/audit/export`);
  expect(response.status()).toBe(200);
  const [header, ...records] = parseCsv(await response.text());
  expect(header).toEqual(AUDIT_CSV_HEADER);
  expect(records.length, 'the demo’s log has events').toBeGreaterThan(0);
  // "Mã" is the object's id, kept on purpose for tracing an object's history (its header says so); a
  // change of the field "Mã" holds the code an office gave its cluster or unit ("cum-e2e-…"), its own
  // words. Every other cell speaks Vietnamese: the field's name and its values by name.
  const found = records.flatMap((record, i) =>
    rawCodes(
      record
        .filter((_, column) => column !== 3 && !(record[5] === 'Mã' && (column === 6 || column === 7)))
        .join(' | '),
    ).map((r) => `dòng ${i + 2}: ${r}`),
  );
  expect(found).toEqual([]);
});
