import type { Page as BrowserPage } from '@playwright/test';
import type { PeriodView as Period } from '@thidua/contracts/periods';
import type { ClusterView as Cluster } from '@thidua/contracts/periods-clusters';
import type { ResultDocument } from '@thidua/engine';
import { awardName } from '@thidua/vocabulary';
import { DEMO_PASSWORD, signInThroughPage, STANDING_OFFICE } from './support/accounts';
import { Api, type Page } from './support/api';
import { expect, test } from './support/fixtures';
import { expectNoSidewaysScroll, saveScreen } from './support/screens';

/**
 * How an office writes a score (`996,4`, `1.000`), by the runtime's own Vietnamese number format: an
 * oracle independent of the application's formatScore.
 */
const vietnamese = (value: number) => value.toLocaleString('vi-VN', { maximumFractionDigits: 2 });

/** Last year's archived calendar-year period, its Cụm thi đua số 1, and that cluster's result. */
async function lastYearsCluster1(api: Api) {
  const council = await api.firstCouncil();
  const periods = await api.get<Page<Period>>(`/councils/${council.id}/periods?pageSize=500`);
  const period = periods.items.find((p) => p.archivedAt !== null && p.calendar === 'calendarYear');
  expect(period, 'an archived calendar-year period in the demo').toBeDefined();
  const clusters = await api.get<Page<Cluster>>(`/periods/${period!.id}/clusters?pageSize=500`);
  const cluster = clusters.items.find((c) => c.name === 'Cụm thi đua số 1');
  expect(cluster, 'Cụm thi đua số 1 last year').toBeDefined();
  const result = await api.get<ResultDocument>(`/clusters/${cluster!.id}/results`);
  expect(result.units.length, 'the cluster has ranked units').toBeGreaterThan(2);
  return { council, period: period!, cluster: cluster!, result };
}

