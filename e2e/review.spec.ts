import type { ObjectionView as Objection } from '@thidua/contracts/objections';
import type { Locator, Page as BrowserPage } from '@playwright/test';
import { DEMO_PASSWORD, signInThroughPage } from './support/accounts';
import type { Page } from './support/api';
import { expect, test } from './support/fixtures';
import {
  buildPeriod,
  type Cluster,
  type ResultDocument,
  switchUser,
  UNIT_OF,
  UserApi,
  vietnamese,
} from './support/review';
import { expectNoSidewaysScroll, saveScreen } from './support/screens';

const unitId = (cluster: Cluster, code: string) => cluster.members.find((m) => m.code === code)!.unitId;
const unitName = (cluster: Cluster, code: string) => cluster.members.find((m) => m.code === code)!.name;

/** Opens a select by its label, types to narrow its options (long lists are virtual), picks one. */
async function choose(page: BrowserPage, label: string, option: string, scope?: Locator) {
  await (scope ?? page).getByLabel(label, { exact: true }).click();
  await page.keyboard.type(option);
  await page.locator('.ant-select-item-option').filter({ hasText: option }).first().click();
}

test('a unit objects to the agreed score of a criterion and the cluster leader answers it in the thread', async ({
  page,
  request,
  playwright,
}) => {
  const office = await UserApi.signIn(request, 'cqtt');
  const member = UNIT_OF['phuc-xa'];
  // 2061: the unit self-scores II.2 at 95 during results; the agreed value from the file is 90.
  const { councilId, period, cluster } = await buildPeriod(office, 2061, 'review', {
    onStage: async (stage, { cluster: c }) => {
      if (stage !== 'results') return;
      const context = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
      const unit = await UserApi.signIn(context, 'donvi');
      await unit.call('PUT', `/clusters/${c.id}/units/${unitId(c, member)}/entries/II.2/self`, {
        version: 0,
        points: 95,
      });
      await context.dispose();
    },
  });
  const address = `/hoi-dong/${councilId}/y-kien?ky=${period.id}&cum=${cluster.id}`;

  await signInThroughPage(page, 'donvi', DEMO_PASSWORD);
  await page.goto(address);
  await expect(page.getByRole('heading', { name: 'Ý kiến về bảng điểm', level: 1 })).toBeVisible();
  await expect(page.getByText('Bảng điểm đề xuất đã công bố')).toBeVisible();
  await expect(page.getByText('Chưa có ý kiến nào.')).toBeVisible();

  await choose(page, 'Tiêu chí', 'II.2 — Triển khai quy chế dân chủ');
  const compare = page.getByLabel('Điểm tự chấm và điểm thẩm định').first();
  await expect(compare.getByText('95 điểm')).toBeVisible();
  await expect(compare.locator('.objection-differs')).toContainText('90 điểm');
  await expect(compare.getByText('Khác với điểm tự chấm')).toBeVisible();
  const text = `Đơn vị đã tổ chức đủ 4 hội nghị, xin xem lại điểm (${Date.now()})`;
  await page.getByLabel('Nội dung ý kiến').fill(text);
  await saveScreen(page, '70-y-kien-gui');
  await page.getByRole('button', { name: 'Gửi ý kiến' }).click();

  const thread = page.getByTestId('objection-thread').filter({ hasText: text });
  await expect(thread).toBeVisible();
  await expect(thread.getByText('Đang chờ trả lời')).toBeVisible();
  await expect(thread.getByRole('button', { name: 'Rút ý kiến' })).toBeVisible();
  const raised = await office.get<Page<Objection>>(`/clusters/${cluster.id}/objections`);
  expect(raised.items).toHaveLength(1);
  expect(raised.items[0]).toMatchObject({ criterionCode: 'II.2', body: text, status: 'open' });

  // The leader (Hưng Đạo) answers; Bắc Thành is not its own unit.
  await switchUser(page, 'cumtruong');
  await page.goto(address);
  const leaderThread = page.getByTestId('objection-thread').filter({ hasText: text });
  await expect(leaderThread.getByText(unitName(cluster, member))).toBeVisible();
  await expect(leaderThread.getByText('Khác với điểm tự chấm')).toBeVisible();
  const answer = 'Đã xem lại biên bản: giữ 90 điểm vì thiếu báo cáo quý IV.';
  await leaderThread.getByLabel('Trả lời').fill(answer);
  await leaderThread.getByRole('button', { name: 'Gửi trả lời' }).click();
  await expect(leaderThread.getByText('Đã trả lời', { exact: true })).toBeVisible();
  await expect(leaderThread.getByText(answer)).toBeVisible();
  await expect(leaderThread.getByText(text)).toBeVisible();
  await saveScreen(page, '71-y-kien-tra-loi');

  const answered = await office.get<Page<Objection>>(`/clusters/${cluster.id}/objections`);
  expect(answered.items[0]).toMatchObject({ status: 'answered', answer });

  // The unit sees the answer in its thread, and can no longer withdraw.
  await switchUser(page, 'donvi');
  await page.goto(address);
  const unitThread = page.getByTestId('objection-thread').filter({ hasText: text });
  await expect(unitThread.getByText(answer)).toBeVisible();
  await expect(unitThread.getByRole('button', { name: 'Rút ý kiến' })).toHaveCount(0);

  // A second objection, thought better of: the unit withdraws it.
  await choose(page, 'Tiêu chí', 'I.3 — Chỉ số cải cách hành chính');
  const second = 'Đề nghị xem lại chỉ số cải cách hành chính';
  await page.getByLabel('Nội dung ý kiến').fill(second);
  await page.getByRole('button', { name: 'Gửi ý kiến' }).click();
  const secondThread = page.getByTestId('objection-thread').filter({ hasText: second });
  await secondThread.getByRole('button', { name: 'Rút ý kiến' }).click();
  await page.getByRole('tooltip').getByRole('button', { name: 'Rút ý kiến' }).click();
  await expect(secondThread.getByText('Đã rút', { exact: true })).toBeVisible();
  const withdrawn = await office.get<Page<Objection>>(`/clusters/${cluster.id}/objections?status=withdrawn`);
  expect(withdrawn.items.map((o) => o.body)).toEqual([second]);

  // On a phone the thread reads without sideways scrolling.
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(unitThread.getByText(answer)).toBeVisible();
  await expectNoSidewaysScroll(page);
  await saveScreen(page, '75-y-kien-dien-thoai');
});

