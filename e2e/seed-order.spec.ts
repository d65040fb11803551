import type { Browser } from '@playwright/test';
import { DEMO_PASSWORD, signInThroughPage } from './support/accounts';
import { expect, test } from './support/fixtures';
import type { MeetingJson } from './support/meetings';
import { buildTestCluster, clusterScreen, type TestCluster } from './support/registrations';
import { saveScreen } from './support/screens';

// The seeds' order of the year (issue #14 §3), in this spec's own year.
const YEAR = 2068;

/** Signs `username` in on a page of its own browser context, on the cluster's registrations screen. */
async function openAs(browser: Browser, baseURL: string | undefined, username: string, c: TestCluster) {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await signInThroughPage(page, username, DEMO_PASSWORD);
  await page.goto(clusterScreen(c, 'dang-ky'));
  return { page, close: () => context.close() };
}

test('the follower and the office agree, then the leader records the signing; a preparatory meeting too close to the summary is warned of, yet saved', async ({
  page,
  browser,
  baseURL,
  sessions,
}) => {
  // Three people in three browser contexts, then the meetings: longer than one screen's test.
  test.setTimeout(240_000);
  const c = await buildTestCluster(sessions, 'registration', YEAR);

  // Before any agreement the leader sees both missing and cannot record the signing.
  await signInThroughPage(page, 'cumtruong', DEMO_PASSWORD);
  await page.goto(clusterScreen(c, 'dang-ky'));
  const panel = page.locator('.ant-descriptions').filter({ hasText: 'Ý kiến đồng ý trước khi ký giao ước' });
  await expect(panel.getByRole('row', { name: /Thành viên Hội đồng theo dõi cụm/ })).toContainText(
    'Chưa có ý kiến',
  );
  await expect(panel.getByRole('row', { name: /Cơ quan thường trực Hội đồng/ })).toContainText(
    'Chưa có ý kiến',
  );
  await expect(
    page.getByText(/chưa có ý kiến đồng ý của thành viên Hội đồng theo dõi cụm và cơ quan thường trực/),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Ghi nhận ký giao ước' })).toBeDisabled();
  await expect(panel.getByRole('button')).toHaveCount(0);

  // The follower (hoidong) agrees; only its own button shows.
  const follower = await openAs(browser, baseURL, 'hoidong', c);
  await expect(follower.page.getByRole('button', { name: 'Cơ quan thường trực đồng ý' })).toHaveCount(0);
  await follower.page.getByRole('button', { name: 'Đồng ý cho cụm ký giao ước' }).click();
  await expect(follower.page.getByText('Đã ghi ý kiến đồng ý')).toBeVisible();
  await expect(follower.page.getByRole('button', { name: 'Rút ý kiến đồng ý' })).toBeVisible();
  await follower.close();

  // The standing office agrees.
  const office = await openAs(browser, baseURL, 'cqtt', c);
  await office.page.getByRole('button', { name: 'Cơ quan thường trực đồng ý' }).click();
  await expect(office.page.getByText('Đã ghi ý kiến đồng ý')).toBeVisible();
  await office.close();

  // The leader now sees who agreed and when, and records the signing.
  await page.reload();
  await expect(panel.getByRole('row', { name: /Thành viên Hội đồng theo dõi cụm/ })).toContainText(
    'Đã đồng ý',
  );
  await expect(panel).toContainText('Lê Minh Tuấn');
  await saveScreen(page, '66-giao-uoc-y-kien-dong-y');
  await page.getByRole('button', { name: 'Ghi nhận ký giao ước' }).click();
  const dialog = page.getByRole('dialog', { name: 'Ghi nhận lễ ký giao ước thi đua' });
  await dialog.getByLabel('Ngày ký').fill(`02/03/${YEAR}`);
  await dialog.getByLabel('Ngày ký').press('Enter');
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByText('Đã ghi nhận 4 đơn vị ký giao ước')).toBeVisible();
  const leader = await sessions.as('cumtruong');
  const agreements = await leader.get<{ signed: boolean; agreed: boolean }>(
    `/clusters/${c.clusterId}/pact-agreements`,
  );
  expect(agreements).toMatchObject({ signed: true, agreed: true });

  // The preparatory meeting under 3 days before the summary: a warning beside its date, yet saved.
  await leader.send('POST', `/clusters/${c.clusterId}/meetings`, {
    kind: 'tongKet',
    heldOn: `${YEAR}-12-20`,
  });
  const prep = await leader.send<MeetingJson & { warnings: string[] }>(
    'POST',
    `/clusters/${c.clusterId}/meetings`,
    { kind: 'truBi', heldOn: `${YEAR}-12-18` },
  );
  expect(prep.warnings).toHaveLength(1);

  await page.goto(clusterScreen(c, 'cuoc-hop', prep.id));
  const warning = page.getByRole('alert').filter({ hasText: 'Hội nghị trù bị' });
  await expect(warning).toHaveText(prep.warnings[0]!);
  await expect(warning).toContainText('chỉ cách 2 ngày');
  await expect(warning).toContainText('Ba Đình');
  await saveScreen(page, '68-cuoc-hop-canh-bao-tru-bi');

  // Moved to the summary's day through the form: saved, and the warning now says Bắc Giang's day is not met.
  await page.getByRole('button', { name: 'Sửa thông tin' }).click();
  const edit = page.getByRole('dialog');
  await edit.getByLabel('Ngày họp').fill(`20/12/${YEAR}`);
  await edit.getByLabel('Ngày họp').press('Enter');
  await edit.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Hội nghị trù bị' })).toContainText(
    'chưa đạt cả mức tối thiểu 1 ngày',
  );
  const saved = await leader.get<MeetingJson & { heldOn: string }>(`/meetings/${prep.id}`);
  expect(saved.heldOn).toBe(`${YEAR}-12-20`);
});
