import type { LetterheadView as Letterhead } from '@thidua/contracts/letterhead';
import { DEMO_PASSWORD, signInThroughPage, STANDING_OFFICE } from './support/accounts';
import { Api } from './support/api';
import { expect, test } from './support/fixtures';
import { saveScreen } from './support/screens';

test('the standing office sets the council’s letterhead: a blank or badly formed field is refused by name, a good one saved and audited', async ({
  page,
}) => {
  await signInThroughPage(page, STANDING_OFFICE, DEMO_PASSWORD);
  const api = await Api.current(page.request);
  const council = await api.firstCouncil();
  const before = await api.get<Letterhead>(`/councils/${council.id}/letterhead`);

  await page.getByRole('navigation').getByRole('link', { name: 'Thiết lập văn bản' }).click();
  await expect(page.getByRole('heading', { name: 'Thiết lập văn bản của Hội đồng', level: 1 })).toBeVisible();
  const place = page.getByLabel('Địa danh (dòng ngày tháng)');
  await expect(place).toHaveValue(before.placeName);

  // Blank: refused in the browser, beside the field.
  await place.fill('   ');
  await page.getByRole('button', { name: 'Lưu thiết lập' }).click();
  await expect(page.getByText('Vui lòng nhập địa danh (dòng ngày tháng)')).toBeVisible();

  // Badly formed symbol: the server's Vietnamese message beside the field; nothing saved.
  const placeName = `Thành phố Thử ${Date.now() % 100000}`;
  await place.fill(placeName);
  await page.getByLabel('Chữ viết tắt của Hội đồng (ký hiệu văn bản)').fill('hđ tđkt');
  await page.getByRole('button', { name: 'Lưu thiết lập' }).click();
  await expect(page.getByText(/Chỉ gồm chữ in hoa, chữ số và dấu gạch ngang/)).toBeVisible();
  expect((await api.get<Letterhead>(`/councils/${council.id}/letterhead`)).placeName).toBe(before.placeName);

  await page.getByLabel('Chữ viết tắt của Hội đồng (ký hiệu văn bản)').fill('HĐTĐKT');
  await page.getByRole('button', { name: 'Lưu thiết lập' }).click();
  await expect(page.getByText('Đã lưu thiết lập văn bản')).toBeVisible();
  const after = await api.get<Letterhead>(`/councils/${council.id}/letterhead`);
  expect(after).toMatchObject({
    placeName,
    councilSymbol: 'HĐTĐKT',
    saved: true,
    version: before.version + 1,
  });
  await saveScreen(page, '60-thiet-lap-van-ban');

  await page.reload();
  await expect(page.getByLabel('Địa danh (dòng ngày tháng)')).toHaveValue(placeName);
});
