import type { Page as BrowserPage } from '@playwright/test';
import type { DueItemView as DueItem, ProgressView as Progress } from '@thidua/contracts/periods';
import type { LateTasksView as LateTasks } from '@thidua/contracts/work-plans';
import { DEMO_PASSWORD, signInThroughPage } from './support/accounts';
import { expect, test } from './support/fixtures';
import { buildPeriod, UNIT_OF, UserApi } from './support/review';
import { expectNoSidewaysScroll, saveScreen } from './support/screens';

/** `2026-07-31` as offices write it, independently of the application's formatDate. */
const ddmmyyyy = (date: string) => date.split('-').reverse().join('/');

/** This year's calendar-year period of the demo. */
async function demoYear(api: UserApi) {
  const councilId = await api.councilId();
  const periods = await api.get<{ items: { id: string; year: number; calendar: string }[] }>(
    `/councils/${councilId}/periods?year=2026&calendar=calendarYear`,
  );
  return { councilId, periodId: periods.items[0]!.id };
}

/** The dashboard shows what the API says is due, late and done for this user, and each cluster's progress. */
async function expectDashboard(page: BrowserPage, api: UserApi, username: string) {
  const { councilId, periodId } = await demoYear(api);
  const session = await api.get<{ memberships: { unitId: string | null }[] }>('/auth/me');
  const unitId = session.memberships.find((m) => m.unitId)?.unitId ?? undefined;
  const progress = await api.get<Progress>(`/periods/${periodId}/progress`);
  const mine = unitId ? progress.clusters.find((c) => c.members.some((m) => m.unitId === unitId)) : undefined;
  const myType = mine?.members.find((m) => m.unitId === unitId)?.type;
  const scope = mine ? `&clusterId=${mine.id}&unitType=${myType}` : '';
  const due = await api.get<{ items: DueItem[]; lateCount: number }>(
    `/periods/${periodId}/deadlines/due?pageSize=500${scope}`,
  );
  const late = await api.get<LateTasks>(
    `/periods/${periodId}/late-tasks${unitId ? `?unitId=${unitId}` : ''}`,
  );
  const recent = await api.get<{ items: unknown[] }>(`/councils/${councilId}/audit/recent?pageSize=8`);

  await page.goto(`/?hoiDong=${councilId}&ky=${periodId}`);
  await expect(page.getByRole('heading', { name: 'Việc cần làm', level: 2 })).toBeVisible();

  const open = due.items.filter((i) => i.late || i.status !== 'done');
  const duePanel = page.getByTestId('due-panel');
  if (open.length === 0)
    await expect(duePanel.getByText('Không có hạn nào sắp đến hay quá hạn.')).toBeVisible();
  await expect(duePanel.getByTestId('due-item')).toHaveCount(open.length);
  for (const item of open) {
    const row = duePanel.getByTestId('due-item').filter({ hasText: item.stageName });
    await expect(row.first()).toContainText(`Hạn ${ddmmyyyy(item.dueOn)}`);
    if (item.late) await expect(row.first()).toContainText('Quá hạn');
  }
  if (due.lateCount > 0) await expect(duePanel.getByText(`${due.lateCount} việc quá hạn`)).toBeVisible();

  const latePanel = page.getByTestId('late-tasks-panel');
  const lateUnits = late.items.filter((u) => u.late > 0);
  await expect(latePanel.getByTestId('late-unit')).toHaveCount(lateUnits.length);
  for (const unit of lateUnits) {
    await expect(
      latePanel.getByText(`${unit.unitName}: ${unit.late}/${unit.datedTasks} nhiệm vụ chậm, muộn`),
    ).toBeVisible();
  }
  if (lateUnits.length === 0)
    await expect(latePanel.getByText('Không có nhiệm vụ nào chậm, muộn.')).toBeVisible();

  const panel = page.getByTestId('progress-panel');
  for (const cluster of progress.clusters) {
    const counts = panel.locator(`[data-cluster="${cluster.name}"]`).getByTestId('progress-count');
    await expect(counts).toHaveText(
      [cluster.registered, cluster.pactSigned, cluster.selfScored, cluster.reviewed].map(
        (n) => `${n}/${cluster.memberCount}`,
      ),
    );
  }
  if (mine) {
    await expect(panel.locator(`[data-cluster="${mine.name}"]`).getByText('Cụm, khối của bạn')).toBeVisible();
  }
  await expect(page.getByTestId('recent-change')).toHaveCount(recent.items.length);
  await saveScreen(page, `7${username === 'cqtt' ? '6' : '7'}-trang-chu-${username}`);
}

test('the standing office’s home shows every deadline due or late, late tasks and each cluster’s progress as the API says', async ({
  page,
  request,
}) => {
  const api = await UserApi.signIn(request, 'cqtt');
  await signInThroughPage(page, 'cqtt', DEMO_PASSWORD);
  await expectDashboard(page, api, 'cqtt');
  await expect(page.getByText('Thay đổi mới nhất trong Hội đồng.')).toBeVisible();
});

test('a member unit’s home shows its own cluster’s deadlines, its late tasks and its own unit’s changes', async ({
  page,
  request,
}) => {
  // A change about the unit: its objection in a period of 2065 brought to review.
  const office = await UserApi.signIn(request, 'cqtt');
  const { cluster } = await buildPeriod(office, 2065, 'review');
  const api = await UserApi.signIn(request, 'donvi');
  const unitId = cluster.members.find((m) => m.code === UNIT_OF['phuc-xa'])!.unitId;
  await api.call('POST', `/clusters/${cluster.id}/objections`, {
    unitId,
    criterionCode: 'II.2',
    body: 'Đề nghị xem lại điểm tiêu chí II.2',
  });
  await signInThroughPage(page, 'donvi', DEMO_PASSWORD);
  await expectDashboard(page, api, 'donvi');
  await expect(page.getByTestId('recent-change').first()).toContainText('Ý kiến');
  await expect(page.getByText('Thay đổi về đơn vị của bạn và thao tác của bạn.')).toBeVisible();
});

test('on a phone the home dashboard reads without sideways scrolling', async ({ page, request }) => {
  const api = await UserApi.signIn(request, 'donvi');
  const { councilId, periodId } = await demoYear(api);
  await page.setViewportSize({ width: 390, height: 844 });
  await signInThroughPage(page, 'donvi', DEMO_PASSWORD);
  await page.goto(`/?hoiDong=${councilId}&ky=${periodId}`);
  await expect(page.getByTestId('progress-panel').getByText('Cụm, khối của bạn')).toBeVisible();
  await expectNoSidewaysScroll(page);
  await saveScreen(page, '78-trang-chu-dien-thoai');
});
