import { STANDING_OFFICE } from './support/accounts';
import { expect, test } from './support/fixtures';
import { choose } from './support/organisation';
import { type Period, switchUser, UserApi } from './support/review';
import { expectNoSidewaysScroll, expectNotice, saveScreen } from './support/screens';

// Issue #14 §2 in the browser: a Huân chương's list is posted publicly for at least 10 working days
// (Nghị định 152/2025/NĐ-CP Art. 44). The office records the posting — a short one is refused with the
// earliest valid end — and the comments received with their handling; a unit reads them. Year 2072.

const YEAR = 2072;

test('the office records the public posting and the comments received; a unit reads them', async ({
  page,
  request,
}) => {
  test.setTimeout(180_000);
  const office = await UserApi.signIn(request, STANDING_OFFICE);
  const { councilId, tag, period } = await office.newPeriod<Period>(YEAR, 'công khai');
  const batch = await office.call<{ id: string }>('POST', `/periods/${period.id}/dossier-batches`, {
    name: `Đợt đề nghị Huân chương ${tag}`,
  });
  const { items: units } = await office.get<{ items: { id: string; name: string }[] }>(
    `/councils/${councilId}/units?pageSize=1`,
  );
  await office.call('POST', `/dossier-batches/${batch.id}/dossiers`, {
    unitId: units[0]!.id,
    subject: 'collective',
    kind: 'huanChuong',
    level: 'national',
    awardName: 'Huân chương Lao động hạng Ba',
    candidateName: `${units[0]!.name} ${tag}`,
  });

  const open = async () => {
    await page.goto(`/hoi-dong/${councilId}/ho-so-khen-thuong`);
    await choose(page, page.getByLabel('Kỳ thi đua', { exact: true }), period.name, { search: false });
  };
  const panel = page.getByRole('region', { name: 'Công khai danh sách (Điều 44 Nghị định 152/2025/NĐ-CP)' });

  await test.step('a short posting is refused with the earliest valid end', async () => {
    await switchUser(page, STANDING_OFFICE);
    await open();
    await expect(panel).toContainText('phải được công khai ít nhất 10 ngày làm việc');
    await expect(panel).toContainText('Chưa ghi việc công khai danh sách.');
    await panel.getByLabel('Ngày bắt đầu').fill('02/03/2072');
    await panel.getByLabel('Ngày bắt đầu').press('Enter');
    await expect(panel).toContainText('Ngày kết thúc sớm nhất (đủ 10 ngày làm việc): 15/03/2072');
    await panel.getByLabel('Ngày kết thúc').fill('13/03/2072');
    await panel.getByLabel('Ngày kết thúc').press('Enter');
    await panel.getByLabel('Hình thức, nơi công khai').fill('Cổng thông tin điện tử của tỉnh');
    await panel.getByRole('button', { name: 'Ghi việc công khai' }).click();
    await expect(panel).toContainText('ngày kết thúc sớm nhất là 15/03/2072');
  });

  await test.step('the posting of 10 working days is recorded', async () => {
    await panel.getByLabel('Ngày kết thúc').fill('15/03/2072');
    await panel.getByLabel('Ngày kết thúc').press('Enter');
    await panel.getByRole('button', { name: 'Ghi việc công khai' }).click();
    await expectNotice(page, 'Đã lưu');
    await expect(panel.getByTestId('posting-summary')).toContainText(
      'Từ 02/03/2072 đến 15/03/2072: 10 ngày làm việc',
    );
    await expect(panel.getByTestId('posting-summary')).toContainText('Bắt đầu công khai ngày 02/03/2072');
  });

  await test.step('the office records a comment, then its handling', async () => {
    await expect(panel).toContainText('Không nhận được ý kiến nào.');
    await panel.getByRole('button', { name: 'Thêm ý kiến' }).click();
    const dialog = page.getByRole('dialog', { name: 'Thêm ý kiến nhận được' });
    await dialog.getByLabel('Ngày nhận').fill('05/03/2072');
    await dialog.getByLabel('Ngày nhận').press('Enter');
    await dialog.getByLabel('Nội dung ý kiến').fill(`Đề nghị làm rõ thành tích ${tag}`);
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    const row = panel.getByRole('row').filter({ hasText: `Đề nghị làm rõ thành tích ${tag}` });
    await expect(row).toContainText('ẩn danh');
    await expect(row).toContainText('Chưa xử lý');
    await row.getByRole('button', { name: /^Sửa/ }).click();
    const edit = page.getByRole('dialog', { name: 'Sửa ý kiến nhận được' });
    await edit.getByLabel('Kết quả xử lý, trả lời').fill('Đã xác minh, thành tích đúng');
    await edit.getByRole('button', { name: 'Lưu' }).click();
    await expect(row).toContainText('Đã xác minh, thành tích đúng');
    await saveScreen(page, 'ho-so-cong-khai');
  });

  await test.step('a unit reads the posting and the comments, on a phone too', async () => {
    await switchUser(page, 'donvi');
    await open();
    await expect(panel.getByTestId('posting-summary')).toContainText('10 ngày làm việc');
    await expect(panel).toContainText(`Đề nghị làm rõ thành tích ${tag}`);
    await expect(panel.getByRole('button', { name: 'Thêm ý kiến' })).toHaveCount(0);
    await expect(panel.getByRole('button', { name: 'Ghi việc công khai' })).toHaveCount(0);
    await page.setViewportSize({ width: 390, height: 844 });
    await expectNoSidewaysScroll(page);
  });
});
