import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { DEMO_PASSWORD, signInThroughPage } from './support/accounts';
import { criteriaPath, criteriaWorld, suffix, treeNode, type Version, versionsOf } from './support/criteria';
import { expect, test } from './support/fixtures';
import { saveScreen } from './support/screens';

/** Clicks a button that downloads a file and returns the file's name and its workbook. */
async function download(page: Page, button: string) {
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: button, exact: true }).click();
  const file = await downloading;
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(await file.path()) as unknown as ArrayBuffer);
  return { name: file.suggestedFilename(), workbook, sheet: workbook.getWorksheet('Tiêu chí')! };
}

/** The row of the sheet whose STT/mã cell holds `code`. */
function rowOf(sheet: ExcelJS.Worksheet, code: string): number {
  let found = 0;
  sheet.eachRow((row, n) => {
    if (found === 0 && row.getCell(1).value === code) found = n;
  });
  expect(found, `row ${code}`).toBeGreaterThan(0);
  return found;
}

async function choose(page: Page, workbook: ExcelJS.Workbook, name: string) {
  const dialog = page.getByRole('dialog', { name: 'Nhập bộ tiêu chí từ tệp Excel' });
  await dialog.locator('input[type=file]').setInputFiles({
    name,
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: Buffer.from(await workbook.xlsx.writeBuffer()),
  });
  return dialog;
}

test('the leader takes the criteria template, imports an edited export with a preview and saves it as the draft; a member may only export', async ({
  page,
  playwright,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const world = await criteriaWorld(playwright, baseURL!, 2089);
  await world.leader.send('POST', `/clusters/${world.clusterId}/criteria-versions`, {
    frameworkId: world.frameworkId,
  });
  const [draft] = (await versionsOf(world, world.leader)) as [Version];
  await signInThroughPage(page, 'cumtruong', DEMO_PASSWORD);
  await page.goto(criteriaPath(world));
  await expect(page.getByRole('status').filter({ hasText: 'Bộ tiêu chí hợp lệ' })).toBeVisible();

  // The template: one example group, two criteria, "cách chấm" as a list.
  const template = await download(page, 'Tải mẫu Excel');
  expect(template.name).toBe('Mẫu bộ tiêu chí.xlsx');
  const example = rowOf(template.sheet, 'I.1');
  expect(template.sheet.getCell(`D${example}`).value).toBe('Định lượng');
  expect(template.sheet.getCell(`D${example}`).dataValidation.type).toBe('list');
  expect(rowOf(template.sheet, 'I.2')).toBe(example + 1);

  // Filled with a word for points: refused, the cell named, nothing loaded.
  template.sheet.getCell(`C${example}`).value = 'sáu mươi';
  await page.getByRole('button', { name: 'Nhập từ Excel' }).click();
  let dialog = await choose(page, template.workbook, 'mau-da-dien.xlsx');
  await expect(dialog.getByTestId('import-errors')).toContainText(
    `Tiêu chí!C${example}: điểm chuẩn: "sáu mươi" không phải là số`,
  );
  await expect(dialog.getByRole('button', { name: 'Đưa vào dự thảo' })).toBeDisabled();
  await dialog.locator('.ant-modal-footer').getByRole('button', { name: 'Đóng' }).click();
  await expect(dialog).toBeHidden();

  // The draft exported, one criterion renamed in the file: the preview says what differs.
  const exported = await download(page, 'Xuất Excel bộ tiêu chí');
  const leaf = draft.ruleset.groups[0]!.criteria.find((c) => !c.children)!;
  const renamed = `${leaf.name} (từ Excel ${suffix()})`;
  exported.sheet.getCell(`B${rowOf(exported.sheet, leaf.code)}`).value = renamed;
  await page.getByRole('button', { name: 'Nhập từ Excel' }).click();
  dialog = await choose(page, exported.workbook, 'bo-tieu-chi.xlsx');
  const preview = dialog.getByTestId('criteria-import-preview');
  await expect(preview.getByRole('table')).toContainText(renamed);
  const differences = preview.getByRole('region', { name: 'Khác với dự thảo đã lưu' });
  await expect(differences.getByRole('status')).toContainText('Sửa 1 tiêu chí');
  await expect(differences.locator('[data-change="changed"]')).toContainText(leaf.code);
  await expect(differences.locator('ins')).toHaveText(renamed);
  await saveScreen(page, 'tieu-chi-nhap-excel-xem-truoc');
  expect((await versionsOf(world, world.leader))[0]!.version).toBe(draft.version);

  // Into the editor, then saved as the draft through its own save.
  await dialog.getByRole('button', { name: 'Đưa vào dự thảo' }).click();
  await expect(page.getByText('Đã nạp bộ tiêu chí từ Excel; hãy kiểm tra rồi lưu dự thảo.')).toBeVisible();
  await expect(page.getByText('Có thay đổi chưa lưu', { exact: true })).toBeVisible();
  await expect(treeNode(page, leaf.code)).toContainText(renamed);
  await page.getByRole('button', { name: 'Lưu dự thảo' }).click();
  await expect(page.getByText('Đã lưu dự thảo')).toBeVisible();
  const [saved] = await versionsOf(world, world.leader);
  expect(saved!.version).toBe(draft.version + 1);
  expect(saved!.ruleset.groups[0]!.criteria.find((c) => c.code === leaf.code)!.name).toBe(renamed);

  // A member unit may export the criteria but neither take the template nor import, and is told why.
  await page.context().clearCookies();
  await signInThroughPage(page, 'donvi', DEMO_PASSWORD);
  await page.goto(criteriaPath(world));
  await expect(page.getByText('Bạn chỉ được xem bộ tiêu chí này.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Xuất Excel bộ tiêu chí' })).toBeEnabled();
  for (const name of ['Tải mẫu Excel', 'Nhập từ Excel'])
    await expect(page.getByRole('button', { name, exact: true })).toBeDisabled();
  await page.getByRole('button', { name: 'Nhập từ Excel', exact: true }).locator('..').hover();
  await expect(page.getByRole('tooltip')).toContainText('Chỉ cụm trưởng, cụm phó hoặc cơ quan thường trực');
  await world.dispose();
});
