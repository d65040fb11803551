import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { saveScreen } from './support/screens';
import { expect, test } from './support/fixtures';
import { apiAs, buildScoringCluster, openAs, UNIT_CODES } from './support/scoring';

// Excel in (#13): a member unit downloads its self-scoring template from the screen, fills two cells in
// a spreadsheet library (as a user's spreadsheet program would), uploads it with "Nhập từ Excel", sees
// exactly those two changes in the preview and confirms. Its own period and cluster (year 2097).

test('a unit fills its template offline: the preview shows exactly the two edited cells, and confirming saves them', async ({
  page,
  request,
  playwright,
  baseURL,
}) => {
  const setup = await buildScoringCluster(request, 2097);
  const donvi = await apiAs(playwright, baseURL, 'donvi');
  await openAs(page, 'donvi', setup.selfPath);
  await expect(page.getByRole('heading', { name: 'Tự chấm điểm', level: 1 })).toBeVisible();

  await page.getByRole('button', { name: 'Nhập từ Excel' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nhập điểm từ tệp Excel' });
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Tải mẫu nhập điểm' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^Mẫu nhập điểm - Tự chấm - .*\.xlsx$/);

  // Edit two cells in the template: II.1's rating and II.2's points of the unit's row.
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(await download.path()) as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet('Bảng điểm')!;
  const codes = new Map<string, number>();
  sheet.getRow(4).eachCell((cell, column) => codes.set(cell.text, column));
  expect(sheet.getCell(7, 4).value).toBe(UNIT_CODES.member);
  sheet.getCell(7, codes.get('II.1')).value = 'HTXSNV';
  sheet.getCell(7, codes.get('II.2')).value = 85.5;
  const edited = Buffer.from(await workbook.xlsx.writeBuffer());

  await dialog.locator('input[type=file]').setInputFiles({
    name: 'bang-diem-da-dien.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: edited,
  });
  const preview = dialog.getByTestId('import-preview');
  await expect(preview.getByRole('status')).toContainText('2 ô sẽ thay đổi');
  const rows = preview.locator('tbody tr.ant-table-row');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toContainText('II.1');
  await expect(rows.nth(0)).toContainText('HTXSNV');
  await expect(rows.nth(1)).toContainText('II.2');
  await expect(rows.nth(1)).toContainText('85,5');
  await saveScreen(page, 'nhap-tu-excel-xem-truoc');

  await dialog.getByRole('button', { name: 'Xác nhận nhập' }).click();
  await expect(page.getByText('Đã lưu 2 ô từ tệp Excel')).toBeVisible();
  await expect(dialog).toBeHidden();

  const saved = await donvi.sheet(setup.cluster.id);
  const row = saved.rows.find((r) => r.unit.code === UNIT_CODES.member)!;
  const self = (code: string) => row.cells.find((c) => c.criterionCode === code)?.self;
  expect(self('II.1')).toMatchObject({ rating: 'HTXSNV' });
  expect(self('II.2')).toMatchObject({ points: 85.5 });
  expect(self('I.1')).toBeNull();
});
