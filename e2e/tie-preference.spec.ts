import { readFileSync } from 'node:fs';
import { DEMO_PASSWORD, signInThroughPage, STANDING_OFFICE } from './support/accounts';
import { criteriaPath, criteriaWorld, suffix, versionsOf } from './support/criteria';
import { Api } from './support/api';
import { expect, test } from './support/fixtures';
import { chooseByLabel } from './support/screens';

// Nghị định 152/2025/NĐ-CP khoản 6 Điều 4 (SPEC §7): the criteria editor's switch writes the tie
// preference, and a tie decided by it is explained in the ranking's "Vì sao?".

const EXAMPLE = new URL('../examples/tie-preference.period.json', import.meta.url);

test('the leader turns on “Ưu tiên nữ khi bằng điểm”, with the article quoted, and the draft carries the preference', async ({
  page,
  playwright,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const world = await criteriaWorld(playwright, baseURL!, 2093);
  await world.leader.send('POST', `/clusters/${world.clusterId}/criteria-versions`, {
    frameworkId: world.frameworkId,
  });
  await signInThroughPage(page, 'cumtruong', DEMO_PASSWORD);
  await page.goto(criteriaPath(world));

  const toggle = page.getByRole('switch', { name: 'Ưu tiên nữ khi bằng điểm' });
  await expect(toggle).toBeVisible({ timeout: 30_000 });
  await expect(toggle).not.toBeChecked();
  await expect(
    page.getByText('Khoản 6 Điều 4 Nghị định 152/2025/NĐ-CP (có hiệu lực từ 01/07/2025):'),
  ).toBeVisible();
  await expect(page.getByText(/tập thể có tỷ lệ nữ từ 70% trở lên/)).toBeVisible();

  await toggle.click();
  await expect(toggle).toBeChecked();
  await page.getByRole('button', { name: 'Lưu dự thảo' }).click();
  await expect(page.getByText('Đã lưu dự thảo')).toBeVisible();
  let [stored] = await versionsOf(world, world.leader);
  expect(stored!.ruleset.tiePreference).toEqual({
    fact: 'womenShare70',
    equals: true,
    label: 'Tập thể có từ 70% nữ trở lên',
  });

  // Off again: the preference leaves the ruleset.
  await page.reload();
  await expect(toggle).toBeChecked({ timeout: 30_000 });
  await toggle.click();
  await expect(toggle).not.toBeChecked();
  await page.getByRole('button', { name: 'Lưu dự thảo' }).click();
  await expect(page.getByText('Đã lưu dự thảo')).toBeVisible();
  [stored] = await versionsOf(world, world.leader);
  expect(stored!.ruleset.tiePreference).toBeUndefined();
  await world.dispose();
});

test('a tie decided by the preference is explained in “Vì sao?” with the article', async ({
  page,
  playwright,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const office = await Api.open(playwright, baseURL, STANDING_OFFICE);
  const { items: councils } = await office.get<{ items: { id: string }[] }>('/councils');
  const councilId = councils[0]!.id;
  const tag = suffix();
  const period = await office.send<{ id: string; name: string }>('POST', `/councils/${councilId}/periods`, {
    name: `Năm 2094 (thử ưu tiên nữ ${tag})`,
    year: 2094,
    calendar: 'calendarYear',
  });
  const clusterName = `Khối các sở thử ưu tiên ${tag}`;
  const cluster = await office.send<{ id: string }>('POST', `/periods/${period.id}/clusters`, {
    code: `khoi-uu-tien-${tag}`,
    name: clusterName,
    kind: 'khoi',
  });
  const file = { ...(JSON.parse(readFileSync(EXAMPLE, 'utf8')) as object), year: 2094 };
  await office.send('POST', `/clusters/${cluster.id}/period-file?unitType=department`, file);
  const result = await office.get<{
    units: { unit: string; name: string; explanation: { award: string } }[];
  }>(`/clusters/${cluster.id}/results`);
  const giaoDuc = result.units.find((u) => u.unit === 'so-giao-duc')!;
  expect(giaoDuc.explanation.award).toContain('ưu tiên theo khoản 6 Điều 4 Nghị định 152/2025/NĐ-CP');
  await office.dispose();

  await signInThroughPage(page, STANDING_OFFICE, DEMO_PASSWORD);
  await page.goto(`/hoi-dong/${councilId}/xep-hang`);
  await chooseByLabel(page, 'Kỳ thi đua', `${period.name} — Thiết lập cụm, khối`);
  await chooseByLabel(page, 'Cụm, khối', clusterName);
  await expect(
    page.getByRole('heading', { name: `Bảng xếp hạng ${clusterName} — ${period.name}` }),
  ).toBeVisible();
  await page.getByRole('button', { name: `Vì sao? — ${giaoDuc.name}` }).click();
  const drawer = page.getByRole('dialog');
  await expect(drawer).toContainText(giaoDuc.explanation.award);
  await expect(drawer).toContainText(
    'ưu tiên theo khoản 6 Điều 4 Nghị định 152/2025/NĐ-CP: tập thể có từ 70% nữ trở lên',
  );
});
