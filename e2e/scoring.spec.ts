import { CURRENT_YEAR } from '../apps/server/src/demo/periods-plan';
import { expectNoSidewaysScroll, saveScreen } from './support/screens';
import { expect, test } from './support/fixtures';
import {
  apiAs,
  buildScoringCluster,
  openAs,
  type ResultDocument,
  type Sheet,
  TINY_PDF,
  TINY_PNG,
  UNIT_CODES,
  UserApi,
  vietnamese,
  gridCell,
} from './support/scoring';

// Scoring and self-scoring against the real API. Each test that writes builds its own period (years
// 2046–2050) and cluster of demo units; the demo's own Cụm 1 of this year is only read.

const finalOf = (result: ResultDocument, code: string) => {
  const unit = result.units.find((u) => u.unit === code);
  expect(unit, `result of ${code}`).toBeDefined();
  return unit!.final;
};

const cellOf = (sheet: Sheet, unitCode: string, criterion: string) =>
  sheet.rows.find((r) => r.unit.code === unitCode)?.cells.find((c) => c.criterionCode === criterion);

test('a member unit self-scores two criteria with an evidence file; a value over the standard is refused in Vietnamese; the final is the engine’s', async ({
  page,
  request,
  playwright,
  baseURL,
}) => {
  const setup = await buildScoringCluster(request, 2046);
  const donvi = await apiAs(playwright, baseURL, 'donvi');
  await openAs(page, 'donvi', setup.selfPath);

  await expect(page.getByRole('heading', { name: 'Tự chấm điểm', level: 1 })).toBeVisible();
  await expect(page.getByText('đang được xây dựng')).toHaveCount(0);
  await expect(page.getByTestId('self-progress')).toHaveText('Đã tự chấm 0/3 tiêu chí');

  // Quantitative: plan and actual, saved when leaving the two inputs (a decimal comma as typed).
  const revenue = page.getByTestId('self-I.1');
  await revenue.getByLabel('I.1: Kế hoạch').fill('100');
  await revenue.getByLabel('I.1: Thực hiện').fill('112,5');
  await revenue.getByLabel('I.1: Ghi chú').click();
  await expect(revenue.getByRole('status')).toContainText('Đã lưu');
  // Points.
  const democracy = page.getByTestId('self-II.2');
  await democracy.getByLabel('II.2: Điểm').fill('85');
  await democracy.getByLabel('II.2: Điểm').press('Tab');
  await expect(democracy.getByRole('status')).toContainText('Đã lưu');
  // I.1 requires evidence: with its figures but no file yet it is not done (issue #11 §2).
  await expect(page.getByTestId('self-progress')).toHaveText('Đã tự chấm 1/3 tiêu chí');

  let sheet = await donvi.sheet(setup.cluster.id);
  expect(cellOf(sheet, UNIT_CODES.member, 'I.1')?.self).toMatchObject({ plan: 100, actual: 112.5 });
  expect(cellOf(sheet, UNIT_CODES.member, 'II.2')?.self).toMatchObject({ points: 85 });

  // The final shown is the engine's, read again after the saves.
  const result = await donvi.results(setup.cluster.id);
  const final = finalOf(result, UNIT_CODES.member);
  expect(final).toBeGreaterThan(0);
  await expect(page.getByTestId('self-final')).toHaveText(vietnamese(final));

  // Over the standard points: the server's Vietnamese message beside the input, nothing saved.
  await democracy.getByLabel('II.2: Điểm').fill('150');
  await democracy.getByLabel('II.2: Điểm').press('Tab');
  await expect(democracy.getByRole('alert')).toHaveText('150 vượt quá điểm chuẩn 100 của tiêu chí II.2');
  await expect(democracy.getByRole('status')).toHaveText('Chưa lưu');
  sheet = await donvi.sheet(setup.cluster.id);
  expect(cellOf(sheet, UNIT_CODES.member, 'II.2')?.self?.points).toBe(85);
  await saveScreen(page, '40-tu-cham-diem-loi-vuot-diem-chuan');

  // Evidence: a real PNG uploaded, listed and previewed inline; a file of another type refused in Vietnamese.
  await revenue.getByRole('button', { name: 'Minh chứng I.1' }).click();
  const drawer = page.getByRole('dialog', { name: /Phường Bắc Thành — tiêu chí I.1/ });
  await expect(drawer).toBeVisible();
  await drawer.getByLabel('Tải lên tệp minh chứng').setInputFiles({
    name: 'bao-cao-thu-ngan-sach.png',
    mimeType: 'image/png',
    buffer: TINY_PNG,
  });
  await expect(drawer.getByText('bao-cao-thu-ngan-sach.png')).toBeVisible();
  await expect(page.getByTestId('self-progress')).toHaveText('Đã tự chấm 2/3 tiêu chí');
  await drawer.getByLabel('Tải lên tệp minh chứng').setInputFiles({
    name: 'ghi-chu.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from('không phải minh chứng'),
  });
  await expect(drawer.getByRole('alert')).toContainText('Chỉ nhận tệp PDF');
  await saveScreen(page, '41-minh-chung-tu-cham');
  await drawer.getByRole('button', { name: 'Xem bao-cao-thu-ngan-sach.png' }).click();
  const preview = page.getByRole('dialog', { name: 'Xem minh chứng: bao-cao-thu-ngan-sach.png' });
  await expect(preview.getByRole('img', { name: 'bao-cao-thu-ngan-sach.png' })).toBeVisible();
  await saveScreen(page, '42-xem-minh-chung');

  sheet = await donvi.sheet(setup.cluster.id);
  expect(cellOf(sheet, UNIT_CODES.member, 'I.1')?.self?.evidenceCount).toBe(1);
});

