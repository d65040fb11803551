import type { Locator, Page } from '@playwright/test';
import { DEMO_PASSWORD } from './support/accounts';
import { expect, test } from './support/fixtures';
import { buildTestCluster, clusterScreen } from './support/registrations';
import { apiAs, buildScoringCluster, gridCell, UNIT_CODES } from './support/scoring';

// Each role's main task with the keyboard alone: no click, no hover, no fill — Tab, arrows, typing and
// Enter, as someone who cannot use a mouse works. Addresses are opened as a bookmark would be.

/** Presses Tab until `target` has the focus: it must be reachable in the tab order. */
async function tabTo(page: Page, target: Locator, max = 250, key = 'Tab'): Promise<void> {
  const focused = target.and(page.locator(':focus'));
  for (let i = 0; i < max; i++) {
    if ((await focused.count()) > 0) return;
    await page.keyboard.press(key);
  }
  throw new Error(`${target.toString()} was not reached with ${max} presses of Tab`);
}

/** Signs in with the keyboard: the username field has the focus when the page opens. */
async function signInByKeyboard(page: Page, username: string): Promise<void> {
  await page.goto('/dang-nhap');
  await expect(page.getByLabel('Tên đăng nhập')).toBeFocused();
  await page.keyboard.type(username);
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Mật khẩu')).toBeFocused();
  await page.keyboard.type(DEMO_PASSWORD);
  await page.keyboard.press('Enter');
  await expect(page).not.toHaveURL(/\/dang-nhap/);
}

test('a member unit self-scores a criterion with the keyboard alone', async ({
  page,
  request,
  playwright,
  baseURL,
}) => {
  const setup = await buildScoringCluster(request, 2087);
  const donvi = await apiAs(playwright, baseURL, 'donvi');
  await signInByKeyboard(page, 'donvi');
  await page.goto(setup.selfPath);

  const points = page.getByTestId('self-II.2').getByLabel('II.2: Điểm');
  await tabTo(page, points);
  await page.keyboard.type('85');
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('self-II.2').getByRole('status')).toContainText('Đã lưu');
  const sheet = await donvi.sheet(setup.cluster.id);
  const cell = sheet.rows
    .find((r) => r.unit.code === UNIT_CODES.member)
    ?.cells.find((c) => c.criterionCode === 'II.2');
  expect(cell?.self).toMatchObject({ points: 85 });
});

test('the cluster leader reviews a cell of the grid with the keyboard alone', async ({
  page,
  request,
  playwright,
  baseURL,
}) => {
  const setup = await buildScoringCluster(request, 2088);
  const donvi = await apiAs(playwright, baseURL, 'donvi');
  await donvi.score(setup.cluster.id, setup.unitIds.member, 'II.2', 'self', { points: 90 });
  await setup.advance(); // review
  const leader = await apiAs(playwright, baseURL, 'cumtruong');
  await signInByKeyboard(page, 'cumtruong');
  await page.goto(setup.scoringPath);

  // Into the grid with Tab, then to the member's II.2 with the arrow keys.
  const anyCell = page.getByRole('gridcell');
  await tabTo(page, anyCell);
  const target = gridCell(page, 'Phường Bắc Thành', 'II.2');
  const focused = page.locator(':focus');
  for (let i = 0; i < 30 && (await target.and(focused).count()) === 0; i++) {
    const onII2 = (await focused.getAttribute('data-criterion')) === 'II.2';
    await page.keyboard.press(onII2 ? 'ArrowRight' : 'ArrowDown');
  }
  await expect(target).toBeFocused();
  await page.keyboard.press('Enter');
  const input = page.getByLabel('Phường Bắc Thành, tiêu chí II.2: Điểm');
  await expect(input).toBeFocused();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('80');
  await page.keyboard.press('Enter');
  // A value other than the proposal waits for the batch's one reason.
  await expect(target).toContainText('chờ lưu');
  // The review's toolbar stands above the grid: back to its button with Shift+Tab.
  await tabTo(page, page.getByRole('button', { name: 'Lưu 1 ô đã sửa' }), 60, 'Shift+Tab');
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Lý do thẩm định' });
  await expect(dialog.getByLabel('Lý do điều chỉnh')).toBeFocused();
  const reason = 'Biên bản kiểm tra: chưa tổ chức hội nghị đối thoại quý IV';
  await page.keyboard.type(reason);
  await tabTo(page, dialog.getByRole('button', { name: 'Lưu' }), 10);
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect
    .poll(
      async () =>
        (await leader.sheet(setup.cluster.id)).rows
          .find((r) => r.unit.code === UNIT_CODES.member)
          ?.cells.find((c) => c.criterionCode === 'II.2')?.agreed,
    )
    .toMatchObject({ points: 80, reason });
});

test('the cluster leader records a vote in a meeting with the keyboard alone', async ({ page, sessions }) => {
  const c = await buildTestCluster(sessions);
  const leader = await sessions.as('cumtruong');
  let meeting = await leader.send<{
    id: string;
    version: number;
    attendance: { unitId: string; unitName: string }[];
  }>('POST', `/clusters/${c.clusterId}/meetings`, {
    kind: 'truBi',
    heldOn: '2056-11-20',
    title: 'Hội nghị trù bị bỏ phiếu bằng bàn phím',
    agenda: 'Bầu cụm trưởng năm sau',
  });
  // Everyone present: the quorum is reached and votes may be recorded.
  meeting = await leader.send('PUT', `/meetings/${meeting.id}/attendance`, {
    version: meeting.version,
    items: meeting.attendance.map((a) => ({ unitId: a.unitId, present: true })),
  });
  const deputy = meeting.attendance.find((a) => a.unitId === c.units.deputy)!;

  await signInByKeyboard(page, 'cumtruong');
  await page.goto(clusterScreen(c, 'cuoc-hop', meeting.id));
  await tabTo(page, page.getByLabel('Đơn vị', { exact: true }));
  await page.keyboard.type(deputy.unitName);
  const unitChoice = page.getByLabel('Đơn vị', { exact: true });
  await expect(unitChoice).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Enter');
  // The choice made, the list closes before Tab moves on (under load Tab came while it was still open).
  await expect(unitChoice).toHaveAttribute('aria-expanded', 'false');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Số phiếu', { exact: true })).toBeFocused();
  await page.keyboard.type('3');
  await tabTo(page, page.getByRole('button', { name: 'Ghi số phiếu' }), 10);
  await page.keyboard.press('Enter');
  await expect(page.getByText('Đã ghi số phiếu').last()).toBeVisible();
  const votes = await leader.get<{ items: { unitId: string; votes: number; purpose: string }[] }>(
    `/meetings/${meeting.id}/votes`,
  );
  expect(votes.items.map((v) => [v.unitId, v.votes, v.purpose])).toEqual([[c.units.deputy, 3, 'election']]);
});