async function choose(page: BrowserPage, label: string, option: string) {
  await page.getByLabel(label, { exact: true }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

test('the standing office opens last year’s ranking of Cụm 1: ranks and finals exactly as the engine returns them, and why', async ({
  page,
}) => {
  await signInThroughPage(page, STANDING_OFFICE, DEMO_PASSWORD);
  const api = await Api.current(page.request);
  const { council, period, cluster, result } = await lastYearsCluster1(api);

  // From the sidebar: the screen is built, no longer "đang xây dựng".
  await page.getByRole('navigation').getByRole('link', { name: 'Xếp hạng, khen thưởng' }).click();
  await expect(page).toHaveURL(new RegExp(`/hoi-dong/${council.id}/xep-hang`));
  await expect(page.getByRole('heading', { name: 'Xếp hạng, khen thưởng', level: 1 })).toBeVisible();
  await expect(page.getByText('đang được xây dựng')).toHaveCount(0);

  await choose(page, 'Kỳ thi đua', `${period.name} (đã lưu trữ)`);
  await expect(page).toHaveURL(new RegExp(`ky=${period.id}`));
  await choose(page, 'Cụm, khối', cluster.name);
  await expect(
    page.getByRole('heading', { name: `Bảng xếp hạng ${cluster.name} — ${period.name}` }),
  ).toBeVisible();

  // One row per unit, in the engine's order, with its rank, name, groups and final as the API says.
  const table = page.getByRole('table').first();
  const headers = await table.getByRole('columnheader').allInnerTexts();
  const column = (title: string) => {
    const index = headers.findIndex((text) => text.trim() === title);
    expect(index, `column ${title}`).toBeGreaterThanOrEqual(0);
    return index;
  };
  const rankColumn = column('Hạng');
  const finalColumn = column('Điểm cuối cùng');
  const scoredColumn = column('Tổng chấm');
  const firstGroup = result.units[0]!.groups[0]!;
  const groupColumn = column(`Nhóm ${firstGroup.code}`);
  const rows = table.getByRole('row');
  await expect(rows).toHaveCount(result.units.length + 1);
  for (const [i, unit] of result.units.entries()) {
    const cells = rows.nth(i + 1).getByRole('cell');
    await expect(cells.nth(rankColumn)).toHaveText(String(unit.rank));
    await expect(rows.nth(i + 1)).toContainText(unit.name);
    await expect(cells.nth(finalColumn)).toHaveText(vietnamese(unit.final));
    await expect(cells.nth(scoredColumn)).toHaveText(vietnamese(unit.scored));
    await expect(cells.nth(groupColumn)).toHaveText(vietnamese(unit.groups[0]!.score));
    // The award by its name, never its code (CO_T, BK_CT, TTLDXS).
    if (unit.award) {
      await expect(rows.nth(i + 1)).toContainText(awardName(unit.award));
      await expect(rows.nth(i + 1)).not.toContainText(unit.award);
    }
  }
  // A decimal is written with a comma (the demo's finals include some), never with a point.
  expect(
    result.units.some((u) => !Number.isInteger(u.final)),
    'a final with decimals',
  ).toBe(true);
  await expect(table).not.toContainText(/\d\.\d{1,2}(?!\d)/);

  // At 1366×768 the wide table scrolls inside its card; the page itself does not.
  await expectNoSidewaysScroll(page);
  await saveScreen(page, '20-xep-hang');

  // "Vì sao?" for the first unit: the engine's sentences, criterion by criterion.
  const first = result.units[0]!;
  await page.getByRole('button', { name: `Vì sao? — ${first.name}` }).click();
  const drawer = page.getByRole('dialog');
  await expect(drawer).toContainText(`Vì sao? — ${first.name}`);
  const criterion = first.criteria[0]!;
  await expect(drawer.getByText(criterion.explanation, { exact: true })).toBeVisible();
  const criterionRow = drawer.getByRole('row').filter({ hasText: criterion.explanation });
  await expect(criterionRow.getByRole('cell').nth(0)).toHaveText(criterion.code);
  await expect(criterionRow.getByRole('cell').nth(1)).toHaveText(vietnamese(criterion.base));
  await expect(criterionRow.getByRole('cell').nth(2)).toHaveText(vietnamese(criterion.bonus));
  // Every criterion has its row, in the result's order, with its explanation.
  const criteriaRows = drawer.getByRole('region', { name: 'Từng tiêu chí' }).getByRole('row');
  await expect(criteriaRows).toHaveCount(first.criteria.length + 1);
  for (const [i, c] of first.criteria.entries()) {
    await expect(
      criteriaRows
        .nth(i + 1)
        .getByRole('cell')
        .nth(0),
    ).toHaveText(c.code);
    await expect(
      criteriaRows
        .nth(i + 1)
        .getByRole('cell')
        .nth(3),
    ).toHaveText(c.explanation);
  }
  await expect(drawer.getByText(firstGroup.explanation, { exact: true })).toBeVisible();
  await expect(drawer.getByText(first.explanation.total, { exact: true })).toBeVisible();
  await expect(drawer.getByText(first.explanation.award, { exact: true })).toBeVisible();
  await saveScreen(page, '21-vi-sao');
  await drawer.getByRole('button', { name: /Đóng|Close/ }).click();
  await expect(drawer).toBeHidden();
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

  test('the ranking is a list of cards that fits the screen, and why opens full width', async ({ page }) => {
    await signInThroughPage(page, STANDING_OFFICE, DEMO_PASSWORD);
    const api = await Api.current(page.request);
    const { council, period, cluster, result } = await lastYearsCluster1(api);

    await page.goto(`/hoi-dong/${council.id}/xep-hang?ky=${period.id}&cum=${cluster.id}`);
    const cards = page.getByRole('list', { name: 'Xếp hạng, khen thưởng' }).getByRole('listitem');
    await expect(cards).toHaveCount(result.units.length);
    for (const [i, unit] of result.units.entries()) {
      await expect(cards.nth(i).getByLabel(`Hạng ${unit.rank}`)).toHaveText(String(unit.rank));
      await expect(cards.nth(i)).toContainText(unit.name);
      await expect(cards.nth(i)).toContainText(`Điểm cuối cùng: ${vietnamese(unit.final)}`);
    }
    await expectNoSidewaysScroll(page);
    await saveScreen(page, '22-dien-thoai-xep-hang');

    const first = result.units[0]!;
    await cards
      .first()
      .getByRole('button', { name: `Vì sao? — ${first.name}` })
      .click();
    const drawer = page.getByRole('dialog');
    await expect(drawer.getByText(first.criteria[0]!.explanation, { exact: true })).toBeVisible();
    await expectNoSidewaysScroll(page);
    await saveScreen(page, '23-dien-thoai-vi-sao');
  });
});