test('the focal department scores its criterion for every unit; two pages editing the same cell meet a conflict that names who saved first', async ({
  page,
  request,
  playwright,
  baseURL,
  context,
}) => {
  const setup = await buildScoringCluster(request, 2047);
  const daumoi = await apiAs(playwright, baseURL, 'daumoi');
  await openAs(page, 'daumoi', setup.scoringPath);

  await expect(page.getByRole('heading', { name: 'Chấm điểm, thẩm định', level: 1 })).toBeVisible();
  await expect(page.getByText('đơn vị đầu mối: chỉ hiện 1 trên 5 tiêu chí')).toBeVisible();
  await expect(page.getByRole('rowheader')).toHaveCount(1);
  await expect(page.getByRole('columnheader', { name: /Phường/ })).toHaveCount(4);

  // Keyboard: Enter edits, Enter saves and goes on.
  const cell = gridCell(page, 'Phường Bắc Thành', 'I.2');
  await cell.click();
  await cell.press('Enter');
  await page.getByLabel('Phường Bắc Thành, tiêu chí I.2: Giá trị').fill('92,5');
  await page.getByLabel('Phường Bắc Thành, tiêu chí I.2: Giá trị').press('Enter');
  await expect(cell.getByTestId('cell-main')).toHaveText('92,5');
  await expect
    .poll(async () => cellOf(await daumoi.sheet(setup.cluster.id), UNIT_CODES.member, 'I.2')?.focal?.value)
    .toBe(92.5);
  // The focal department is not shown the unpublished results: no final in the headers.
  await expect(page.getByTestId(`final-${UNIT_CODES.member}`)).toBeEmpty();
  await saveScreen(page, '43-dau-moi-cham-diem');

  // A second page read the same cell before the first saved it.
  const second = await context.newPage();
  await second.goto(setup.scoringPath);
  const secondCell = gridCell(second, 'Phường Đông Hải', 'I.2');
  await expect(secondCell).toBeVisible();

  // Esc cancels an edit; the arrows move from cell to cell.
  await expect(cell).toBeFocused();
  await page.keyboard.press('Enter');
  await page.getByLabel('Phường Bắc Thành, tiêu chí I.2: Giá trị').fill('10');
  await page.keyboard.press('Escape');
  await expect(cell.getByTestId('cell-main')).toHaveText('92,5');
  await expect(cell).toBeFocused();
  const firstCell = gridCell(page, 'Phường Đông Hải', 'I.2');
  await page.keyboard.press('ArrowRight');
  await expect(firstCell).toBeFocused();
  await page.keyboard.press('Enter');
  await page.getByLabel('Phường Đông Hải, tiêu chí I.2: Giá trị').fill('95');
  await page.getByLabel('Phường Đông Hải, tiêu chí I.2: Giá trị').press('Enter');
  await expect(firstCell.getByTestId('cell-main')).toHaveText('95');
  await expect
    .poll(async () => cellOf(await daumoi.sheet(setup.cluster.id), UNIT_CODES.other, 'I.2')?.focal?.value)
    .toBe(95);

  await secondCell.click();
  await secondCell.press('Enter');
  await second.getByLabel('Phường Đông Hải, tiêu chí I.2: Giá trị').fill('80');
  await second.getByLabel('Phường Đông Hải, tiêu chí I.2: Giá trị').press('Enter');
  const conflict = second.getByRole('dialog', { name: 'Ô này vừa được người khác thay đổi' });
  await expect(conflict).toBeVisible();
  const me = await daumoi.get<{ user: { displayName: string } }>('/auth/me');
  await expect(conflict.getByRole('alert')).toContainText(me.user.displayName);
  await expect(conflict.getByTestId('conflict-theirs')).toHaveText('95');
  await expect(conflict.getByTestId('conflict-mine')).toHaveText('80');
  await saveScreen(second, '44-xung-dot-khi-luu');
  await conflict.getByRole('button', { name: 'Giữ giá trị của tôi' }).click();
  await expect(secondCell.getByTestId('cell-main')).toHaveText('80');
  await expect
    .poll(async () => cellOf(await daumoi.sheet(setup.cluster.id), UNIT_CODES.other, 'I.2')?.focal?.value)
    .toBe(80);

  // Notes and evidence of a cell from the grid (key I): a PDF attached to the focal department's score.
  await cell.click();
  await page.keyboard.press('i');
  const drawer = page.getByRole('dialog', { name: /Phường Bắc Thành — tiêu chí I.2/ });
  await expect(drawer.getByTestId('detail-focal')).toHaveText('92,5');
  await drawer.getByLabel('Tải lên tệp minh chứng').setInputFiles({
    name: 'bien-ban-giai-ngan.pdf',
    mimeType: 'application/pdf',
    buffer: TINY_PDF,
  });
  await expect(drawer.getByText('bien-ban-giai-ngan.pdf')).toBeVisible();
  await expect
    .poll(
      async () =>
        cellOf(await daumoi.sheet(setup.cluster.id), UNIT_CODES.member, 'I.2')?.focal?.evidenceCount,
    )
    .toBe(1);
});

