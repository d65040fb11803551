import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { STANDING_OFFICE } from './support/accounts';
import { expect, test } from './support/fixtures';
import { choose } from './support/organisation';
import { type Cluster, type Period, periodFile, switchUser, UserApi } from './support/review';

// The standing office imports a year scored elsewhere (thidua/period@1) into an empty cluster from the
// cluster's drawer, and downloads it again from the ranking. Its own period (year 2078).
const YEAR = 2078;

test('the office imports a period file into an empty cluster — a wrong one is refused with where, nothing saved — and downloads it from the ranking', async ({
  page,
  request,
}, testInfo) => {
  test.setTimeout(180_000);
  const office = await UserApi.signIn(request, STANDING_OFFICE);
  const { councilId, tag, period } = await office.newPeriod<Period>(YEAR, 'tệp kỳ');
  const cluster = await office.call<Cluster>('POST', `/periods/${period.id}/clusters`, {
    code: `cum-tep-${tag}`,
    name: `Cụm nhập tệp ${tag}`,
    kind: 'cum',
  });
  const wrongYear = testInfo.outputPath('nam-khac.period.json');
  writeFileSync(wrongYear, JSON.stringify(periodFile(YEAR - 1)));
  const good = testInfo.outputPath('ky-thi-dua.period.json');
  const file = periodFile(YEAR);
  writeFileSync(good, JSON.stringify(file));

  await switchUser(page, STANDING_OFFICE);
  await page.goto(`/hoi-dong/${councilId}/ky-thi-dua/${period.id}`);
  await page.getByRole('button', { name: `Xem, sửa ${cluster.name}` }).click();
  const drawer = page.getByRole('dialog', { name: cluster.name });
  const section = drawer.getByRole('region', { name: 'Nhập tệp kỳ thi đua' });
  await choose(page, section.getByLabel('Loại của các đơn vị mới'), 'Phường');

  // A file of another year: refused, the place in the file and the problem listed; nothing saved.
  await section.locator('input[type=file]').setInputFiles(wrongYear);
  const refusal = section.getByRole('alert');
  await expect(refusal).toContainText('Không nhập tệp “nam-khac.period.json”');
  await expect(refusal).toContainText(`year: Năm của tệp (${YEAR - 1}) khác năm của kỳ thi đua (${YEAR})`);
  expect((await office.get<Cluster>(`/clusters/${cluster.id}`)).members).toHaveLength(0);

  // The right file: imported; what it brought is said; the members appear; no second import.
  await section.locator('input[type=file]').setInputFiles(good);
  await expect(section).toContainText('Đã nhập tệp “ky-thi-dua.period.json”');
  const [, created, matched] = /(\d+) đơn vị mới, (\d+) đơn vị có sẵn/.exec(
    (await section.textContent()) ?? '',
  )!;
  expect(Number(created) + Number(matched)).toBe(file.units.length);
  await expect(section).toContainText(`${file.entries.length} điểm`);
  const members = drawer.getByRole('table', { name: 'Đơn vị thành viên' });
  // Matched by code: the council's own units (their own names), one row each.
  await expect(members.locator('tbody tr')).toHaveCount(file.units.length);
  await expect(section.getByRole('button', { name: 'Chọn tệp và nhập' })).toBeDisabled();
  await expect(section).toContainText('Chỉ nhập được vào cụm, khối chưa có đơn vị');

  // The ranking gives the file back: the same units and agreed values.
  await page.goto(`/hoi-dong/${councilId}/xep-hang?ky=${period.id}&cum=${cluster.id}`);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: /^Tải tệp kỳ thi đua/ }).click();
  const saved = join(testInfo.outputDir, 'tai-ve.json');
  await (await download).saveAs(saved);
  const back = JSON.parse((await import('node:fs')).readFileSync(saved, 'utf8')) as ReturnType<
    typeof periodFile
  >;
  expect(back.year).toBe(YEAR);
  expect(back.units.map((u) => u.id).sort()).toEqual(file.units.map((u) => u.id).sort());
  expect(back.entries).toHaveLength(file.entries.length);

  // A member unit reads the ranking but is not offered the file.
  await switchUser(page, 'donvi');
  await page.goto(`/hoi-dong/${councilId}/xep-hang`);
  await expect(page.getByRole('table').first()).toBeVisible();
  await expect(page.getByRole('button', { name: /^Tải tệp kỳ thi đua/ })).toHaveCount(0);
});
