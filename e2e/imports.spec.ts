import { readFileSync } from 'node:fs';
import type { Page as BrowserPage } from '@playwright/test';
import ExcelJS from 'exceljs';
import { STANDING_OFFICE } from './support/accounts';
import { expect, test } from './support/fixtures';
import { choose } from './support/organisation';
import { type Period, switchUser, UserApi } from './support/review';
import { saveScreen } from './support/screens';

// Excel in (#13 §2): the standing office onboards units from the units template and a plan's tasks from
// the appendix's table. Each downloads the template from its screen, fills it with a spreadsheet library
// (as a user's spreadsheet program would), uploads it with "Nhập từ Excel", sees the preview and
// confirms. Own data: unit codes with a random tag; a period of 2092 (its own year: 2096 is the dossiers').

const YEAR = 2092;

async function downloadTemplate(
  page: BrowserPage,
  dialog: ReturnType<BrowserPage['getByRole']>,
  button: string,
) {
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: button }).click();
  const download = await downloading;
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(await download.path()) as unknown as ArrayBuffer);
  return { workbook, name: download.suggestedFilename() };
}

async function uploadTo(
  dialog: ReturnType<BrowserPage['getByRole']>,
  workbook: ExcelJS.Workbook,
  name: string,
) {
  await dialog.locator('input[type=file]').setInputFiles({
    name,
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: Buffer.from(await workbook.xlsx.writeBuffer()),
  });
}

test('the office adds units from the units template: the preview lists them, confirming saves them', async ({
  page,
  request,
}) => {
  const office = await UserApi.signIn(request, STANDING_OFFICE);
  const councilId = await office.councilId();
  const tag = Math.random().toString(36).slice(2, 7);
  await switchUser(page, STANDING_OFFICE);
  await page.goto(`/hoi-dong/${councilId}/don-vi`);
  await page.getByRole('button', { name: 'Nhập từ Excel' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nhập danh sách đơn vị từ tệp Excel' });
  const { workbook, name } = await downloadTemplate(page, dialog, 'Tải mẫu danh sách đơn vị');
  expect(name).toMatch(/^Mẫu danh sách đơn vị.*\.xlsx$/);
  const sheet = workbook.getWorksheet('Đơn vị')!;
  let row = 5;
  while (sheet.getCell(`C${row}`).value) row++;
  expect(row).toBeGreaterThan(5); // the council's units come first
  sheet.getCell(`C${row}`).value = `xa-${tag}`;
  sheet.getCell(`D${row}`).value = `Xã Tân Lập ${tag}`;
  sheet.getCell(`E${row}`).value = 'Xã';
  sheet.getCell(`C${row + 1}`).value = `so-${tag}`;
  sheet.getCell(`D${row + 1}`).value = `Sở Tư pháp ${tag}`;
  sheet.getCell(`E${row + 1}`).value = 'Sở, ban, ngành';
  sheet.getCell(`H${row + 1}`).value = 'Ủy ban nhân dân tỉnh Hải Hà';
  await uploadTo(dialog, workbook, 'don-vi.xlsx');

  const preview = dialog.getByTestId('import-preview');
  await expect(preview.getByRole('status')).toContainText('2 đơn vị mới');
  const rows = preview.locator('tbody tr.ant-table-row');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toContainText(`Xã Tân Lập ${tag}`);
  await expect(rows.nth(1)).toContainText('Loại đơn vị: Sở, ban, ngành');
  await expect(rows.nth(1)).toContainText('Cơ quan chủ quản: Ủy ban nhân dân tỉnh Hải Hà');
  await saveScreen(page, 'nhap-don-vi-xem-truoc');
  await dialog.getByRole('button', { name: 'Xác nhận nhập' }).click();
  await expect(page.getByText('Đã lưu 2 đơn vị từ tệp Excel')).toBeVisible();
  await expect(dialog).toBeHidden();

  await page.goto(`/hoi-dong/${councilId}/don-vi?q=${tag}`);
  await expect(page.getByRole('row').filter({ hasText: `Xã Tân Lập ${tag}` })).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: `Sở Tư pháp ${tag}` })).toContainText(
    'Ủy ban nhân dân tỉnh Hải Hà',
  );
});

test('the office imports a draft plan’s tasks from the appendix table; a bad cell is named first', async ({
  page,
  request,
}) => {
  const office = await UserApi.signIn(request, STANDING_OFFICE);
  const { councilId, tag, period } = await office.newPeriod<Period>(YEAR, 'nhập nhiệm vụ');
  const title = `Kế hoạch công tác thi đua, khen thưởng năm ${YEAR} (${tag})`;
  await office.call('POST', `/periods/${period.id}/plans`, { title });
  await switchUser(page, STANDING_OFFICE);
  await page.goto(`/hoi-dong/${councilId}/ke-hoach`);
  await choose(page, page.getByLabel('Kỳ thi đua', { exact: true }), period.name, { search: false });
  await choose(page, page.getByLabel('Kế hoạch', { exact: true }), title, { search: false });

  await page.getByRole('button', { name: 'Nhập từ Excel' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nhập nhiệm vụ của kế hoạch từ tệp Excel' });
  const { workbook } = await downloadTemplate(page, dialog, 'Tải mẫu bảng nhiệm vụ');
  const sheet = workbook.getWorksheet('Nhiệm vụ')!;
  const rows: ExcelJS.CellValue[][] = [
    ['I', 'Quý I'],
    [
      '1',
      `Tổ chức Hội nghị triển khai ${tag}`,
      'Hội đồng TĐKT',
      null,
      'Sở Nội vụ',
      null,
      null,
      `Trước ngày 15/02/${YEAR}`,
    ],
    ['V', 'Nhiệm vụ thường xuyên'],
    [
      '2',
      `Tuyên truyền điển hình tiên tiến ${tag}`,
      null,
      null,
      'Các cơ quan, đơn vị',
      null,
      null,
      'Ngày mai',
    ],
  ];
  rows.forEach((values, i) => values.forEach((v, c) => (sheet.getCell(5 + i, 2 + c).value = v)));
  await uploadTo(dialog, workbook, 'phu-luc.xlsx');
  await expect(dialog.getByTestId('import-errors')).toContainText('Nhiệm vụ!I8: "Ngày mai" không đọc được');
  await expect(dialog.getByRole('button', { name: 'Xác nhận nhập' })).toBeDisabled();

  sheet.getCell('I8').value = 'Thường xuyên';
  await uploadTo(dialog, workbook, 'phu-luc.xlsx');
  const preview = dialog.getByTestId('import-preview');
  await expect(preview.getByRole('status')).toContainText('2 nhiệm vụ sẽ được thêm');
  await expect(preview.locator('tbody tr.ant-table-row').nth(1)).toContainText('Thường xuyên');
  await saveScreen(page, 'nhap-nhiem-vu-xem-truoc');
  await dialog.getByRole('button', { name: 'Xác nhận nhập' }).click();
  await expect(page.getByText('Đã thêm 2 nhiệm vụ từ tệp Excel')).toBeVisible();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('row').filter({ hasText: `Tổ chức Hội nghị triển khai ${tag}` })).toContainText(
    `Trước ngày 15/02/${YEAR}`,
  );
  await expect(
    page.getByRole('row').filter({ hasText: `Tuyên truyền điển hình tiên tiến ${tag}` }),
  ).toBeVisible();
});