test('the leader reviews a member’s score: without a reason a Vietnamese message and nothing saved; with one the agreed value is saved, shown beside the self-score', async ({
  page,
  request,
  playwright,
  baseURL,
}) => {
  const setup = await buildScoringCluster(request, 2048);
  const donvi = await apiAs(playwright, baseURL, 'donvi');
  await donvi.score(setup.cluster.id, setup.unitIds.member, 'II.2', 'self', { points: 90 });
  await setup.advance(); // review: the proposed table is published
  const leader = await apiAs(playwright, baseURL, 'cumtruong');

  await openAs(page, 'cumtruong', setup.scoringPath);
  await expect(page.getByRole('heading', { name: 'Chấm điểm, thẩm định', level: 1 })).toBeVisible();
  await expect(page.getByText('Bảng điểm đã công bố')).toBeVisible();
  // Nobody reviews their own unit: the leader's own column is read-only.
  await expect(gridCell(page, 'Phường Hưng Đạo', 'II.2')).toHaveAttribute('aria-readonly', 'true');

  const cell = gridCell(page, 'Phường Bắc Thành', 'II.2');
  const dialog = page.getByRole('dialog', { name: 'Lý do thẩm định' });
  const reason = 'Biên bản kiểm tra ngày 12/11: chưa tổ chức hội nghị đối thoại quý IV';
  // The review cell proposes the unit's own value.
  await expect(cell.getByTestId('cell-main')).toContainText('90');
  await expect(cell.getByTestId('cell-main')).toContainText('Đề xuất TC');
  // Over the standard points: the engine's Vietnamese message beside the cell, naming the input, nothing saved.
  await cell.click();
  await cell.press('Enter');
  await page.getByLabel('Phường Bắc Thành, tiêu chí II.2: Điểm').fill('150');
  await page.getByLabel('Phường Bắc Thành, tiêu chí II.2: Điểm').press('Enter');
  await expect(cell.getByRole('alert')).toHaveText('Điểm: 150 vượt quá điểm chuẩn 100 của tiêu chí II.2');
  expect(cellOf(await leader.sheet(setup.cluster.id), UNIT_CODES.member, 'II.2')?.agreed).toBeNull();
  await saveScreen(page, '49-tham-dinh-vuot-diem-chuan');

  // Enter opens the refused value again; a value other than the proposal waits for a reason, and
  // without a reason nothing is sent.
  await cell.click();
  await cell.press('Enter');
  await expect(page.getByLabel('Phường Bắc Thành, tiêu chí II.2: Điểm')).toHaveValue('150');
  await page.getByLabel('Phường Bắc Thành, tiêu chí II.2: Điểm').fill('80');
  await page.getByLabel('Phường Bắc Thành, tiêu chí II.2: Điểm').press('Enter');
  await expect(cell).toContainText('chờ lưu');
  await page.getByRole('button', { name: 'Lưu 1 ô đã sửa' }).click();
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('Cần nêu lý do khi thẩm định, điều chỉnh điểm');
  expect(cellOf(await leader.sheet(setup.cluster.id), UNIT_CODES.member, 'II.2')?.agreed).toBeNull();

  await dialog.getByLabel('Lý do điều chỉnh').fill(reason);
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(dialog).toBeHidden();
  await expect(cell.getByTestId('cell-main')).toHaveText('80');
  await expect(cell).toContainText('TC 90');
  await expect(cell).toHaveClass(/score-cell--differs/);
  await expect
    .poll(async () => cellOf(await leader.sheet(setup.cluster.id), UNIT_CODES.member, 'II.2')?.agreed)
    .toMatchObject({ points: 80, reason });
  const final = finalOf(await leader.results(setup.cluster.id), UNIT_CODES.member);
  await expect(page.getByTestId(`final-${UNIT_CODES.member}`)).toContainText(vietnamese(final));
  await saveScreen(page, '45-tham-dinh-co-ly-do');
  // Side by side: only the criteria where the review changed a unit's own value.
  await page
    .getByRole('checkbox', { name: /Chỉ hiện tiêu chí có điểm thẩm định khác điểm tự chấm \(1\)/ })
    .check();
  await expect(page.getByRole('rowheader')).toHaveCount(1);
  await expect(page.getByRole('rowheader')).toContainText('II.2');
});

