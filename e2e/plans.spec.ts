import AxeBuilder from '@axe-core/playwright';
import type { Page as BrowserPage } from '@playwright/test';
import type { PlanView as Plan, TaskView as Task } from '@thidua/contracts/work-plans';
import { STANDING_OFFICE } from './support/accounts';
import { expect, test } from './support/fixtures';
import { choose, typeDate } from './support/organisation';
import { type Period, switchUser, UserApi } from './support/review';
import { expectNoSidewaysScroll, saveScreen } from './support/screens';

// Issue #14 §1 in the browser: the council's yearly work plan, its tasks by quarter with the late ones
// said in days, the office adding a task (a deadline without its day refused beside the field), the
// executing unit reporting its task done, a council member reading; and the work programme by month.
// The period is of 2098 (its own year: tie-preference has 2093); a task is due in January 2026, late today.

const YEAR = 2098;

async function openScreen(page: BrowserPage, councilId: string, slug: string, period: Period) {
  await page.goto(`/hoi-dong/${councilId}/${slug}`);
  await choose(page, page.getByLabel('Kỳ thi đua', { exact: true }), period.name, { search: false });
}

const rowOf = (page: BrowserPage, text: string) => page.getByRole('row').filter({ hasText: text });
const groupOf = (page: BrowserPage, label: string) => page.getByRole('region', { name: label, exact: true });