test('the standing office records a deduction with its source document and the unit’s final changes as the API says', async ({
  page,
  request,
}) => {
  const office = await UserApi.signIn(request, 'cqtt');
  const { councilId, period, cluster } = await buildPeriod(office, 2062, 'results');
  const code = UNIT_OF['cong-vi'];
  const name = unitName(cluster, code);
  const before = await office.get<ResultDocument>(`/clusters/${cluster.id}/results`);
  const finalBefore = before.units.find((u) => u.unit === code)!.final;

  await signInThroughPage(page, 'cqtt', DEMO_PASSWORD);
  await page.goto(`/hoi-dong/${councilId}/cong-tru-diem?ky=${period.id}&cum=${cluster.id}`);
  await expect(page.getByRole('heading', { name: 'Cộng điểm, trừ điểm', level: 1 })).toBeVisible();
  const effect = page.getByTestId('adjustment-effect');
  await expect(effect.getByRole('row', { name: new RegExp(name) })).toContainText(vietnamese(finalBefore));

  await page.getByRole('button', { name: 'Thêm khoản cộng, trừ' }).click();
  const dialog = page.getByRole('dialog', { name: 'Ghi điểm cộng hoặc điểm trừ' });
  await choose(page, 'Đơn vị', name, dialog);
  await choose(page, 'Khoản', 'Điểm trừ: Văn bản phê bình của Quận', dialog);
  await dialog.getByLabel('Số lần vi phạm').fill('2');
  // Without its source document the server refuses, and says so beside each field.
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(dialog.getByText('cần số, ký hiệu văn bản căn cứ của điểm trừ')).toBeVisible();
  await expect(dialog.getByText('cần cơ quan ban hành văn bản căn cứ')).toBeVisible();
  await saveScreen(page, '72-tru-diem-loi');

  await dialog.getByLabel('Số, ký hiệu văn bản').fill('15/TB-UBND');
  await dialog.getByLabel('Ngày văn bản').fill('20/10/2062');
  await dialog.getByLabel('Ngày văn bản').press('Enter');
  await dialog.getByLabel('Cơ quan ban hành').fill('UBND quận Ba Đình');
  await dialog.getByLabel('Lý do').fill('Hai văn bản phê bình về báo cáo chậm');
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(dialog).toBeHidden();

  const row = page.getByRole('row', { name: /Văn bản phê bình của Quận/ }).filter({ hasText: name });
  await expect(row).toContainText('2 lần');
  await expect(row).toContainText('Số 15/TB-UBND, ngày 20/10/2062, UBND quận Ba Đình');
  const after = await office.get<ResultDocument>(`/clusters/${cluster.id}/results`);
  const unitAfter = after.units.find((u) => u.unit === code)!;
  expect(unitAfter.final).not.toBe(finalBefore);
  await expect(effect.getByRole('row', { name: new RegExp(name) })).toContainText(
    vietnamese(unitAfter.final),
  );
  await expect(effect.getByRole('row', { name: new RegExp(name) })).toContainText(
    vietnamese(unitAfter.deductionTotal),
  );
  await saveScreen(page, '73-cong-tru-diem');

  // Someone else changes the record while it is open: the save says so and offers the newer version.
  await row.getByRole('button', { name: /^Sửa/ }).click();
  const edit = page.getByRole('dialog', { name: 'Sửa khoản cộng, trừ điểm' });
  await expect(edit.getByLabel('Số lần vi phạm')).toHaveValue('2');
  const listed = await office.get<{
    items: { id: string; unitId: string; itemCode: string; version: number }[];
  }>(`/clusters/${cluster.id}/adjustments?unitId=${unitId(cluster, code)}&kind=deduction`);
  const record = listed.items.find((a) => a.itemCode === 'PHE_BINH')!;
  await office.call('PATCH', `/adjustments/${record.id}`, {
    version: record.version,
    count: 1,
    reason: 'Một văn bản đã được thu hồi',
  });
  await edit.getByLabel('Số lần vi phạm').fill('4');
  await edit.getByLabel('Lý do').fill('Thêm hai văn bản phê bình');
  await edit.getByRole('button', { name: 'Lưu' }).click();
  await expect(edit.getByText('Khoản này vừa được người khác thay đổi')).toBeVisible();
  await edit.getByRole('button', { name: 'Tải lại bản mới' }).click();
  await expect(edit.getByLabel('Số lần vi phạm')).toHaveValue('1');
  await edit.getByLabel('Số lần vi phạm').fill('4');
  await edit.getByRole('button', { name: 'Lưu' }).click();
  await expect(edit).toBeHidden();
  await expect(row).toContainText('4 lần');
  const latest = await office.get<ResultDocument>(`/clusters/${cluster.id}/results`);
  await expect(effect.getByRole('row', { name: new RegExp(name) })).toContainText(
    vietnamese(latest.units.find((u) => u.unit === code)!.final),
  );
});

