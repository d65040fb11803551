import type { VersionView as Versioned } from '@thidua/contracts/criteria-versions';
import { DEMO_PASSWORD, signInThroughPage } from './support/accounts';
import { expect, test } from './support/fixtures';
import { buildTestCluster, clusterScreen, RULESET } from './support/registrations';
import { expectNoSidewaysScroll, saveScreen } from './support/screens';

// Issue #14 §3: units register their targets and titles in February–March, before the cluster's criteria
// are issued in June–July (Ba Đình 2022, Bắc Giang 2022). This spec's own period year:
const YEAR = 2069;

/** The draft the cluster works on: I.3 replaced by I.4 (the issued criteria go back to the framework's). */
const DRAFT = {
  ...RULESET,
  groups: [
    {
      ...RULESET.groups[0],
      criteria: [
        RULESET.groups[0].criteria[0],
        RULESET.groups[0].criteria[1],
        { code: 'I.4', name: 'Thu hút dự án đầu tư', points: 20, kind: 'quantitative', unit: 'dự án' },
      ],
    },
    RULESET.groups[1],
  ],
};

const planInput = (page: import('@playwright/test').Page, code: string) =>
  page.getByLabel(new RegExp(`^Kế hoạch tiêu chí ${code.replace('.', '\\.')} `));

test('a unit registers before the criteria exist, adds targets against the draft, and sees what issuing dropped', async ({
  page,
  browser,
  sessions,
}) => {
  const c = await buildTestCluster(sessions, 'criteria', YEAR, 'none');
  const office = await sessions.as('cqtt');
  const leader = await sessions.as('cumtruong');
  const cluster = await office.get<{ members: { unitId: string; name: string }[] }>(
    `/clusters/${c.clusterId}`,
  );
  const unitName = cluster.members.find((m) => m.unitId === c.units.member)!.name;

  // February: no criteria at all. Titles, a model and the objective can be registered; targets wait.
  await signInThroughPage(page, 'donvi', DEMO_PASSWORD);
  await page.goto(clusterScreen(c, 'dang-ky'));
  await expect(page.getByText('Chỉ tiêu: cụm, khối chưa có dự thảo bộ tiêu chí')).toBeVisible();
  await expect(page.getByText('chỉ tiêu theo từng tiêu chí bổ sung được khi').first()).toBeVisible();
  await expect(planInput(page, 'I.1')).toHaveCount(0);
  await page.getByRole('checkbox', { name: 'Tập thể lao động xuất sắc' }).check();
  await page.getByRole('button', { name: 'Thêm mô hình' }).click();
  await page.getByLabel('Tên mô hình 1', { exact: true }).fill('Dân vận khéo');
  await page.getByRole('button', { name: 'Lưu nháp' }).click();
  await expect(page.getByText('Đã lưu bản đăng ký')).toBeVisible();
  await expectNoSidewaysScroll(page);

  // The cluster drafts its criteria (I.4 instead of I.3): the unit adds its targets against the draft.
  let draft = await office.send<Versioned>('POST', `/clusters/${c.clusterId}/criteria-versions`, {
    frameworkId: c.frameworkId,
  });
  draft = await leader.send<Versioned>('PATCH', `/criteria-versions/${draft.id}`, {
    version: draft.version,
    ruleset: DRAFT,
  });
  await page.reload();
  await expect(page.getByText(/Chỉ tiêu theo dự thảo bộ tiêu chí \(chưa ban hành\)/)).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Tập thể lao động xuất sắc' })).toBeChecked();
  await planInput(page, 'I.1').fill('1.250,5');
  await planInput(page, 'I.2').fill('10200');
  await planInput(page, 'I.4').fill('3');
  await saveScreen(page, '61-dang-ky-truoc-ban-hanh');
  await page.getByRole('button', { name: 'Lưu nháp' }).click();
  await expect(page.getByText('Đã lưu bản đăng ký')).toBeVisible();

  // June: the criteria are issued as the framework has them (no I.4); the issuer is told what was dropped.
  draft = await leader.send<Versioned>('PATCH', `/criteria-versions/${draft.id}`, {
    version: draft.version,
    ruleset: RULESET,
  });
  await leader.send('POST', `/criteria-versions/${draft.id}/agree`, {
    version: draft.version,
  });
  // The leader issues on the criteria screen and is told which targets issuing dropped.
  const leaderContext = await browser.newContext();
  const leaderPage = await leaderContext.newPage();
  await signInThroughPage(leaderPage, 'cumtruong', DEMO_PASSWORD);
  await leaderPage.goto(`/hoi-dong/${c.councilId}/tieu-chi?ky=${c.periodId}&cum=${c.clusterId}`);
  await leaderPage.getByRole('button', { name: 'Ban hành' }).click();
  const dialog = leaderPage.getByRole('dialog');
  await dialog.getByLabel('Số, ký hiệu văn bản').fill(`05/QĐ-${YEAR}`);
  await dialog.getByLabel('Ngày văn bản').fill(`20/06/${YEAR}`);
  await dialog.getByLabel('Ngày văn bản').press('Enter');
  await dialog.getByRole('button', { name: 'Ban hành' }).click();
  await expect(leaderPage.getByText('Đã ban hành bộ tiêu chí')).toBeVisible();
  const carried = leaderPage
    .getByRole('alert')
    .filter({ hasText: 'bản đăng ký thi đua lập trước khi ban hành' });
  await expect(carried).toContainText('Đã chuyển 1 bản đăng ký');
  await expect(carried).toContainText(`${unitName}: chỉ tiêu tiêu chí I.4 (3)`);
  await saveScreen(leaderPage, '63-ban-hanh-bao-chi-tieu-bi-bo');
  await leaderContext.close();

  await page.reload();
  await expect(page.getByText(/Chỉ tiêu theo bộ tiêu chí đã ban hành/)).toBeVisible();
  const notice = page.getByRole('alert').filter({ hasText: 'một số nội dung đăng ký trước đó đã bị bỏ' });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('Chỉ tiêu tiêu chí I.4: 3');
  await expect(planInput(page, 'I.1')).toHaveValue(/1\.250,5/);
  await expect(planInput(page, 'I.4')).toHaveCount(0);
  await saveScreen(page, '62-dang-ky-sau-ban-hanh');
});