test('before publication a member unit sees only its own row: another unit’s self-scores are not shown', async ({
  page,
  request,
  playwright,
  baseURL,
}) => {
  const setup = await buildScoringCluster(request, 2049);
  const deputy = await apiAs(playwright, baseURL, 'cumpho');
  await deputy.score(setup.cluster.id, setup.unitIds.deputy, 'II.2', 'self', {
    points: 77,
    note: 'Ghi chú nội bộ của Phường Quang Trung',
  });
  const donvi = await apiAs(playwright, baseURL, 'donvi');
  const seen = await donvi.sheet(setup.cluster.id);
  expect(seen.period.published).toBe(false);
  expect(seen.rows.map((r) => r.unit.code)).toEqual([UNIT_CODES.member]);

  await openAs(page, 'donvi', setup.scoringPath);
  await expect(
    page.getByText('Bảng điểm chưa công bố: bạn chỉ xem được kết quả của Phường Bắc Thành'),
  ).toBeVisible();
  await expect(page.getByRole('columnheader', { name: /Phường Bắc Thành/ })).toBeVisible();
  await expect(page.getByRole('columnheader', { name: /Phường Quang Trung/ })).toHaveCount(0);
  await expect(page.getByText('Ghi chú nội bộ của Phường Quang Trung')).toHaveCount(0);
  await saveScreen(page, '46-don-vi-chi-xem-hang-cua-minh');
});

test('the standing office reads this year’s Cụm 1 sheet: every unit’s final as the engine returns it; a unit’s self-scoring page on a phone', async ({
  page,
  request,
}) => {
  const office = await UserApi.signIn(request, 'cqtt');
  const { items: councils } = await office.get<{ items: { id: string }[] }>('/councils');
  const councilId = councils[0]!.id;
  const periods = await office.get<{
    items: { id: string; year: number; calendar: string; archivedAt: string | null }[];
  }>(`/councils/${councilId}/periods?pageSize=500&calendar=calendarYear`);
  const current = periods.items.find((p) => p.year === CURRENT_YEAR);
  expect(current, 'this year’s demo period').toBeDefined();
  const clusters = await office.get<{ items: { id: string; name: string }[] }>(
    `/periods/${current!.id}/clusters?pageSize=500`,
  );
  const cluster = clusters.items.find((c) => c.name === 'Cụm thi đua số 1')!;
  const result = await office.results(cluster.id);
  const sheet = await office.sheet(cluster.id);

  await openAs(page, 'cqtt', `/hoi-dong/${councilId}/cham-diem?ky=${current!.id}&cum=${cluster.id}`);
  await expect(page.getByRole('columnheader', { name: /Phường/ })).toHaveCount(sheet.rows.length);
  for (const unit of result.units) {
    await expect(page.getByTestId(`final-${unit.unit}`)).toContainText(vietnamese(unit.final));
  }
  await expectNoSidewaysScroll(page);
  await saveScreen(page, '47-bang-cham-diem-cum-1');

  // A member unit's self-scoring page on a phone: readable, nothing sideways.
  await page.context().clearCookies();
  await page.setViewportSize({ width: 390, height: 844 });
  await openAs(page, 'donvi', `/hoi-dong/${councilId}/tu-cham-diem?ky=${current!.id}&cum=${cluster.id}`);
  await expect(page.getByTestId('self-progress')).toContainText('Đã tự chấm');
  const mine = result.units.find((u) => u.name === 'Phường Bắc Thành')!;
  await expect(page.getByTestId('self-final')).toHaveText(vietnamese(mine.final));
  await expectNoSidewaysScroll(page);
  await saveScreen(page, '48-tu-cham-diem-dien-thoai');
});
