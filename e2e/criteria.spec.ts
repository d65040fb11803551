import type { Page as BrowserPage } from '@playwright/test';
import { DEMO_PASSWORD, signInThroughPage } from './support/accounts';
import {
  type Comparison,
  criteriaPath,
  criteriaWorld,
  criterionOf,
  type Framework,
  suffix,
  treeNode,
  versionsOf,
  vietnamese,
} from './support/criteria';
import { Api } from './support/api';
import { expect, test } from './support/fixtures';
import { chooseByLabel, expectNoSidewaysScroll, saveScreen } from './support/screens';

/** Selects a criterion in the tree and waits for the side panel to show it. */
async function openNode(page: BrowserPage, code: string) {
  await treeNode(page, code).locator('.criteria-node-code').click();
  await expect(page.locator('.criteria-panel-card .ant-card-head-title')).toHaveText(code);
}

const panel = (page: BrowserPage) => page.locator('.criteria-panel-card');

test('the leader drafts the criteria from the framework, sees live validation, saves, agrees, issues and revises', async ({
  page,
  playwright,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const world = await criteriaWorld(playwright, baseURL!, 2041);
  const framework = await world.office.get<Framework>(`/frameworks/${world.frameworkId}`);
  await signInThroughPage(page, 'cumtruong', DEMO_PASSWORD);
  await page.goto(criteriaPath(world));

  // No criteria yet: start them from the council's issued framework.
  await expect(page.getByText('Cụm, khối chưa có bộ tiêu chí.')).toBeVisible();
  await chooseByLabel(
    page,
    'Khung tiêu chí đã ban hành',
    `${framework.name} (Phiên bản ${framework.revision})`,
  );
  await page.getByRole('button', { name: 'Xây dựng bộ tiêu chí' }).click();
  await expect(page.getByText('Đã tạo dự thảo bộ tiêu chí')).toBeVisible();
  const [draft] = await versionsOf(world, world.leader);
  expect(draft!.status).toBe('draft');
  expect(draft!.ruleset.groups.map((g) => g.code)).toEqual(framework.ruleset.groups.map((g) => g.code));
  for (const group of draft!.ruleset.groups) {
    const total = group.criteria.reduce((sum, c) => sum + c.points, 0);
    await expect(treeNode(page, `Nhóm ${group.code}`)).toContainText(
      `Tổng ${vietnamese(total)} / tối đa ${vietnamese(group.maxPoints)} điểm`,
    );
  }
  await expect(page.getByRole('status').filter({ hasText: 'Bộ tiêu chí hợp lệ' })).toBeVisible();
  await saveScreen(page, '30-tieu-chi-du-thao');

  // Raise a leaf inside a container: the container no longer sums, said beside it at once.
  const container = criterionOf(draft!.ruleset, 'III.1.a')!;
  const leaf = container.children![1]!;
  const raised = leaf.points + 2;
  const childrenTotal = container.children!.reduce((sum, c) => sum + c.points, 0) + 2;
  await openNode(page, leaf.code);
  await panel(page).getByLabel('Điểm chuẩn', { exact: true }).fill(String(raised));
  const message = `Điểm chuẩn ${vietnamese(container.points)} của tiêu chí ${container.code} khác tổng điểm các tiêu chí con (${vietnamese(childrenTotal)})`;
  await expect(treeNode(page, container.code)).toContainText(message);
  await expect(treeNode(page, container.code).locator('.criteria-node-problems')).toBeVisible();
  await expect(treeNode(page, leaf.code).locator('.criteria-node-problems')).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'lỗi cần sửa' })).toBeVisible();

  // Saving is refused by the server, nothing is saved.
  await page.getByRole('button', { name: 'Lưu dự thảo' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Chưa lưu được' })).toContainText(
    'Bộ tiêu chí chưa hợp lệ',
  );
  await saveScreen(page, '31-tieu-chi-loi-kiem-tra');
  let [stored] = await versionsOf(world, world.leader);
  expect(stored!.version).toBe(draft!.version);
  expect(criterionOf(stored!.ruleset, leaf.code)!.points).toBe(leaf.points);

  // Fix it: lower the first child by as much, rename the raised one; the message goes, the save passes.
  const first = container.children![0]!;
  await openNode(page, first.code);
  await panel(page)
    .getByLabel('Điểm chuẩn', { exact: true })
    .fill(String(first.points - 2));
  await expect(treeNode(page, container.code).locator('.criteria-node-problems')).toHaveCount(0);
  await openNode(page, leaf.code);
  const renamed = `${leaf.name} (bổ sung ${suffix()})`;
  await panel(page).getByLabel('Tên', { exact: true }).fill(renamed);
  await expect(page.getByRole('status').filter({ hasText: 'Bộ tiêu chí hợp lệ' })).toBeVisible();
  await page.getByRole('button', { name: 'Lưu dự thảo' }).click();
  await expect(page.getByText('Đã lưu dự thảo')).toBeVisible();
  [stored] = await versionsOf(world, world.leader);
  expect(criterionOf(stored!.ruleset, leaf.code)).toMatchObject({ points: raised, name: renamed });
  expect(criterionOf(stored!.ruleset, first.code)!.points).toBe(first.points - 2);
  await expect(treeNode(page, leaf.code)).toContainText(renamed);

  // Agree, then issue with the document's number and date.
  await page.getByRole('button', { name: 'Ghi nhận thống nhất' }).click();
  await page.getByLabel('Ghi chú (biên bản, ngày họp…)').fill('Biên bản họp cụm ngày 10/3');
  await page.getByRole('dialog').getByRole('button', { name: 'Ghi nhận thống nhất' }).click();
  await expect(page.getByText('Đã ghi nhận sự thống nhất')).toBeVisible();
  [stored] = await versionsOf(world, world.leader);
  expect(stored!.status).toBe('agreed');
  await page.getByRole('button', { name: 'Ban hành' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Số, ký hiệu văn bản').fill('01/QĐ-CTĐ');
  await dialog.getByLabel('Ngày văn bản').fill('15/03/2041');
  await dialog.getByLabel('Ngày văn bản').press('Enter');
  await dialog.getByRole('button', { name: 'Ban hành' }).click();
  await expect(page.getByText('Đã ban hành bộ tiêu chí')).toBeVisible();
  [stored] = await versionsOf(world, world.leader);
  expect(stored).toMatchObject({ status: 'issued', documentNumber: '01/QĐ-CTĐ', documentDate: '2041-03-15' });
  await expect(page.getByText('Ban hành theo văn bản số 01/QĐ-CTĐ ngày 15/03/2041').first()).toBeVisible();

  // Issued: locked, read-only.
  await expect(page.getByText('Bộ tiêu chí đã ban hành và bị khóa')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Lưu dự thảo' })).toBeDisabled();
  await expect(page.getByRole('toolbar')).toHaveCount(0);
  await openNode(page, leaf.code);
  await expect(panel(page).getByLabel('Điểm chuẩn', { exact: true })).toBeDisabled();
  await saveScreen(page, '32-tieu-chi-da-ban-hanh');

  // A later change is a new revision with a reason.
  await page.getByRole('button', { name: 'Tạo phiên bản mới' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Tạo phiên bản mới' }).click();
  await expect(page.getByRole('dialog')).toContainText('Cần nêu lý do cho thay đổi này');
  expect(await versionsOf(world, world.leader)).toHaveLength(1);
  await page.getByLabel('Lý do thay đổi').fill('Bổ sung tiêu chí tập huấn theo chỉ đạo của Hội đồng');
  await page.getByRole('dialog').getByRole('button', { name: 'Tạo phiên bản mới' }).click();
  await expect(page.getByText('Đã tạo phiên bản mới')).toBeVisible();
  await expect(page.getByRole('button', { name: /Phiên bản 2/ })).toHaveAttribute('aria-current', 'true');
  const sibling = container.children![container.children!.length - 1]!;
  // The new revision's workspace opens while its data is still being fetched again (a slow machine has
  // cleared a node chosen that early, leaving the tools disabled): choose the node until its tools show.
  const addSibling = page.getByRole('button', { name: 'Thêm tiêu chí cùng cấp' });
  await expect(async () => {
    await openNode(page, sibling.code);
    await expect(addSibling).toBeEnabled({ timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
  await addSibling.click();
  await panel(page)
    .getByLabel('Tên', { exact: true })
    .fill('Tổ chức tập huấn nghiệp vụ thi đua, khen thưởng');
  await openNode(page, first.code);
  await panel(page).getByLabel('Tên', { exact: true }).fill(`${first.name} (sửa đổi)`);
  await page.getByRole('button', { name: 'Lưu dự thảo' }).click();
  await expect(page.getByText('Đã lưu dự thảo')).toBeVisible();

  // Compare the two revisions: what the screen lists is what the API compares.
  const [second, firstIssued] = await versionsOf(world, world.leader);
  expect(second).toMatchObject({ revision: 2, status: 'draft' });
  const comparison = await world.leader.get<Comparison>(
    `/clusters/${world.clusterId}/criteria-versions/compare?from=${firstIssued!.id}&to=${second!.id}`,
  );
  expect(comparison.added.length).toBe(1);
  expect(comparison.changed.map((c) => c.code)).toEqual([first.code]);
  await page.getByRole('tab', { name: 'So sánh phiên bản' }).click();
  const region = page.getByRole('region', { name: 'So sánh hai phiên bản' });
  await expect(region.getByRole('status')).toHaveText(
    `Thêm ${comparison.added.length} tiêu chí · Bỏ ${comparison.removed.length} tiêu chí · Sửa ${comparison.changed.length} tiêu chí`,
  );
  await expect(region.locator('[data-change="added"]')).toHaveCount(comparison.added.length);
  await expect(region.locator('[data-change="changed"]')).toHaveCount(comparison.changed.length);
  for (const added of comparison.added)
    await expect(region.locator('[data-change="added"]')).toContainText(added.code);
  await expect(region.locator('[data-change="changed"]')).toContainText(`${first.name} (sửa đổi)`);
  await expect(region.locator('[data-change="changed"] [data-field="name"]')).toBeVisible();
  await saveScreen(page, '33-tieu-chi-so-sanh');
  await world.dispose();
});

test('a member unit reads the draft but cannot change it', async ({ page, playwright, baseURL }) => {
  const world = await criteriaWorld(playwright, baseURL!, 2042);
  await world.leader.send('POST', `/clusters/${world.clusterId}/criteria-versions`, {
    frameworkId: world.frameworkId,
  });
  const [asMember] = await versionsOf(world, world.member);
  expect(asMember!.abilities).toEqual({ update: false, agree: false, issue: false, revise: false });

  await signInThroughPage(page, 'donvi', DEMO_PASSWORD);
  await page.goto(criteriaPath(world));
  await expect(page.getByText('Bạn chỉ được xem bộ tiêu chí này.')).toBeVisible();
  for (const name of [
    'Lưu dự thảo',
    'Nạp từ bộ tiêu chí năm trước',
    'Ghi nhận thống nhất',
    'Ban hành',
    'Tạo phiên bản mới',
  ])
    await expect(page.getByRole('button', { name })).toBeDisabled();
  await expect(page.getByRole('toolbar')).toHaveCount(0);
  const leaf = asMember!.ruleset.groups[0]!.criteria[0]!;
  await openNode(page, leaf.code);
  await expect(panel(page).getByLabel('Điểm chuẩn', { exact: true })).toBeDisabled();
  await expect(panel(page).getByLabel('Điểm chuẩn', { exact: true })).toHaveValue(vietnamese(leaf.points));
  await expect(panel(page).getByLabel('Tên', { exact: true })).toHaveValue(leaf.name);
  await saveScreen(page, '34-tieu-chi-don-vi-chi-xem');
  await world.dispose();
});

test('a draft saved by someone else first is not overwritten: the leader is told and reloads it', async ({
  page,
  playwright,
  baseURL,
}) => {
  const world = await criteriaWorld(playwright, baseURL!, 2044);
  await world.leader.send('POST', `/clusters/${world.clusterId}/criteria-versions`, {
    frameworkId: world.frameworkId,
  });
  const [draft] = await versionsOf(world, world.leader);
  const leaf = draft!.ruleset.groups[1]!.criteria[0]!;
  await signInThroughPage(page, 'cumtruong', DEMO_PASSWORD);
  await page.goto(criteriaPath(world));
  await openNode(page, leaf.code);
  await panel(page).getByLabel('Tên', { exact: true }).fill(`${leaf.name} (cụm trưởng sửa)`);

  // Meanwhile the standing office saves another change to the same draft.
  const theirs = structuredClone(draft!.ruleset);
  theirs.groups[1]!.criteria[0]!.name = `${leaf.name} (cơ quan thường trực sửa)`;
  await world.office.send('PATCH', `/criteria-versions/${draft!.id}`, {
    version: draft!.version,
    ruleset: theirs,
  });

  await page.getByRole('button', { name: 'Lưu dự thảo' }).click();
  await expect(
    page.getByRole('alert').filter({ hasText: 'vừa được người khác thay đổi trước bạn' }),
  ).toBeVisible();
  const [stored] = await versionsOf(world, world.leader);
  expect(stored!.version).toBe(draft!.version + 1);
  expect(criterionOf(stored!.ruleset, leaf.code)!.name).toBe(`${leaf.name} (cơ quan thường trực sửa)`);
  await page.getByRole('button', { name: 'Tải bản mới nhất' }).click();
  await expect(treeNode(page, leaf.code)).toContainText('(cơ quan thường trực sửa)');
  await expect(page.getByRole('button', { name: 'Lưu dự thảo' })).toBeDisabled();
  await world.dispose();
});

test('on a phone the leader edits a criterion in a drawer, with no sideways scroll', async ({
  page,
  playwright,
  baseURL,
}) => {
  const world = await criteriaWorld(playwright, baseURL!, 2043);
  await world.leader.send('POST', `/clusters/${world.clusterId}/criteria-versions`, {
    frameworkId: world.frameworkId,
  });
  const [draft] = await versionsOf(world, world.leader);
  await page.setViewportSize({ width: 390, height: 844 });
  await signInThroughPage(page, 'cumtruong', DEMO_PASSWORD);
  await page.goto(criteriaPath(world));
  const group = draft!.ruleset.groups[1]!;
  await expect(treeNode(page, `Nhóm ${group.code}`)).toBeVisible();
  await expectNoSidewaysScroll(page);
  const leaf = group.criteria[0]!;
  await treeNode(page, leaf.code).locator('.criteria-node-code').click();
  const drawer = page.getByRole('dialog');
  await expect(drawer.getByLabel('Tên', { exact: true })).toHaveValue(leaf.name);
  await drawer.getByLabel('Điểm chuẩn', { exact: true }).fill(String(leaf.points + 1));
  await saveScreen(page, '35-tieu-chi-dien-thoai');
  await page.keyboard.press('Escape');
  const total = group.criteria.reduce((sum, c) => sum + c.points, 0) + 1;
  await expect(treeNode(page, `Nhóm ${group.code}`)).toContainText(
    `tổng điểm chuẩn các tiêu chí của nhóm ${group.code} là ${vietnamese(total)}, vượt quá điểm tối đa ${vietnamese(group.maxPoints)}`,
    { ignoreCase: true },
  );
  await expectNoSidewaysScroll(page);
  await saveScreen(page, '39-tieu-chi-dien-thoai-loi');
  await world.dispose();
});

test('the standing office creates a framework from a built-in profile, edits, issues and revises it; others read', async ({
  page,
  playwright,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const office = await Api.open(playwright, baseURL, 'cqtt');
  const { items: profiles } = await office.get<{
    items: { id: string; name: string; groups: { code: string }[] }[];
  }>('/rule-profiles');
  const profile = profiles.find((p) => p.id === 'ba-dinh-2022-phuong')!;
  const code = `khung-thu-${suffix()}`;
  await signInThroughPage(page, 'cqtt', DEMO_PASSWORD);
  const { items: councils } = await office.get<{ items: { id: string }[] }>('/councils');
  await page.goto(`/hoi-dong/${councils[0]!.id}/khung-tieu-chi`);
  await page.getByRole('button', { name: 'Tạo khung tiêu chí' }).click();
  await chooseByLabel(page, 'Mẫu quy định', profile.name);
  await page.getByLabel('Mã khung').fill(code);
  await page.getByLabel('Tỷ lệ tiêu chí cụm, khối được thêm mỗi nhóm (%)').fill('30');
  await saveScreen(page, '36-khung-tao-moi');
  await page.getByRole('dialog').getByRole('button', { name: 'Tạo khung tiêu chí' }).click();
  await expect(page.getByText('Đã tạo khung tiêu chí')).toBeVisible();
  let [created] = (
    await office.get<{ items: Framework[] }>(`/councils/${councils[0]!.id}/frameworks?code=${code}`)
  ).items;
  expect(created).toMatchObject({ status: 'draft', revision: 1, maxAddedCriteriaRatio: 0.3 });
  await expect(page.getByRole('heading', { name: created!.name })).toBeVisible();

  // Edit: a new name and a fixed group, saved and read back.
  const name = `Khung tiêu chí thử nghiệm ${code}`;
  await page.getByLabel('Tên khung tiêu chí').fill(name);
  const fixed = profile.groups[profile.groups.length - 1]!.code;
  await page.getByLabel('Nhóm cố định (cụm, khối không được sửa)').click();
  await page
    .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)')
    .getByTitle(fixed, { exact: true })
    .click();
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Lưu khung tiêu chí' }).click();
  await expect(page.getByText('Đã lưu khung tiêu chí')).toBeVisible();
  created = await office.get<Framework>(`/frameworks/${created!.id}`);
  expect(created).toMatchObject({ name, fixedGroupCodes: [fixed] });

  // Issue, then the framework is read-only; a revision needs a reason.
  await page.getByRole('button', { name: 'Ban hành' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Số, ký hiệu văn bản').fill('99/HD-HĐTĐKT');
  await dialog.getByLabel('Ngày văn bản').fill('02/01/2041');
  await dialog.getByLabel('Ngày văn bản').press('Enter');
  await dialog.getByRole('button', { name: 'Ban hành' }).click();
  await expect(page.getByText('Đã ban hành khung tiêu chí')).toBeVisible();
  created = await office.get<Framework>(`/frameworks/${created.id}`);
  expect(created).toMatchObject({ status: 'issued', documentNumber: '99/HD-HĐTĐKT' });
  await expect(page.getByRole('button', { name: 'Lưu khung tiêu chí' })).toBeDisabled();
  await expect(page.getByLabel('Tên khung tiêu chí')).toBeDisabled();
  await page.getByRole('button', { name: 'Tạo phiên bản mới' }).click();
  await page.getByLabel('Lý do thay đổi').fill('Điều chỉnh theo hướng dẫn mới');
  await page.getByRole('dialog').getByRole('button', { name: 'Tạo phiên bản mới' }).click();
  await expect(page.getByText('Đã tạo phiên bản mới của khung tiêu chí')).toBeVisible();
  const revisions = (
    await office.get<{ items: Framework[] }>(`/councils/${councils[0]!.id}/frameworks?code=${code}`)
  ).items;
  expect(revisions.map((r) => [r.revision, r.status])).toEqual([
    [2, 'draft'],
    [1, 'issued'],
  ]);
  await expect(page.getByText('Lý do: Điều chỉnh theo hướng dẫn mới').first()).toBeVisible();
  await saveScreen(page, '37-khung-phien-ban-moi');
  await office.dispose();
});

test('a council member reads the frameworks but cannot create or change one', async ({ page }) => {
  await signInThroughPage(page, 'hoidong', DEMO_PASSWORD);
  const response = await page.request.get('/api/v1/councils');
  const { items } = (await response.json()) as { items: { id: string }[] };
  const list = await page.request.get(`/api/v1/councils/${items[0]!.id}/frameworks`);
  const { items: frameworks } = (await list.json()) as { items: Framework[] };
  expect(frameworks.every((f) => !f.abilities.update && !f.abilities.issue && !f.abilities.revise)).toBe(
    true,
  );
  await page.goto(`/hoi-dong/${items[0]!.id}/khung-tieu-chi`);
  await expect(page.getByRole('button', { name: 'Tạo khung tiêu chí' })).toBeDisabled();
  const issued = frameworks.find((f) => f.status === 'issued')!;
  await page.getByRole('button', { name: issued.name }).first().click();
  await expect(page.getByRole('button', { name: 'Tạo phiên bản mới' })).toBeDisabled();
  await expect(page.getByLabel('Tên khung tiêu chí')).toBeDisabled();
  await saveScreen(page, '38-khung-chi-xem');
});

test('the leader assigns a criterion to a focal department, as the API then lists it', async ({
  page,
  playwright,
  baseURL,
}) => {
  const world = await criteriaWorld(playwright, baseURL!, 2045);
  await world.leader.send('POST', `/clusters/${world.clusterId}/criteria-versions`, {
    frameworkId: world.frameworkId,
  });
  const [draft] = await versionsOf(world, world.leader);
  const leaf = draft!.ruleset.groups[0]!.criteria[0]!;
  await signInThroughPage(page, 'cumtruong', DEMO_PASSWORD);
  await page.goto(criteriaPath(world));
  await page.getByRole('tab', { name: 'Phân công chấm điểm' }).click();
  await chooseByLabel(page, `Người chấm tiêu chí ${leaf.code}`, 'Đơn vị đầu mối chấm');
  await page.getByLabel(`Đơn vị đầu mối chấm tiêu chí ${leaf.code}`, { exact: true }).click();
  await page.keyboard.type('Sở Tài chính');
  await page.keyboard.press('Enter');
  await page.getByLabel(`Bắt buộc minh chứng cho tiêu chí ${leaf.code}`, { exact: true }).check();
  await page
    .getByLabel(`Minh chứng cần có cho tiêu chí ${leaf.code}`, { exact: true })
    .fill('Báo cáo quyết toán');
  await page.getByRole('button', { name: 'Lưu phân công' }).click();
  await expect(page.getByText('Đã lưu phân công chấm điểm')).toBeVisible();
  const { items } = await world.leader.get<{
    items: {
      criterionCode: string;
      focalUnit: { name: string } | null;
      evidenceRequired: boolean;
      evidenceHint: string | null;
    }[];
  }>(`/criteria-versions/${draft!.id}/assignments?owner=focalUnit`);
  expect(items).toEqual([
    expect.objectContaining({
      criterionCode: leaf.code,
      focalUnit: expect.objectContaining({ name: 'Sở Tài chính' }),
      evidenceRequired: true,
      evidenceHint: 'Báo cáo quyết toán',
    }),
  ]);
  await expect(page.getByRole('button', { name: 'Lưu phân công' })).toBeDisabled();
  await world.dispose();
});

test('the leader loads last year’s issued criteria into the draft, then saves them', async ({
  page,
  playwright,
  baseURL,
}) => {
  const world = await criteriaWorld(playwright, baseURL!, 2041, 'schoolYear');
  await world.leader.send('POST', `/clusters/${world.clusterId}/criteria-versions`, {
    frameworkId: world.frameworkId,
  });
  // Last year's Cụm thi đua số 1 (archived), its issued criteria.
  const { items: periods } = await world.leader.get<{
    items: { id: string; name: string; year: number; calendar: string }[];
  }>(`/councils/${world.councilId}/periods?pageSize=500`);
  const lastYear = periods.find((p) => p.year === 2025 && p.calendar === 'calendarYear')!;
  const { items: clusters } = await world.leader.get<{ items: { id: string; name: string }[] }>(
    `/periods/${lastYear.id}/clusters?pageSize=500`,
  );
  const cum1 = clusters.find((c) => c.name === 'Cụm thi đua số 1')!;
  const { items: lastVersions } = await world.leader.get<{ items: { id: string; status: string }[] }>(
    `/clusters/${cum1.id}/criteria-versions?status=issued`,
  );
  const source = await world.leader.get<{
    ruleset: { groups: { code: string; criteria: { code: string }[] }[] };
  }>(`/criteria-versions/${lastVersions[0]!.id}`);

  await signInThroughPage(page, 'cumtruong', DEMO_PASSWORD);
  await page.goto(criteriaPath(world));
  await page.getByRole('button', { name: 'Nạp từ bộ tiêu chí năm trước' }).click();
  await chooseByLabel(page, 'Kỳ thi đua trước', lastYear.name);
  // The period's clusters load first (the list must not move under the pointer).
  await expect(page.getByRole('dialog').locator('.ant-select-content[title]').nth(1)).toHaveAttribute(
    'title',
    /.+/,
  );
  await expect(page.getByRole('dialog').locator('.ant-select-loading')).toHaveCount(0);
  await chooseByLabel(page, 'Cụm, khối của kỳ trước', cum1.name);
  await expect(page.getByRole('dialog').locator('.ant-select-content[title]').nth(1)).toHaveAttribute(
    'title',
    cum1.name,
  );
  await page.getByRole('dialog').getByRole('button', { name: 'Nạp từ bộ tiêu chí năm trước' }).click();
  await expect(page.getByText('Đã nạp bộ tiêu chí; hãy kiểm tra rồi lưu dự thảo.')).toBeVisible();
  await expect(page.getByText('Có thay đổi chưa lưu', { exact: true })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Bộ tiêu chí hợp lệ' })).toBeVisible();
  // Leaving with unsaved edits asks first; staying keeps them.
  await page.getByRole('link', { name: 'Xếp hạng, khen thưởng' }).click();
  const ask = page.getByRole('dialog', { name: 'Bỏ các thay đổi chưa lưu?' });
  await expect(ask).toHaveCount(1);
  await ask.getByRole('button', { name: 'Hủy' }).click();
  await expect(page).toHaveURL(/\/tieu-chi/);
  await expect(page.getByText('Có thay đổi chưa lưu', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Lưu dự thảo' }).click();
  await expect(page.getByText('Đã lưu dự thảo')).toBeVisible();
  const [saved] = await versionsOf(world, world.leader);
  const codes = (r: { groups: { code: string; criteria: { code: string }[] }[] }) =>
    r.groups.map((g) => [g.code, g.criteria.map((c) => c.code)]);
  expect(codes(saved!.ruleset)).toEqual(codes(source.ruleset));
  await world.dispose();
});
