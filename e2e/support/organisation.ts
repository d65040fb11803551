import { randomBytes } from 'node:crypto';
import { expect, type Locator, type Page } from '@playwright/test';
import type { Api } from './api';

export { parseCsv } from '../../packages/spreadsheets/test/csv';
export { AUDIT_CSV_HEADER } from '../../apps/server/test/audit-csv';

// Helpers of the organisation, users and audit specs (e2e/organisation.spec.ts, e2e/users-audit.spec.ts).

export const suffix = () => randomBytes(3).toString('hex');

/** The periods these specs may create: their own years, so no other spec's data is touched. */
export const OWN_YEARS = [2051, 2052, 2053, 2054, 2055] as const;

/** The first of our years with no period of this calendar yet (a council has one per year and calendar). */
export async function freeYear(api: Api, councilId: string, calendar: string): Promise<number> {
  const { items } = await api.get<{ items: { year: number; calendar: string }[] }>(
    `/councils/${councilId}/periods?pageSize=500`,
  );
  const year = OWN_YEARS.find((y) => !items.some((p) => p.year === y && p.calendar === calendar));
  expect(year, 'one of the years 2051–2055 is still free').toBeDefined();
  return year!;
}

/** A period of ours, made through the API in the first of our years still free in `calendar`. */
export async function ownPeriod<P>(api: Api, councilId: string, calendar: 'calendarYear' | 'schoolYear') {
  const year = await freeYear(api, councilId, calendar);
  const name = calendar === 'schoolYear' ? `Năm học ${year} - ${year + 1}` : `Năm ${year}`;
  return api.send<P>('POST', `/councils/${councilId}/periods`, { name, year, calendar });
}

/** Chooses an option of an antd Select: opens it, types to narrow when it searches, clicks the option. */
export async function choose(
  page: Page,
  select: Locator,
  option: string,
  { search = true, multiple = false } = {},
) {
  // A select whose options are still loading is disabled: wait until it can be used.
  await expect(select).toBeEnabled();
  await select.click();
  if (search) await select.fill(option);
  // Only the dropdown now showing: a select closed a moment ago may keep its list in the page while it
  // fades, and its options match too.
  const item = page
    .locator('.ant-select-dropdown:visible .ant-select-item-option:visible')
    .filter({ hasText: option })
    .first();
  await expect(item).toBeVisible();
  // The choice shows in the box (a single select closes; a multiple one keeps a tag).
  const box = select.locator('xpath=ancestor::div[contains(concat(" ", @class, " "), " ant-select ")][1]');
  const shown = multiple ? option.slice(0, 20) : option;
  // The option under the pointer is the active one and Enter takes it, as a person would. A click can
  // land while the list is still sliding open (antd then ignores it) on a loaded machine: try again.
  await expect(async () => {
    if (!((await box.textContent()) ?? '').includes(shown)) {
      if (await item.isVisible()) {
        await item.hover();
        await select.press('Enter');
      } else {
        await select.click();
      }
    }
    await expect(box).toContainText(shown, { timeout: 1_000 });
  }).toPass({ timeout: 10_000 });
}

/** Types a date (dd/mm/yyyy) into an antd DatePicker and confirms it. */
export async function typeDate(page: Page, input: Locator, date: string) {
  await input.click();
  await input.fill(date);
  await input.press('Enter');
}

/** `YYYY-MM-DD` as the screens write it: `dd/mm/yyyy`. */
export const viDate = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

/** A write that may be refused: its status and body, without failing the test (the API's own answer). */
export async function tryWrite(
  page: Page,
  api: Api,
  method: 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  path: string,
  data: unknown,
): Promise<{
  status: number;
  body: { error?: { code: string; message: string } } & Record<string, unknown>;
}> {
  const response = await page.request.fetch(`/api/v1${path}`, {
    method,
    data,
    headers: { 'x-csrf-token': api.session.csrfToken },
  });
  return { status: response.status(), body: (await response.json()) as never };
}
