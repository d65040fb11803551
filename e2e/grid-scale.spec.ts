import type { SheetView as Sheet } from '@thidua/contracts/scoring';
import { DEMO_PASSWORD, signInThroughPage } from './support/accounts';
import { expect, test } from './support/fixtures';
import { importCluster, stepPeriod, UserApi } from './support/review';

// Issue #15: the grid draws only the lines and columns in view. On a large cluster (30 units × 100
// criteria, its own year 2070) the keyboard still reaches every cell: an arrow key past the lines drawn
// scrolls to and focuses the right cell, the focus stays on it while it is scrolled out of view and
// back, and a cell far down and across is edited and saved. Behaviour only: speed is `npm run bench:grid`.

const YEAR = 2070;
const UNITS = 30;
const CRITERIA = 100;

/** Criterion `i` (0-based): I.1–I.50 and II.1–II.50, each scored in points out of 10. */
const codeAt = (i: number) => (i < 50 ? `I.${i + 1}` : `II.${i - 49}`);

test('on a grid of 30 units × 100 criteria the arrow keys scroll to and focus the right cell, and a cell far down is edited and saved', async ({
  page,
  request,
}) => {
  test.setTimeout(240_000);
  const tag = Math.random().toString(36).slice(2, 7);
  const office = await UserApi.signIn(request, 'cqtt');
  const units = Array.from({ length: UNITS }, (_, i) => ({
    id: `ll-${tag}-${i + 1}`,
    name: `Xã Lưới Lớn ${i + 1}`,
  }));
  const criteria = Array.from({ length: CRITERIA }, (_, i) => ({
    code: codeAt(i),
    name: `Nội dung chấm điểm số ${i + 1}`,
    points: 10,
    kind: 'qualitative' as const,
  }));
  const made = await importCluster(office, {
    year: YEAR,
    label: `lưới lớn ${tag}`,
    clusterCode: 'cum-luoi-lon',
    unitType: 'ward',
    file: {
      format: 'thidua/period@1',
      name: `Năm ${YEAR}`,
      year: YEAR,
      ruleset: {
        name: 'Khung kiểm thử lưới lớn',
        maxTotal: 1000,
        groups: [
          { code: 'I', name: 'Nhiệm vụ chính trị', maxPoints: 500, criteria: criteria.slice(0, 50) },
          { code: 'II', name: 'Xây dựng tổ chức', maxPoints: 500, criteria: criteria.slice(50) },
        ],
      },
      units,
      entries: [],
      adjustments: [],
    },
    leader: units[0]!.id,
    deputy: units[1]!.id,
  });
  const { councilId, cluster } = made;
  let { period } = made;
  for (const stage of ['criteria', 'registration', 'pact', 'midYear', 'results', 'review']) {
    period = await stepPeriod(office, period, stage);
  }

  await signInThroughPage(page, 'cqtt', DEMO_PASSWORD);
  await page.goto(`/hoi-dong/${councilId}/cham-diem?ky=${period.id}&cum=${cluster.id}`);
  const grid = page.getByRole('grid');
  const cell = (r: number, c: number) => grid.locator(`td[data-r="${r}"][data-c="${c}"]`);
  await expect(cell(0, 0)).toBeVisible({ timeout: 60_000 });
  // Screen readers are told the whole size: 100 criteria + 2 group headings + the units' header, 30 + 1.
  await expect(grid).toHaveAttribute('aria-rowcount', String(CRITERIA + 2 + 1));
  await expect(grid).toHaveAttribute('aria-colcount', String(UNITS + 1));
  // Only what is in view is drawn: far fewer cells than the 3,000 of the sheet, none of the last line.
  expect(await grid.getByRole('gridcell').count()).toBeLessThan((UNITS * CRITERIA) / 4);
  await expect(cell(99, 0)).toHaveCount(0);

  // Down past the lines drawn: each press focuses the next line, scrolled into view.
  await cell(0, 0).click();
  await expect(cell(0, 0)).toBeFocused();
  for (let i = 0; i < 60; i++) await page.keyboard.press('ArrowDown');
  const far = cell(60, 0);
  await expect(far).toBeFocused();
  await expect(far).toBeInViewport();
  await expect(far).toHaveAttribute('data-criterion', 'II.11');
  // Its line is the 64th of the table: the header, group I, 50 lines, group II, II.1–II.11.
  await expect(grid.locator('tr:has(> td[data-r="60"][data-c="0"])')).toHaveAttribute('aria-rowindex', '64');
  await expect(far).toHaveAttribute('aria-colindex', '2');
  // Across past the columns drawn.
  for (let i = 0; i < 25; i++) await page.keyboard.press('ArrowRight');
  const across = cell(60, 25);
  await expect(across).toBeFocused();
  await expect(across).toBeInViewport();
  // Its column is the 27th: the header cell of that index names the same unit.
  await expect(across).toHaveAttribute('aria-colindex', '27');
  const acrossUnit = (await across.getAttribute('data-unit'))!;
  await expect(grid.locator('thead th[aria-colindex="27"]')).toContainText(acrossUnit);

  // Scrolled away to the top-left corner and back, the cell keeps the focus.
  const box = page.locator('.score-grid-wrap');
  type Box = { scrollTo(x: number, y: number): void; scrollWidth: number; scrollHeight: number };
  await box.evaluate((el) => (el as unknown as Box).scrollTo(0, 0));
  await expect(cell(0, 0)).toBeInViewport();
  await expect(across).toBeFocused();
  // To the bottom-right corner; the lines drawn there are measured, so the end may move: again until there.
  await expect(async () => {
    await box.evaluate((el) => {
      const scroller = el as unknown as Box;
      scroller.scrollTo(scroller.scrollWidth, scroller.scrollHeight);
    });
    await expect(cell(99, 29)).toBeInViewport({ timeout: 1_000 });
  }).toPass();
  await expect(across).toBeFocused();
  // The keys go on from the focused cell, not from what is in view.
  await page.keyboard.press('ArrowDown');
  await expect(cell(61, 25)).toBeFocused();
  await expect(cell(61, 25)).toBeInViewport();

  // A cell far down and across: II.48 of the 28th column, edited with the keyboard and saved with a reason.
  for (let i = 0; i < 36; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  const target = cell(97, 27);
  await expect(target).toBeFocused();
  await expect(target).toHaveAttribute('data-criterion', 'II.48');
  const unitName = (await target.getAttribute('data-unit'))!;
  await page.keyboard.press('Enter');
  const input = page.getByLabel(`${unitName}, tiêu chí II.48: Điểm`);
  await expect(input).toBeFocused();
  await page.keyboard.type('7');
  await page.keyboard.press('Enter');
  await expect(target).toContainText('chờ lưu');
  await page.getByRole('button', { name: 'Lưu 1 ô đã sửa' }).click();
  const dialog = page.getByRole('dialog', { name: 'Lý do thẩm định' });
  await dialog.getByLabel('Lý do điều chỉnh').fill(`Đối chiếu hồ sơ lưới lớn ${tag}`);
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(dialog).toBeHidden();
  await expect(target).toContainText('7');
  await expect(target).not.toContainText('chờ lưu');
  await expect
    .poll(async () => {
      const sheet = await office.get<Sheet>(`/clusters/${cluster.id}/scoring-sheet?pageSize=500`);
      return sheet.rows.find((r) => r.unit.name === unitName)?.cells.find((c) => c.criterionCode === 'II.48')
        ?.agreed?.points;
    })
    .toBe(7);
});
