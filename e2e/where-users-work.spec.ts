import type { Page } from '@playwright/test';
import { CLUSTERS, FOCAL } from '../apps/server/src/demo/data/province';
import { PERIOD_PLANS } from '../apps/server/src/demo/periods-plan';
import { DEMO_PASSWORD, signInThroughPage } from './support/accounts';
import { expect, test } from './support/fixtures';

// Issue #11 §4: every screen opens on the user's own period and cluster, the choice is kept in the
// address and across menu clicks and reloads, and no menu item shows a red error.

const current = (calendar: 'calendarYear' | 'schoolYear') =>
  PERIOD_PLANS.find((p) => p.edition === 'current' && p.calendar === calendar)!;
const lastSchoolYear = PERIOD_PLANS.find((p) => p.edition === 'last' && p.calendar === 'schoolYear')!;
const schools = CLUSTERS.find((c) => c.framework === 'schools')!;
const cum1 = CLUSTERS[0]!;
// The block Sở Tài chính (the demo's focal department) sits in.
const financeBlock = CLUSTERS.find((c) => c.members.includes(FOCAL.finance))!;

/** Opens every item of the menu by clicking it; returns what each screen's picker showed. */
async function walkMenu(page: Page, expected: (label: string) => { period: string; cluster: string } | null) {
  const nav = page.getByRole('navigation', { name: 'Danh mục' });
  const labels = await nav.getByRole('link').allInnerTexts();
  expect(labels.length).toBeGreaterThan(5);
  for (const label of labels) {
    const link = nav.getByRole('link', { name: label, exact: true });
    await link.click();
    // The menu marks its link current in the same render that shows the new screen (navigations are
    // React transitions): until then the old screen's heading and pickers are still on the page.
    await expect(link).toHaveAttribute('aria-current', 'page');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const want = expected(label);
    const pickers = page.locator('main .ranking-pickers');
    if (want && (await pickers.count()) > 0) {
      await expect(pickers, `${label}: the period`).toContainText(want.period);
      // A screen of the whole period (the dossiers: a period and its batch) has no cluster to choose.
      if ((await pickers.locator('input[id$="-cluster"]').count()) > 0) {
        await expect(pickers, `${label}: the cluster`).toContainText(want.cluster);
        await expect(page, `${label}: the choice is in the address`).toHaveURL(/[?&]ky=.+&cum=/);
      }
    }
    await page.waitForLoadState('networkidle');
    await expect(page.locator('.ant-alert-error'), `${label}: no error`).toHaveCount(0);
    await expect(page.locator('.ant-result-error, .ant-result-403'), `${label}: no refusal`).toHaveCount(0);
  }
  return labels;
}

test('a school opens every screen on its school-year block, with no error', async ({ page }) => {
  await signInThroughPage(page, 'truonghoc', DEMO_PASSWORD);
  await expect(page.getByRole('button', { name: /Tài khoản/ })).toContainText('Đơn vị thành viên');
  const own = { period: current('schoolYear').name, cluster: schools.name };
  const labels = await walkMenu(page, () => own);
  expect(labels).toContain('Xếp hạng, khen thưởng');
});

test('a focal department scores where it is the focal department and ranks in its own block', async ({
  page,
}) => {
  await signInThroughPage(page, 'daumoi', DEMO_PASSWORD);
  await expect(page.getByRole('button', { name: /Tài khoản/ })).toContainText('Đơn vị đầu mối');
  const year = current('calendarYear').name;
  await walkMenu(page, (label) =>
    // The grid opens on the first cluster it scores; everything else on its own block.
    label === 'Chấm điểm, thẩm định'
      ? { period: year, cluster: cum1.name }
      : { period: year, cluster: financeBlock.name },
  );
});

test('the choice survives menu clicks and a reload, and stays in the address', async ({ page }) => {
  await signInThroughPage(page, 'truonghoc', DEMO_PASSWORD);
  const nav = page.getByRole('navigation', { name: 'Danh mục' });
  await nav.getByRole('link', { name: 'Xếp hạng, khen thưởng' }).click();
  const pickers = page.locator('main .ranking-pickers');
  await expect(pickers).toContainText(current('schoolYear').name);
  // Last school year, archived: the school was in the schools' block then too.
  await page.getByLabel('Kỳ thi đua').click();
  await page.getByRole('option', { name: new RegExp(lastSchoolYear.name) }).click();
  await expect(pickers).toContainText(lastSchoolYear.name);
  const chosen = new URL(page.url()).searchParams;
  expect(chosen.get('ky')).toBeTruthy();
  expect(chosen.get('cum')).toBeTruthy();

  for (const label of ['Ý kiến về bảng điểm', 'Đăng ký, giao ước thi đua', 'Chấm điểm, thẩm định']) {
    await nav.getByRole('link', { name: label }).click();
    await expect(pickers, label).toContainText(lastSchoolYear.name);
    await expect(page).toHaveURL(new RegExp(`ky=${chosen.get('ky')}&cum=${chosen.get('cum')}`));
  }
  await page.reload();
  await expect(pickers).toContainText(lastSchoolYear.name);
  await expect(pickers).toContainText(schools.name);
  await expect(page.locator('.ant-alert-error')).toHaveCount(0);
});
