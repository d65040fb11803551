import type { NotificationPage, ProfileView as Profile } from '@thidua/contracts/notifications';
import { DEMO_PASSWORD, signInThroughPage } from './support/accounts';
import { expect, test } from './support/fixtures';
import { buildPeriod, type Cluster, UNIT_OF, UserApi } from './support/review';
import { saveScreen } from './support/screens';

const unitId = (cluster: Cluster, code: string) => cluster.members.find((m) => m.code === code)!.unitId;

test('a unit objects, the leader sees the bell’s count and opens the objection from the notification; e-mail is turned off on the profile', async ({
  page,
  request,
  playwright,
}) => {
  const office = await UserApi.signIn(request, 'cqtt');
  // 2090: this spec's own period, in review (objections open).
  const { councilId, period, cluster } = await buildPeriod(office, 2090, 'review');
  const unitContext = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
  const unit = await UserApi.signIn(unitContext, 'donvi');
  const text = `Đề nghị xem lại điểm tiêu chí II.2 (${Date.now()})`;
  await unit.call('POST', `/clusters/${cluster.id}/objections`, {
    unitId: unitId(cluster, UNIT_OF['phuc-xa']),
    criterionCode: 'II.2',
    body: text,
  });
  await unitContext.dispose();

  const leaderContext = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
  const leader = await UserApi.signIn(leaderContext, 'cumtruong');
  const mine = await leader.get<NotificationPage>('/me/notifications');
  expect(mine.unreadCount).toBeGreaterThan(0);
  const ours = mine.items.find((n) => n.text.includes(cluster.name))!;
  expect(ours.link).toBe(
    `/hoi-dong/${councilId}/y-kien?ky=${period.id}&cum=${cluster.id}&donVi=${unitId(cluster, UNIT_OF['phuc-xa'])}`,
  );

  await signInThroughPage(page, 'cumtruong', DEMO_PASSWORD);
  const bell = page.getByRole('button', { name: `Thông báo (${mine.unreadCount} chưa đọc)` });
  await expect(bell).toBeVisible();
  await bell.click();
  const item = page.getByRole('button').filter({ hasText: cluster.name }).first();
  await expect(item).toContainText('Ý kiến mới về bảng điểm');
  await saveScreen(page, '90-thong-bao-chuong');
  await item.click();

  await expect(page).toHaveURL(/\/y-kien\?/);
  await expect(page.getByRole('heading', { name: 'Ý kiến về bảng điểm', level: 1 })).toBeVisible();
  await expect(page.getByTestId('objection-thread').filter({ hasText: text })).toBeVisible();
  // Opened, it is read: the count went down by one.
  await expect(
    page.getByRole('button', {
      name:
        mine.unreadCount - 1 > 0
          ? `Thông báo (${mine.unreadCount - 1} chưa đọc)`
          : 'Thông báo (không có thông báo chưa đọc)',
    }),
  ).toBeVisible();

  // The list screen shows it among the leader's own notifications.
  await page.goto('/thong-bao');
  await expect(page.getByRole('heading', { name: 'Thông báo', level: 1 })).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: cluster.name }).first()).toBeVisible();

  // The profile: turn e-mail notifications off, saved and audited on the server.
  const before = await leader.get<Profile>('/me/profile');
  await page.getByRole('button', { name: /^Tài khoản:/ }).click();
  await page.getByRole('menuitem', { name: 'Tài khoản, nhận thông báo' }).click();
  await expect(page.getByRole('heading', { name: 'Tài khoản của tôi', level: 1 })).toBeVisible();
  const toggle = page.getByRole('switch', { name: 'Nhận thông báo qua thư điện tử' });
  await expect(toggle).toHaveAttribute('aria-checked', String(before.emailNotifications));
  if (!before.emailNotifications) throw new Error('the demo leader should start with e-mail on');
  await toggle.click();
  await page.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByText('Đã lưu tài khoản')).toBeVisible();
  await saveScreen(page, '91-tai-khoan-tat-thu');
  const after = await leader.get<Profile>('/me/profile');
  expect(after).toMatchObject({ emailNotifications: false, version: before.version + 1 });
  // The demo account is shared by the other specs: put its choice back.
  await leader.call('PATCH', '/me/profile', { version: after.version, emailNotifications: true });
  await leaderContext.dispose();
});