test('the ranking shows the finals, groups and last year in charts, and the quotas set beside the ladder', async ({
  page,
  request,
}) => {
  const office = await UserApi.signIn(request, 'cqtt');
  await buildPeriod(office, 2063, 'setup');
  // This year Cống Vị has no bonus, so its final differs from last year's.
  const { councilId, period, cluster } = await buildPeriod(office, 2064, 'setup', {
    changes: (file) => {
      file.adjustments = file.adjustments.filter((a) => !(a.unit === UNIT_OF['cong-vi'] && a.code === 'IV'));
    },
  });
  const result = await office.get<ResultDocument>(`/clusters/${cluster.id}/results`);

  await signInThroughPage(page, 'cqtt', DEMO_PASSWORD);
  await page.goto(`/hoi-dong/${councilId}/xep-hang?ky=${period.id}&cum=${cluster.id}`);
  await expect(page.getByRole('heading', { name: 'Biểu đồ' })).toBeVisible();
  for (const id of ['chart-finals', 'chart-groups', 'chart-years']) {
    await expect(page.getByTestId(id).locator('canvas').first()).toBeVisible();
  }
  // The charts' data (offered as tables to screen readers) is the API's, unit by unit, in rank order.
  const finals = page.locator('table[data-chart="finals"] tbody tr');
  await expect(finals).toHaveCount(result.units.length);
  for (const [i, unit] of result.units.entries()) {
    await expect(finals.nth(i).locator('th')).toHaveText(unit.name);
    await expect(finals.nth(i).locator('td')).toHaveText(vietnamese(unit.final));
  }
  const years = page.locator('table[data-chart="years"] tbody tr');
  await expect(years).toHaveCount(result.units.length);
  const lastYear = await office.get<{ items: { id: string; year: number }[] }>(
    `/councils/${councilId}/periods?year=2063`,
  );
  const lastClusters = await office.get<{ items: Cluster[] }>(`/periods/${lastYear.items[0]!.id}/clusters`);
  const last = await office.get<ResultDocument>(`/clusters/${lastClusters.items[0]!.id}/results`);
  for (const [i, unit] of result.units.entries()) {
    const before = last.units.find((u) => u.unit === unit.unit)!;
    await expect(years.nth(i).locator('td').nth(1)).toHaveText(vietnamese(before.final));
  }

  // Quotas: the file's CO_CP and CO_TP, and a new one for the certificate of merit.
  const panel = page.getByTestId('quotas-panel');
  const certificate = panel.getByRole('row', { name: /Bằng khen của Chủ tịch UBND Thành phố/ });
  await expect(certificate).toContainText('Chưa giao chỉ tiêu: không giới hạn');
  await certificate.getByRole('button', { name: /Đặt chỉ tiêu/ }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Chỉ tiêu', { exact: true }).fill('1');
  await dialog.getByLabel('Văn bản giao chỉ tiêu').fill('88/QĐ-UBND');
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(dialog).toBeHidden();
  await expect(certificate).toContainText('88/QĐ-UBND');
  const quotas = await office.get<{ items: { awardCode: string; quota: number }[] }>(
    `/clusters/${cluster.id}/quotas`,
  );
  expect(quotas.items.map((q) => [q.awardCode, q.quota]).sort()).toEqual([
    ['BK_TP', 1],
    ['CO_CP', 1],
    ['CO_TP', 1],
  ]);
  const withQuota = await office.get<ResultDocument>(`/clusters/${cluster.id}/results`);
  const awarded = withQuota.units.filter((u) => u.award === 'BK_TP');
  await expect(certificate).toContainText(`${awarded.length} đơn vị`);
  await saveScreen(page, '74-xep-hang-bieu-do-chi-tieu');
});
