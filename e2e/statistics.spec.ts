import { readFileSync } from 'node:fs';
import type { StatisticsView } from '@thidua/contracts/statistics';
import ExcelJS from 'exceljs';
import { STANDING_OFFICE } from './support/accounts';
import { expect, test } from './support/fixtures';
import { choose } from './support/organisation';
import { switchUser, UserApi, vietnamese } from './support/review';
import { expectNoSidewaysScroll, saveScreen } from './support/screens';

// Issue #14 §4 in the browser, on the demo's own years, read only (no period is made): the standing
// office's "Thống kê" shows per period and cluster the numbers of GET /councils/:id/statistics, with its
// charts; "Xuất Excel" downloads the same numbers; a council member sees no scores of unpublished
// clusters; an ordinary member unit has no such screen.

/** A decimal of the API as the screen writes it, every decimal kept (a quartile may have four). */
const exact = (text: string) => Number(text).toLocaleString('vi-VN', { maximumFractionDigits: 4 });

test('the council statistics: tables, charts and the Excel export equal the API', async ({
  page,
  request,
}) => {
  test.setTimeout(180_000);
  const office = await UserApi.signIn(request, STANDING_OFFICE);
  const councilId = await office.councilId();
  const view = await office.get<StatisticsView>(`/councils/${councilId}/statistics`);
  expect(view.toYear - view.fromYear).toBe(4);
  const scored = view.periods.flatMap((p) => p.clusters.filter((c) => c.scores).map((c) => ({ p, c })));
  expect(scored.length, 'a demo cluster with results').toBeGreaterThan(0);
  expect(view.periods.some((p) => p.stage === 'archived')).toBe(true);

  await switchUser(page, STANDING_OFFICE);
  await page.getByRole('navigation', { name: 'Danh mục' }).getByRole('link', { name: 'Thống kê' }).click();
  await expect(page.getByRole('heading', { name: 'Thống kê thi đua, khen thưởng' })).toBeVisible();

  await test.step('each period and cluster shows the API numbers', async () => {
    for (const period of view.periods) {
      const table = page.getByRole('table', { name: `Thống kê các cụm, khối — ${period.name}` });
      await expect(table).toBeVisible();
      for (const c of period.clusters) {
        const row = table.getByRole('row').filter({ hasText: c.name });
        await expect(row).toContainText(`Đăng ký: ${c.registered}/${c.memberCount}`);
        if (c.scores) {
          await expect(row).toContainText(`Trung bình: ${vietnamese(Number(c.scores.mean))}`);
          await expect(row).toContainText(
            `Thấp nhất: ${vietnamese(Number(c.scores.min))} · Cao nhất: ${vietnamese(Number(c.scores.max))}`,
          );
          await expect(row).toContainText(`Trung vị: ${exact(c.scores.median)}`);
          for (const a of c.awards)
            await expect(row).toContainText(
              `${a.name}: ${a.quota === null ? `${a.awarded} (không giới hạn)` : `${a.awarded}/${a.quota}`}`,
            );
          await expect(row).toContainText(`${c.awardedUnits} đơn vị — ${vietnamese(Number(c.awardRatio))}%`);
        }
      }
    }
  });

  await test.step('the charts draw every scored cluster, their numbers offered as a table', async () => {
    await expect(page.getByTestId('chart-distribution').locator('canvas')).toBeVisible();
    await expect(page.getByTestId('chart-ratio').locator('canvas')).toBeVisible();
    const data = page.getByRole('table', { name: 'Số liệu của biểu đồ: Phân bố điểm cuối cùng' });
    await expect(data.locator('tbody tr')).toHaveCount(scored.length);
    const { p, c } = scored[0]!;
    await expect(data.locator('tbody tr').first()).toContainText(`${p.year} · ${c.name}`);
    await expect(data.locator('tbody tr').first()).toContainText(exact(c.scores!.median));
    await saveScreen(page, 'thong-ke');
  });

  await test.step('Xuất Excel downloads the same numbers', async () => {
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Xuất Excel thống kê của Hội đồng' }).click();
    const file = await downloading;
    expect(file.suggestedFilename()).toBe(`Thống kê thi đua ${view.fromYear}-${view.toYear}.xlsx`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(await file.path()) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Thống kê')!;
    const lines: (string | number | null)[][] = [];
    sheet.eachRow((row) => {
      lines.push(Array.from({ length: 18 }, (_, i) => row.getCell(i + 1).value as string | number | null));
    });
    const header = lines.findIndex((l) => l[0] === 'Năm');
    expect(header).toBeGreaterThan(0);
    const { p, c } = scored[0]!;
    const row = lines.slice(header + 1).find((l) => l[0] === p.year && l[2] === c.code);
    expect(row, `the row of ${c.code} in ${p.year}`).toBeDefined();
    expect([row![3], row![4], row![10], row![12], row![14], row![15], row![16], row![17]]).toEqual([
      c.name,
      c.memberCount,
      Number(c.scores!.min),
      Number(c.scores!.median),
      Number(c.scores!.max),
      Number(c.scores!.mean),
      c.awardedUnits,
      Number(c.awardRatio),
    ]);
  });

  await test.step('the years are chosen and kept in the address', async () => {
    await choose(page, page.getByLabel('Từ năm'), String(view.toYear), { search: false });
    await expect(page).toHaveURL(new RegExp(`tu=${view.toYear}&den=${view.toYear}`));
    const only = view.periods.filter((p) => p.year === view.toYear);
    for (const period of only)
      await expect(
        page.getByRole('table', { name: `Thống kê các cụm, khối — ${period.name}` }),
      ).toBeVisible();
    for (const period of view.periods.filter((p) => p.year !== view.toYear))
      await expect(page.getByRole('table', { name: `Thống kê các cụm, khối — ${period.name}` })).toHaveCount(
        0,
      );
  });

  await test.step('usable on a phone', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`/hoi-dong/${councilId}/thong-ke`);
    await expect(page.getByRole('heading', { name: 'Thống kê thi đua, khen thưởng' })).toBeVisible();
    await expectNoSidewaysScroll(page);
  });
});

test('a council member sees no scores of unpublished clusters; a member unit has no statistics', async ({
  page,
  request,
}) => {
  const member = await UserApi.signIn(request, 'hoidong');
  const councilId = await member.councilId();
  const view = await member.get<StatisticsView>(`/councils/${councilId}/statistics`);
  const hidden = view.periods.flatMap((p) =>
    p.clusters.filter((c) => c.scoreState === 'notPublished').map((c) => ({ p, c })),
  );
  expect(hidden.length, 'an unpublished demo cluster').toBeGreaterThan(0);
  await switchUser(page, 'hoidong');
  await page.getByRole('navigation', { name: 'Danh mục' }).getByRole('link', { name: 'Thống kê' }).click();
  const { p, c } = hidden[0]!;
  const row = page
    .getByRole('table', { name: `Thống kê các cụm, khối — ${p.name}` })
    .getByRole('row')
    .filter({ hasText: c.name });
  await expect(row).toContainText('Bảng điểm chưa công bố');

  await switchUser(page, 'donvi');
  await expect(page.getByRole('navigation', { name: 'Danh mục' }).getByRole('link').first()).toBeVisible();
  await expect(
    page.getByRole('navigation', { name: 'Danh mục' }).getByRole('link', { name: 'Thống kê' }),
  ).toHaveCount(0);
  await page.goto(`/hoi-dong/${councilId}/thong-ke`);
  await expect(page.getByText('Không có quyền xem thống kê')).toBeVisible();
});
