import type { FactSheetView as Sheet } from '@thidua/contracts/facts';
import type { Page as BrowserPage } from '@playwright/test';
import { DEMO_PASSWORD, signInThroughPage } from './support/accounts';
import { expect, test } from './support/fixtures';
import { buildPeriod, switchUser, UNIT_OF, UserApi } from './support/review';
import { expectNoSidewaysScroll, saveScreen } from './support/screens';

const SLUG = 'thong-tin-xet-khen-thuong';

/** Picks an option of the edit dialog's value list by typing its text and taking it with Enter. */
async function chooseValue(page: BrowserPage, option: string) {
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Giá trị', { exact: true }).click();
  await page.keyboard.type(option);
  await expect(page.locator('.ant-select-item-option-active')).toContainText(option);
  await page.keyboard.press('Enter');
  await expect(dialog).toContainText(option);
}

test('the standing office reads every unit’s facts on the demo, each with its label and source', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await signInThroughPage(page, 'cqtt', DEMO_PASSWORD);
  await page.getByRole('link', { name: 'Thông tin xét khen thưởng' }).first().click();
  await expect(page.getByRole('heading', { name: 'Thông tin xét khen thưởng', level: 1 })).toBeVisible();
  const card = page.getByTestId('facts-phuong-bac-thanh');
  // The first sheet of a freshly started server reads every unit's records: allow it its time.
  await expect(card).toBeVisible({ timeout: 30_000 });
  const registered = card.getByRole('listitem').filter({ hasText: 'Đăng ký thi đua' });
  await expect(registered).toContainText('Lấy từ hồ sơ');
  await expect(registered).toContainText(/Nguồn: Bản đăng ký thi đua gửi ngày \d\d\/\d\d\/\d{4}/);
  await expect(card.getByRole('listitem').filter({ hasText: 'Ký giao ước thi đua' })).toContainText(
    'Ký giao ước thi đua ngày',
  );
  // No raw fact names or rating codes reach the page.
  for (const raw of ['partyRating', 'registered', 'pactSigned', 'womenShare70', 'HTXSNV', 'HTTNV']) {
    await expect(page.locator('main')).not.toContainText(raw);
  }
  // A unit still drafting its registration: the records say it has not registered.
  const draft = page.getByTestId('facts-xa-binh-minh');
  if (await draft.count()) {
    await expect(draft.getByRole('listitem').filter({ hasText: 'Đăng ký thi đua' })).toContainText(
      'bản nháp',
    );
  }
  await saveScreen(page, '90-thong-tin-xet-khen-thuong');
});

test('a unit declares its staff counts, the standing office confirms them and records facts with a reason', async ({
  page,
  request,
}) => {
  test.setTimeout(180_000);
  const office = await UserApi.signIn(request, 'cqtt');
  const { councilId, period, cluster } = await buildPeriod(office, 2066, 'results');
  const address = `/hoi-dong/${councilId}/${SLUG}?ky=${period.id}&cum=${cluster.id}`;
  const member = UNIT_OF['phuc-xa'];
  const sheet = () => office.get<Sheet>(`/clusters/${cluster.id}/fact-sheet`);

  // The member unit (donvi) sees only its own row and declares its counts, on a phone.
  await page.setViewportSize({ width: 390, height: 844 });
  await signInThroughPage(page, 'donvi', DEMO_PASSWORD);
  await page.goto(address);
  await expect(page.getByRole('heading', { name: 'Thông tin xét khen thưởng', level: 1 })).toBeVisible();
  const card = page.getByTestId(`facts-${member}`);
  await expect(card).toBeVisible();
  await expect(page.locator('[data-testid^="facts-"]')).toHaveCount(1);
  await card.getByRole('button', { name: 'Kê khai số lao động' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Tổng số lao động').fill('24');
  await dialog.getByLabel('Số lao động nữ').fill('25');
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(
    dialog.getByText('Số lao động nữ (25) không được lớn hơn tổng số lao động (24)'),
  ).toBeVisible();
  await dialog.getByLabel('Số lao động nữ').fill('18');
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(dialog).toBeHidden();
  await expect(card).toContainText('24 người, trong đó 18 nữ');
  await expect(card).toContainText('Chưa được Cơ quan thường trực xác nhận');
  const women = card.getByRole('listitem').filter({ hasText: 'Tập thể có từ 70 % nữ trở lên' });
  await expect(women).toContainText(
    'Nguồn: Theo số liệu lao động: 18/24 nữ = 75 %, chưa được Cơ quan thường trực xác nhận',
  );
  await expect(women).toContainText('Chưa xác nhận');
  await expect(card.getByRole('button', { name: /^Nhập / })).toHaveCount(0);
  await expectNoSidewaysScroll(page);
  await saveScreen(page, '91-thong-tin-don-vi-ke-khai');

  // The standing office confirms the counts and records a missing fact, then changes one with a reason.
  await page.setViewportSize({ width: 1280, height: 900 });
  await switchUser(page, 'cqtt');
  await page.goto(address);
  const officeCard = page.getByTestId(`facts-${member}`);
  await officeCard.getByRole('button', { name: /^Xác nhận số lao động/ }).click();
  await expect(officeCard).toContainText('Đã được Cơ quan thường trực xác nhận');
  await expect(
    officeCard.getByRole('listitem').filter({ hasText: 'Tập thể có từ 70 % nữ trở lên' }),
  ).toContainText(/18\/24 nữ = 75 %, đã được Cơ quan thường trực xác nhận ngày/);

  const violation = officeCard.getByRole('listitem').filter({ hasText: 'Có vụ việc tiêu cực' });
  await expect(violation).toContainText('Còn thiếu');
  await violation.getByRole('button', { name: /^Nhập / }).click();
  await chooseValue(page, 'Không');
  await page.getByRole('dialog').getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(violation).toContainText('Nguồn: Cơ quan thường trực nhập');
  await expect(violation).not.toContainText('Còn thiếu');

  const party = officeCard.getByRole('listitem').filter({ hasText: 'Xếp loại tổ chức đảng' });
  await party.getByRole('button', { name: /^Sửa / }).click();
  await chooseValue(page, 'Hoàn thành xuất sắc nhiệm vụ');
  await page.getByRole('dialog').getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByRole('dialog').getByText('Nêu lý do')).toBeVisible();
  await page.getByRole('dialog').getByLabel('Lý do').fill('Theo Quyết định xếp loại của Đảng ủy phường');
  await page.getByRole('dialog').getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(party).toContainText('Hoàn thành xuất sắc nhiệm vụ');
  await saveScreen(page, '92-thong-tin-cqtt-sua');

  const row = (await sheet()).units.find((u) => u.code === member)!;
  expect(row.staffCount).toMatchObject({ staff: 24, women: 18 });
  expect(row.staffCount!.confirmedAt).not.toBeNull();
  const fact = (name: string) => row.facts.find((f) => f.name === name)!;
  expect(fact('seriousViolation')).toMatchObject({ value: false, origin: 'typed' });
  expect(fact('partyRating')).toMatchObject({ value: 'HTXSNV', origin: 'typed' });
  expect(fact('womenShare70')).toMatchObject({ value: true, origin: 'derived' });
});
