import type { Page as BrowserPage } from '@playwright/test';
import { STANDING_OFFICE } from './support/accounts';
import { expect, test } from './support/fixtures';
import { choose } from './support/organisation';
import { type Period, switchUser, UserApi } from './support/review';
import { TINY_PDF } from './support/scoring';
import { expectNoSidewaysScroll, expectNotice, saveScreen } from './support/screens';

// Issue #14 §2 in the browser: a unit files its dossier and attaches its components; the office checks
// it against the required list, refuses to pass an incomplete one and returns it with a reason. Issue #10
// §4: an individual under disciplinary review is not proposed (the refusal shows beside the field). The
// period is of 2096 (its own year).

const YEAR = 2096;

const pdf = (name: string) => ({
  name,
  mimeType: 'application/pdf',
  buffer: Buffer.concat([TINY_PDF, Buffer.from(`% ${name}\n`)]),
});

async function openDossiers(page: BrowserPage, councilId: string, period: Period) {
  await page.goto(`/hoi-dong/${councilId}/ho-so-khen-thuong`);
  await choose(page, page.getByLabel('Kỳ thi đua', { exact: true }), period.name, { search: false });
}

const rowOf = (page: BrowserPage, name: string) => page.getByRole('row').filter({ hasText: name });

test('a unit files its dossier with its components; the office passes the complete one and returns the incomplete one with a reason', async ({
  page,
  request,
}) => {
  test.setTimeout(180_000);
  const office = await UserApi.signIn(request, STANDING_OFFICE);
  const { councilId, tag, period } = await office.newPeriod<Period>(YEAR, 'hồ sơ');

  await test.step('the office opens a batch', async () => {
    await switchUser(page, STANDING_OFFICE);
    await openDossiers(page, councilId, period);
    await expect(page.getByText('Kỳ này chưa có đợt xét khen thưởng.')).toBeVisible();
    await page.getByLabel('Tên đợt').fill(`Đợt tổng kết năm ${YEAR}`);
    await page.getByRole('button', { name: 'Thêm đợt' }).click();
    await expect(page.getByText('Đợt này chưa có hồ sơ.')).toBeVisible();
  });

  const complete = `Phường Bắc Thành ${tag}`;
  const incomplete = `Phường Bắc Thành — lần 2 ${tag}`;
  await test.step('the unit files two dossiers and completes one of them', async () => {
    await switchUser(page, 'donvi');
    await openDossiers(page, councilId, period);
    for (const name of [complete, incomplete]) {
      await page.getByRole('button', { name: 'Nộp hồ sơ' }).click();
      const dialog = page.getByRole('dialog');
      await choose(page, dialog.getByLabel('Hình thức'), 'Bằng khen', { search: false });
      await dialog.getByLabel('Tên tập thể, cá nhân').fill(name);
      await dialog.getByRole('button', { name: 'Lưu' }).click();
      await expectNotice(page, 'Đã nộp hồ sơ');
      await expect(rowOf(page, name)).toContainText('Thiếu 3 thành phần');
    }
    await page.getByRole('button', { name: `Thành phần hồ sơ: ${complete}` }).click();
    const drawer = page.getByRole('dialog');
    await expect(drawer).toContainText('Tờ trình đề nghị khen thưởng (Mẫu số 01): Chưa có');
    for (const [label, file] of [
      ['Tờ trình đề nghị khen thưởng (Mẫu số 01)', 'to-trinh.pdf'],
      ['Báo cáo thành tích', 'bao-cao-thanh-tich.pdf'],
      ['Biên bản họp xét khen thưởng', 'bien-ban.pdf'],
    ] as const) {
      // The next required component still missing is chosen already.
      await expect(drawer.locator('.ant-select:has(#component-kind)')).toContainText(label);
      await drawer.locator('input[type=file]').setInputFiles(pdf(file));
      await expect(drawer.getByRole('link', { name: file })).toBeVisible();
    }
    await expect(drawer).toContainText('Biên bản họp xét khen thưởng: Đã có');
    await page.keyboard.press('Escape');
    await expect(drawer).toBeHidden();
    await expect(rowOf(page, complete)).toContainText('Đủ thành phần');
    // The unit does not appraise.
    await expect(page.getByRole('button', { name: `Đạt: ${complete}` })).toHaveCount(0);
    await page.setViewportSize({ width: 390, height: 844 });
    await expectNoSidewaysScroll(page);
    await page.setViewportSize({ width: 1366, height: 768 });
  });

  await test.step('the unit is refused an individual dossier for a person under disciplinary review (khoản 4 Điều 4)', async () => {
    const person = `Nguyễn Văn Kỷ ${tag}`;
    const rows = await page.getByRole('row').count();
    await page.getByRole('button', { name: 'Nộp hồ sơ' }).click();
    const dialog = page.getByRole('dialog');
    // The person's standing is asked for an individual only.
    await expect(dialog.getByRole('group', { name: /Tình trạng của cá nhân/ })).toHaveCount(0);
    await choose(page, dialog.getByLabel('Đối tượng'), 'Cá nhân', { search: false });
    await expect(
      dialog.getByRole('group', { name: 'Tình trạng của cá nhân (khoản 4 Điều 4 Nghị định 152/2025/NĐ-CP)' }),
    ).toBeVisible();
    await choose(page, dialog.getByLabel('Hình thức'), 'Chiến sĩ thi đua cơ sở', { search: false });
    await dialog.getByLabel('Tên tập thể, cá nhân').fill(person);
    const bar = dialog.getByRole('checkbox', { name: 'Đang bị xem xét kỷ luật' });
    await bar.check();
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    // The refusal shows beside the ticked box, naming the person, the reason and the article.
    const field = dialog
      .locator('.ant-form-item')
      .filter({ has: page.getByRole('checkbox', { name: 'Đang bị xem xét kỷ luật' }) });
    await expect(field.locator('.ant-form-item-explain')).toHaveText(
      `${person} chưa được đề nghị khen thưởng vì đang bị xem xét kỷ luật (khoản 4 Điều 4 Nghị định 152/2025/NĐ-CP)`,
    );
    await dialog.getByRole('button', { name: 'Hủy' }).click();
    await expect(dialog).toBeHidden();
    await expect(rowOf(page, person)).toHaveCount(0);
    await expect(page.getByRole('row')).toHaveCount(rows);

    // The form kept what was typed; without the bar the person is filed.
    await page.getByRole('button', { name: 'Nộp hồ sơ' }).click();
    await expect(dialog.getByLabel('Tên tập thể, cá nhân')).toHaveValue(person);
    await bar.uncheck();
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await expectNotice(page, 'Đã nộp hồ sơ');
    await expect(rowOf(page, person)).toHaveCount(1);
  });

  await test.step('the office passes the complete dossier, is refused the incomplete one, and returns it with a reason', async () => {
    await switchUser(page, STANDING_OFFICE);
    await openDossiers(page, councilId, period);
    await page.getByRole('button', { name: `Đạt: ${incomplete}` }).click();
    await expect(
      page.getByText(
        'Hồ sơ còn thiếu: Tờ trình đề nghị khen thưởng (Mẫu số 01); Báo cáo thành tích; Biên bản họp xét khen thưởng',
        { exact: false },
      ),
    ).toBeVisible();
    await expect(rowOf(page, incomplete)).toContainText('Chờ thẩm định');

    await page.getByRole('button', { name: `Trả lại: ${incomplete}` }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await expect(dialog).toContainText('Cần nêu lý do trả lại hồ sơ');
    await dialog.getByLabel('Lý do').fill('Thiếu tờ trình, báo cáo thành tích và biên bản họp');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await expect(dialog).toBeHidden();
    await expect(rowOf(page, incomplete)).toContainText('Trả lại');
    await expect(rowOf(page, incomplete)).toContainText(
      'Lý do: Thiếu tờ trình, báo cáo thành tích và biên bản họp',
    );

    await page.getByRole('button', { name: `Đạt: ${complete}` }).click();
    await expect(rowOf(page, complete)).toContainText('Đạt');

    // A complaint about the individual arrives after filing: recorded with its reason, it holds the
    // dossier back — "Đạt" is disabled and says why.
    const person = `Nguyễn Văn Kỷ ${tag}`;
    await page.getByRole('button', { name: `Tình trạng cá nhân: ${person}` }).click();
    const standing = page.getByRole('dialog');
    await standing
      .getByRole('checkbox', { name: 'Có đơn khiếu nại, tố cáo đang được xem xét, xác minh' })
      .check();
    await standing.getByLabel('Lý do thay đổi (ghi vào nhật ký)').fill('Nhận đơn tố cáo, đang xác minh');
    await standing.getByRole('button', { name: 'Lưu' }).click();
    await expect(standing).toBeHidden();
    await expect(rowOf(page, person)).toContainText('Chưa được đề nghị');
    await expect(rowOf(page, person)).toContainText(
      'có đơn khiếu nại, tố cáo đang được xem xét, xác minh (khoản 4 Điều 4 Nghị định 152/2025/NĐ-CP)',
    );
    const approve = page.getByRole('button', { name: `Đạt: ${person}` });
    await expect(approve).toBeDisabled();
    await expect(approve).toHaveAccessibleDescription(
      'Chưa được đề nghị có đơn khiếu nại, tố cáo đang được xem xét, xác minh (khoản 4 Điều 4 Nghị định 152/2025/NĐ-CP)',
    );
    await expect(page.getByRole('button', { name: `Trả lại: ${person}` })).toBeEnabled();
    await saveScreen(page, 'dossiers');
  });
});