test('the plan’s tasks by quarter with the late one in days; the office adds a task, the unit reports its own done, a member reads; the programme by month', async ({
  page,
  request,
}) => {
  test.setTimeout(180_000);
  // The unit's own unit, from its session; then the office signs in on the same context (one session).
  const unit = await UserApi.signIn(request, 'donvi');
  const unitId = unit.session.memberships.find((m) => m.unitId)!.unitId!;
  const office = await UserApi.signIn(request, STANDING_OFFICE);
  const { councilId, tag, period } = await office.newPeriod<Period>(YEAR, 'kế hoạch');
  const title = `Kế hoạch công tác thi đua, khen thưởng năm ${YEAR} (${tag})`;
  const draft = await office.call<Plan>('POST', `/periods/${period.id}/plans`, { title });
  const late = `Xây dựng Kế hoạch tổ chức phong trào thi đua ${tag}`;
  const dueLater = `Sơ kết 6 tháng công tác thi đua, khen thưởng ${tag}`;
  const recurring = `Tuyên truyền, phát hiện, nhân rộng điển hình tiên tiến ${tag}`;
  await office.call('POST', `/plans/${draft.id}/tasks/import`, {
    tasks: [
      { content: late, executingUnitId: unitId, deadlineKind: 'date', dueOn: '2026-01-20' },
      {
        content: dueLater,
        lead: 'Đ/c Phó Chủ tịch Hội đồng',
        executingBody: 'Sở Nội vụ',
        coordinatingUnitIds: [unitId],
        deadlineKind: 'month',
        dueMonth: `${YEAR}-06`,
      },
      {
        content: recurring,
        executingBody: 'Các cơ quan, đơn vị',
        deadlineKind: 'recurring',
        recurrence: 'continuous',
      },
    ],
  });
  await office.call('PATCH', `/plans/${draft.id}`, {
    version: draft.version,
    status: 'issued',
    number: `28/KH-HĐTĐKT-${tag}`,
    issuedOn: `${YEAR}-01-22`,
  });
  const tasksOf = async () =>
    (await office.get<{ items: Task[] }>(`/plans/${draft.id}/tasks?pageSize=500`)).items;
  const lateTask = (await tasksOf()).find((t) => t.content === late)!;
  expect(lateTask.daysLate).toBeGreaterThan(0);

  const added = `Tổ chức tập huấn nghiệp vụ thi đua, khen thưởng ${tag}`;
  await test.step('the office sees the tasks by quarter, the late one said in days, and adds a task', async () => {
    await switchUser(page, STANDING_OFFICE);
    await openScreen(page, councilId, 'ke-hoach', period);
    await choose(page, page.getByLabel('Kế hoạch', { exact: true }), title, { search: false });
    await expect(groupOf(page, 'Quý I/2026')).toContainText(late);
    await expect(rowOf(page, late)).toContainText(`Quá hạn ${lateTask.daysLate} ngày`);
    await expect(rowOf(page, late)).toContainText('Trước ngày 20/01/2026');
    await expect(groupOf(page, `Quý II/${YEAR}`)).toContainText(dueLater);
    await expect(rowOf(page, dueLater)).toContainText(`Tháng 06/${YEAR}`);
    await expect(rowOf(page, dueLater)).not.toContainText('Quá hạn');
    await expect(groupOf(page, 'Nhiệm vụ định kỳ: Thường xuyên')).toContainText(recurring);
    await expect(page.getByText('1 nhiệm vụ quá hạn')).toBeVisible();

    await page.getByRole('button', { name: 'Thêm nhiệm vụ' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Nội dung nhiệm vụ').fill(added);
    await choose(page, dialog.getByLabel('Đơn vị thực hiện (trong Hội đồng)'), 'Phường Bắc Thành');
    // A deadline "by a day" without its day: the server refuses it beside the field, nothing is saved.
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await expect(dialog.locator('.ant-form-item:has(#task-due-on)')).toContainText(
      'Bắt buộc khi hạn hoàn thành là một ngày',
    );
    expect((await tasksOf()).map((t) => t.content)).not.toContain(added);
    await typeDate(page, dialog.getByLabel('Hạn hoàn thành (ngày)'), `15/09/${YEAR}`);
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await expect(dialog).toBeHidden();
    await expect(groupOf(page, `Quý III/${YEAR}`)).toContainText(added);
    await expect(page.getByText('Đã ban hành — 4 nhiệm vụ', { exact: false })).toBeVisible();
    const saved = (await tasksOf()).find((t) => t.content === added);
    expect(saved?.dueOn).toBe(`${YEAR}-09-15`);
    // The picture without the passing "Đã lưu" notice.
    await expect(page.locator('.ant-message-notice')).toHaveCount(0);
    await saveScreen(page, 'ke-hoach');
  });

  await test.step('the executing unit reports its task done with evidence; it cannot edit', async () => {
    await switchUser(page, 'donvi');
    await openScreen(page, councilId, 'ke-hoach', period);
    await expect(page.getByRole('button', { name: 'Thêm nhiệm vụ' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: `Sửa nhiệm vụ: ${late}` })).toHaveCount(0);
    // Another body's task is not the unit's to report.
    await expect(page.getByRole('button', { name: `Báo cáo hoàn thành: ${recurring}` })).toHaveCount(0);
    await page.getByRole('button', { name: `Báo cáo hoàn thành: ${late}` }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await expect(dialog).toContainText('Cần nhập minh chứng, kết quả thực hiện');
    await dialog.getByLabel('Minh chứng, kết quả thực hiện').fill(`Kế hoạch số 12/KH-UBND ${tag}`);
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await expect(dialog).toBeHidden();
    await expect(rowOf(page, late)).toContainText('Đã hoàn thành');
    await expect(rowOf(page, late)).toContainText(`Minh chứng: Kế hoạch số 12/KH-UBND ${tag}`);
    const done = (await tasksOf()).find((t) => t.content === late)!;
    expect(done).toMatchObject({ status: 'done', completionEvidence: `Kế hoạch số 12/KH-UBND ${tag}` });
    // Done after its deadline, it stays late by the days it took.
    await expect(rowOf(page, late)).toContainText(`Quá hạn ${done.daysLate} ngày`);
  });

  await test.step('a council member reads the plan without edit buttons, on a phone too', async () => {
    await switchUser(page, 'hoidong');
    await openScreen(page, councilId, 'ke-hoach', period);
    await expect(rowOf(page, dueLater)).toBeVisible();
    await expect(
      page.getByText('Chỉ cơ quan thường trực Hội đồng được lập, sửa kế hoạch; bạn được xem.', {
        exact: false,
      }),
    ).toBeVisible();
    await expect(
      page.getByRole('button', { name: /^(Thêm nhiệm vụ|Sửa kế hoạch|Lập kế hoạch)$/ }),
    ).toHaveCount(0);
    await expect(page.getByRole('button', { name: /^(Sửa nhiệm vụ|Báo cáo hoàn thành):/ })).toHaveCount(0);
    // The filled screen (a late row, its tinted background and red words) meets WCAG 2.1 AA too; the
    // accessibility walk only sees the demo's period, which has no plan.
    await page.waitForLoadState('networkidle');
    const axe = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .options({ resultTypes: ['violations'] })
      .analyze();
    expect(
      axe.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([]);
    await page.setViewportSize({ width: 390, height: 844 });
    await expectNoSidewaysScroll(page);
    await page.setViewportSize({ width: 1366, height: 768 });
  });

  await test.step('the programme shows each month’s sessions with their agendas', async () => {
    const session = `Phiên họp thứ nhất ${tag}`;
    await office.call('POST', `/periods/${period.id}/programme`, {
      year: YEAR,
      month: 3,
      heldOn: `${YEAR}-03-14`,
      title: session,
      agenda: `- Triển khai nhiệm vụ công tác thi đua, khen thưởng năm ${YEAR}\n- Phân công thành viên Hội đồng theo dõi các cụm, khối`,
      presiding: 'Đ/c Chủ tịch Hội đồng',
    });
    await openScreen(page, councilId, 'chuong-trinh-cong-tac', period);
    const march = groupOf(page, `Tháng 03/${YEAR}`);
    await expect(march).toContainText(session);
    await expect(march.getByRole('listitem')).toHaveText([
      `Triển khai nhiệm vụ công tác thi đua, khen thưởng năm ${YEAR}`,
      'Phân công thành viên Hội đồng theo dõi các cụm, khối',
    ]);
    await expect(march).toContainText(`Ngày họp: 14/03/${YEAR}`);
    await expect(march).toContainText('Dự kiến');
    await expect(groupOf(page, `Tháng 04/${YEAR}`)).not.toContainText(session);
    // A member reads: no editing.
    await expect(page.getByRole('button', { name: 'Thêm phiên họp' })).toHaveCount(0);
    await page.setViewportSize({ width: 390, height: 844 });
    await expectNoSidewaysScroll(page);
    await page.setViewportSize({ width: 1366, height: 768 });

    await switchUser(page, STANDING_OFFICE);
    await openScreen(page, councilId, 'chuong-trinh-cong-tac', period);
    await page.getByRole('button', { name: `Sửa phiên họp: ${session}` }).click();
    const dialog = page.getByRole('dialog');
    await choose(page, dialog.getByLabel('Tình trạng'), 'Đã họp', { search: false });
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await expect(dialog).toBeHidden();
    await expect(groupOf(page, `Tháng 03/${YEAR}`)).toContainText('Đã họp');

    // Once the meeting is recorded, the session links to it on the meetings screen.
    await expect(groupOf(page, `Tháng 03/${YEAR}`)).toContainText('Chưa có cuộc họp được ghi nhận');
    const meeting = await office.call<{ id: string }>('POST', `/periods/${period.id}/meetings`, {
      kind: 'chuyenDe',
      title: session,
      heldOn: `${YEAR}-03-14`,
    });
    const { items } = await office.get<{ items: { id: string; title: string; version: number }[] }>(
      `/periods/${period.id}/programme`,
    );
    const held = items.find((i) => i.title === session)!;
    await office.call('PATCH', `/programme-sessions/${held.id}`, {
      version: held.version,
      meetingId: meeting.id,
    });
    await page.reload();
    await page.getByRole('link', { name: `Xem cuộc họp: ${session}` }).click();
    await expect(page).toHaveURL(new RegExp(`/cuoc-hop/${meeting.id}\\?`));
    await expect(page.getByRole('main')).toContainText(session);
  });
});
