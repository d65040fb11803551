import { readFile } from 'node:fs/promises';
import type { AuditEventView as AuditEvent } from '@thidua/contracts/audit';
import type {
  DueItemView as DueItem,
  PeriodProfileView as Profile,
  PeriodView as Period,
} from '@thidua/contracts/periods';
import type { ClusterView as Cluster } from '@thidua/contracts/periods-clusters';
import { DEMO_PASSWORD, signInThroughPage, STANDING_OFFICE } from './support/accounts';
import { Api, type Page as ApiPage, type Unit } from './support/api';
import { expect, test } from './support/fixtures';
import {
  AUDIT_CSV_HEADER,
  choose,
  freeYear,
  ownPeriod,
  parseCsv,
  suffix,
  tryWrite,
  typeDate,
  viDate,
} from './support/organisation';
import { expectNoSidewaysScroll, saveScreen } from './support/screens';

const LONG_NAME =
  'Trung tâm Phát triển quỹ đất và Dịch vụ công ích liên phường khu vực phía Nam kiêm Ban Quản lý các dự án đầu tư xây dựng';

test('the standing office creates its period, a cluster with members, leader and deputies, edits a deadline; the audit log and its CSV show those changes', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await signInThroughPage(page, STANDING_OFFICE, DEMO_PASSWORD);
  const api = await Api.current(page.request);
  const council = await api.firstCouncil();
  const year = await freeYear(api, council.id, 'calendarYear');
  const tag = suffix();

  // A unit with a long name (its own code), and three of the council's units, to be the cluster.
  const longUnit = await api.send<Unit>('POST', `/councils/${council.id}/units`, {
    code: `ban-qlda-${tag}`,
    name: LONG_NAME,
    type: 'publicServiceUnit',
  });
  const { items: units } = await api.get<ApiPage<Unit & { active: boolean }>>(
    `/councils/${council.id}/units?pageSize=500`,
  );
  const [unitB, unitC, unitD] = units.filter((u) => u.active && u.id !== longUnit.id).slice(0, 3);
  const { items: profiles } = await api.get<{ items: Profile[] }>('/period-profiles');
  const profile = profiles.find(
    (p) => p.calendar === 'calendarYear' && p.deadlines.some((d) => d.stage === 'registration'),
  )!;

  // The periods screen, from the sidebar; a new period of our own year with a profile's deadlines.
  await page.getByRole('navigation').getByRole('link', { name: 'Kỳ thi đua, cụm và khối' }).click();
  await expect(page.getByRole('heading', { name: 'Kỳ thi đua, cụm và khối' })).toBeVisible();
  await page.getByRole('button', { name: 'Tạo kỳ thi đua' }).click();
  const create = page.getByRole('dialog', { name: 'Tạo kỳ thi đua' });
  await create.getByLabel('Năm', { exact: true }).fill(String(year));
  await create.getByLabel('Tên kỳ thi đua').fill(`Năm ${year}`);
  await choose(page, create.getByLabel('Hồ sơ mẫu (hạn các giai đoạn)'), profile.name, { search: false });
  await saveScreen(page, '50-tao-ky-thi-dua');
  await create.getByRole('button', { name: 'Lưu' }).click();
  await expect(create).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: `Năm ${year}` })).toBeVisible();
  await expect(page.getByText('Đang ở giai đoạn: Thiết lập cụm, khối')).toBeVisible();

  const period = (
    await api.get<ApiPage<Period>>(`/councils/${council.id}/periods?year=${year}&calendar=calendarYear`)
  ).items[0]!;
  expect(page.url()).toContain(`/ky-thi-dua/${period.id}`);
  const due = await api.get<{ items: DueItem[]; total: number }>(`/periods/${period.id}/deadlines/due`);
  expect(due.total).toBe(profile.deadlines.length);
  const deadlines = page.getByRole('table', { name: 'Thời hạn các giai đoạn' });
  await expect(deadlines.locator('tbody tr')).toHaveCount(due.total);
  for (const item of due.items) await expect(deadlines).toContainText(viDate(item.dueOn));

  // A cluster followed by the demo council member.
  const clusterName = `Cụm thi đua thử nghiệm ${tag}`;
  await page.getByRole('button', { name: 'Thêm cụm, khối' }).click();
  const addCluster = page.getByRole('dialog', { name: 'Thêm cụm, khối' });
  await addCluster.getByLabel('Tên cụm, khối').fill(clusterName);
  await addCluster.getByLabel('Mã', { exact: true }).fill(`cum-tn-${tag}`);
  await choose(page, addCluster.getByLabel('Thành viên Hội đồng theo dõi'), 'Lê Minh Tuấn');
  await addCluster.getByRole('button', { name: 'Lưu' }).click();
  await expect(addCluster).toBeHidden();
  const clusters = page.getByRole('table', { name: 'Cụm, khối thi đua' });
  await expect(clusters).toContainText(clusterName);

  // Leaving setup needs every cluster seated: the server's guard, as it says it.
  await page.getByRole('button', { name: 'Chuyển sang «Xây dựng tiêu chí»' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Chuyển sang «Xây dựng tiêu chí»' }).click();
  const refusal = page.getByRole('alert').filter({ hasText: 'Chưa chuyển được giai đoạn' });
  await expect(refusal).toContainText(clusterName);
  const refused = await tryWrite(page, api, 'POST', `/periods/${period.id}/stage`, {
    version: period.version,
    stage: 'criteria',
  });
  expect(refused.status).toBe(409);
  await expect(refusal).toContainText(refused.body.error!.message);
  await saveScreen(page, '51-chua-du-cum-truong');

  // The cluster's panel: members (a long name among them), then its leader and two deputies.
  await page.getByRole('button', { name: `Xem, sửa ${clusterName}` }).click();
  const drawer = page.getByRole('dialog', { name: clusterName });
  const picker = drawer.getByLabel('Chọn đơn vị để thêm vào cụm, khối');
  for (const unit of [longUnit, unitB!, unitC!, unitD!]) {
    await choose(page, picker, unit.name, { multiple: true });
  }
  await page.keyboard.press('Escape');
  await drawer.getByRole('button', { name: 'Thêm đơn vị' }).click();
  await expect(page.getByText('Đã thêm 4 đơn vị')).toBeVisible();
  const members = drawer.getByRole('table', { name: 'Đơn vị thành viên' });
  await expect(members.locator('tbody tr')).toHaveCount(4);
  await choose(page, drawer.getByLabel('Cụm trưởng', { exact: true }), longUnit.name);
  await choose(page, drawer.getByLabel('Cụm phó thứ nhất'), unitB!.name);
  await choose(page, drawer.getByLabel('Cụm phó thứ hai (nếu có)'), unitC!.name);
  await drawer.getByRole('button', { name: 'Lưu cụm trưởng, cụm phó' }).click();
  await expect(page.getByText('Đã lưu cụm trưởng, cụm phó')).toBeVisible();
  await expect(members.getByRole('row', { name: new RegExp(unitB!.name) })).toContainText('Cụm phó 1');
  await expect(members.getByRole('row', { name: new RegExp(unitC!.name) })).toContainText('Cụm phó 2');
  await expect(drawer.getByRole('table', { name: 'Lịch sử cụm trưởng, cụm phó qua các năm' })).toContainText(
    LONG_NAME,
  );
  await saveScreen(page, '52-cum-thanh-vien-cum-truong');

  const cluster = (await api.get<ApiPage<Cluster>>(`/periods/${period.id}/clusters`)).items[0]!;
  expect(cluster.name).toBe(clusterName);
  expect(cluster.follower?.displayName).toBe('Lê Minh Tuấn');
  expect(cluster.members.map((m) => [m.unitId, m.seat, m.deputyRank])).toEqual([
    [longUnit.id, 'leader', null],
    [unitB!.id, 'deputy', 1],
    [unitC!.id, 'deputy', 2],
    [unitD!.id, 'member', null],
  ]);
  await drawer.getByRole('button', { name: 'Đóng' }).first().click();
  await expect(drawer).toBeHidden();
  await expect(clusters).toContainText(LONG_NAME);
  await expectNoSidewaysScroll(page);

  // A deadline edited: the registration deadline moves to 15/03, shown dd/mm/yyyy.
  const registration = due.items.find((d) => d.stage === 'registration' && !d.clusterId && !d.unitType)!;
  await page.getByRole('button', { name: 'Sửa thời hạn Đăng ký thi đua — Cả kỳ' }).click();
  const editDeadline = page.getByRole('dialog', { name: 'Sửa thời hạn Đăng ký thi đua — Cả kỳ' });
  await typeDate(page, editDeadline.getByLabel('Hạn'), `15/03/${year}`);
  await editDeadline.getByLabel('Ghi chú').fill(`Hạn đăng ký của kỳ thử nghiệm ${tag}`);
  await editDeadline.getByRole('button', { name: 'Lưu' }).click();
  await expect(editDeadline).toBeHidden();
  await expect(deadlines.getByRole('row', { name: /Đăng ký thi đua/ })).toContainText(`15/03/${year}`);
  const moved = await api.get<{ items: DueItem[] }>(`/periods/${period.id}/deadlines/due`);
  expect(moved.items.find((d) => d.id === registration.id)?.dueOn).toBe(`${year}-03-15`);

  // Seated, the period leaves setup.
  await page.getByRole('button', { name: 'Chuyển sang «Xây dựng tiêu chí»' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Chuyển sang «Xây dựng tiêu chí»' }).click();
  await expect(page.getByText('Đang ở giai đoạn: Xây dựng tiêu chí')).toBeVisible();
  expect((await api.get<Period>(`/periods/${period.id}`)).stage).toBe('criteria');
  await saveScreen(page, '53-ky-thi-dua');

  // The audit log: the deadline's change, old and new, found with the filters.
  await page.getByRole('navigation').getByRole('link', { name: 'Nhật ký thay đổi' }).click();
  await expect(page.getByRole('heading', { name: 'Nhật ký thay đổi' })).toBeVisible();
  await choose(page, page.getByLabel('Đối tượng', { exact: true }), 'Thời hạn giai đoạn');
  await choose(page, page.getByLabel('Thao tác', { exact: true }), 'Sửa');
  await page.getByLabel('Nội dung lý do').fill('');
  await page.getByLabel('Người thực hiện').fill(STANDING_OFFICE);
  await page.getByLabel('Người thực hiện').press('Enter');
  await expect(page).toHaveURL(/doiTuong=stageDeadline/);
  await expect(page).toHaveURL(/thaoTac=update/);
  await expect(page).toHaveURL(/nguoi=cqtt/);
  const log = page.getByRole('table', { name: 'Nhật ký thay đổi' });
  const deadlineRow = log.locator('tbody tr').filter({ hasText: `Hạn đăng ký của kỳ thử nghiệm ${tag}` });
  await expect(deadlineRow).toContainText(`Hạn: ${viDate(registration.dueOn)} → 15/03/${year}`);
  await saveScreen(page, '54-nhat-ky-thoi-han');

  // The cluster's own history: created, members added, leader and deputies set, old → new.
  await page.getByRole('button', { name: 'Xóa bộ lọc' }).click();
  await choose(page, page.getByLabel('Đối tượng', { exact: true }), 'Cụm, khối');
  await expect(page).toHaveURL(/doiTuong=cluster/);
  const clusterRow = log.locator('tbody tr').filter({ hasText: clusterName }).first();
  await clusterRow.getByRole('button', { name: 'Xem mọi thay đổi của Cụm, khối này' }).click();
  await expect(page).toHaveURL(new RegExp(`ma=${cluster.id}`));
  const events = await api.get<ApiPage<AuditEvent>>(
    `/councils/${council.id}/audit?entityType=cluster&entityId=${cluster.id}`,
  );
  expect(events.items.map((e) => e.actionLabel)).toEqual([
    'Đặt cụm trưởng, cụm phó',
    'Thêm đơn vị thành viên',
    'Tạo mới',
  ]);
  const rows = log.locator('tbody tr');
  await expect(rows).toHaveCount(events.total);
  await expect(rows.nth(0)).toContainText('Đặt cụm trưởng, cụm phó');
  await expect(rows.nth(0)).toContainText(`Cụm trưởng: (trống) → ${LONG_NAME}`);
  await expect(rows.nth(0)).toContainText(`Cụm phó: (trống) → ${unitB!.name} (1); ${unitC!.name} (2)`);
  await expect(rows.nth(1)).toContainText('Thêm đơn vị thành viên');
  await expect(rows.nth(1)).toContainText(unitD!.name);
  await expect(rows.nth(2)).toContainText(`Tên: ${clusterName}`);
  await expectNoSidewaysScroll(page);
  await saveScreen(page, '55-nhat-ky-cum');

  // The CSV export of exactly these rows, read back.
  const downloading = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Xuất CSV' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^nhat-ky-thay-doi-\d{8}\.csv$/);
  const csv = parseCsv(await readFile(await download.path(), 'utf8'));
  expect(csv[0]).toEqual(AUDIT_CSV_HEADER);
  // One record per changed field, values said as on the screen: every event is there, nothing is JSON,
  // and the unit added to the cluster is named, not given by its id.
  const body = csv.slice(1);
  expect(body.length).toBeGreaterThanOrEqual(events.total);
  for (const row of body) {
    expect(row[1]).toBe(`${api.session.user.displayName} (${STANDING_OFFICE})`);
    expect(row[3]).toBe(cluster.id);
    expect(row[6]! + row[7]!).not.toMatch(/^[[{]/);
  }
  const said = (row: string[]) => `${row[2]} / ${row[4]}`;
  expect(new Set(body.map(said))).toEqual(
    new Set(events.items.map((e) => `${e.entityTypeLabel} / ${e.actionLabel}`)),
  );
  expect(body.some((row) => row[7]!.includes(longUnit.name))).toBe(true);
  expect(body.some((row) => row.join('|').includes(longUnit.id))).toBe(false);
});

test('last year’s clusters are copied into a new period, and each cluster’s leadership history follows it', async ({
  page,
}) => {
  await signInThroughPage(page, STANDING_OFFICE, DEMO_PASSWORD);
  const api = await Api.current(page.request);
  const council = await api.firstCouncil();
  const tag = suffix();

  // Two school years of our own: the earlier one with a block, its members and seats (through the API).
  const source = await ownPeriod<Period>(api, council.id, 'schoolYear');
  const target = await ownPeriod<Period>(api, council.id, 'schoolYear');
  const { items: units } = await api.get<ApiPage<Unit & { active: boolean }>>(
    `/councils/${council.id}/units?pageSize=500`,
  );
  const [leader, deputy, member] = units.filter((u) => u.active).slice(-3);
  const blockName = `Khối thi đua các trường thử nghiệm ${tag}`;
  let block = await api.send<Cluster>('POST', `/periods/${source.id}/clusters`, {
    code: `khoi-tn-${tag}`,
    name: blockName,
    kind: 'khoi',
  });
  block = await api.send<Cluster>('POST', `/clusters/${block.id}/members`, {
    version: block.version,
    unitIds: [leader!.id, deputy!.id, member!.id],
  });
  const seated = await tryWrite(page, api, 'PUT', `/clusters/${block.id}/leadership`, {
    version: block.version,
    seats: [
      { unitId: leader!.id, role: 'leader' },
      { unitId: deputy!.id, role: 'deputy' },
    ],
  });
  expect(seated.status).toBe(200);

  // The new period is empty: the standing office copies last year's into it.
  await page.goto(`/hoi-dong/${council.id}/ky-thi-dua/${target.id}`);
  await expect(page.getByRole('table', { name: 'Cụm, khối thi đua' })).toContainText(
    'Kỳ thi đua chưa có cụm, khối nào.',
  );
  await page.getByRole('button', { name: 'Sao chép từ kỳ trước' }).click();
  const copy = page.getByRole('dialog', { name: 'Sao chép cụm, khối từ kỳ khác' });
  // The default source is the latest earlier period of the same calendar: ours.
  await expect(copy.locator('.ant-select')).toContainText(source.name);
  await copy.getByRole('button', { name: 'Sao chép từ kỳ trước' }).click();
  await expect(page.getByText('Đã sao chép 1 cụm, khối với 3 đơn vị')).toBeVisible();
  const copied = (await api.get<ApiPage<Cluster>>(`/periods/${target.id}/clusters`)).items;
  expect(copied.map((c) => c.name)).toEqual([blockName]);
  expect(copied[0]!.members.map((m) => [m.unitId, m.seat])).toEqual([
    [leader!.id, 'leader'],
    [deputy!.id, 'deputy'],
    [member!.id, 'member'],
  ]);

  // The copied block's history shows both years, newest first.
  await page.getByRole('button', { name: `Xem, sửa ${blockName}` }).click();
  const history = page
    .getByRole('dialog', { name: blockName })
    .getByRole('table', { name: 'Lịch sử cụm trưởng, cụm phó qua các năm' });
  await expect(history.locator('tbody tr')).toHaveCount(2);
  await expect(history.locator('tbody tr').nth(0)).toContainText(target.name);
  await expect(history.locator('tbody tr').nth(1)).toContainText(source.name);
  for (const row of [0, 1]) {
    await expect(history.locator('tbody tr').nth(row)).toContainText(leader!.name);
    await expect(history.locator('tbody tr').nth(row)).toContainText(deputy!.name);
  }
  await saveScreen(page, '53b-sao-chep-lich-su');
});

test('a leader chosen and not yet saved stays chosen while the panel reloads after another change', async ({
  page,
}) => {
  await signInThroughPage(page, STANDING_OFFICE, DEMO_PASSWORD);
  const api = await Api.current(page.request);
  const council = await api.firstCouncil();
  const tag = suffix();
  // A calendar year: the school years of ours are the copy test's (its source must be the latest one).
  const period = await ownPeriod<Period>(api, council.id, 'calendarYear');
  const { items: units } = await api.get<ApiPage<Unit & { active: boolean }>>(
    `/councils/${council.id}/units?pageSize=500`,
  );
  const [leader, deputy, added] = units.filter((u) => u.active).slice(-3);
  const blockName = `Khối thử giữ lựa chọn ${tag}`;
  const block = await api.send<Cluster>('POST', `/periods/${period.id}/clusters`, {
    code: `khoi-gl-${tag}`,
    name: blockName,
    kind: 'khoi',
  });
  await api.send('POST', `/clusters/${block.id}/members`, {
    version: block.version,
    unitIds: [leader!.id, deputy!.id],
  });

  await page.goto(`/hoi-dong/${council.id}/ky-thi-dua/${period.id}`);
  await page.getByRole('button', { name: `Xem, sửa ${blockName}` }).click();
  const drawer = page.getByRole('dialog', { name: blockName });
  const seats = drawer.getByRole('region', { name: 'Cụm trưởng và cụm phó' });
  await choose(page, seats.getByLabel('Cụm trưởng', { exact: true }), leader!.name);
  // Another change to the block (a member added) reloads it; the seats it has saved are unchanged, so
  // the leader chosen a moment ago is still chosen (it was wiped by every reload).
  await choose(page, drawer.getByLabel('Chọn đơn vị để thêm vào cụm, khối'), added!.name, { multiple: true });
  await page.keyboard.press('Escape');
  await drawer.getByRole('button', { name: 'Thêm đơn vị' }).click();
  await expect(drawer.getByRole('table', { name: 'Đơn vị thành viên' }).locator('tbody tr')).toHaveCount(3);
  await expect(seats.locator('.ant-select').first()).toContainText(leader!.name);
  await choose(page, seats.getByLabel('Cụm phó thứ nhất'), deputy!.name);
  await seats.getByRole('button', { name: 'Lưu cụm trưởng, cụm phó' }).click();
  await expect(page.getByText('Đã lưu cụm trưởng, cụm phó')).toBeVisible();
  // The notice never catches a click (it covered the panel's close button, and stayed while the pointer
  // rested on it): the click goes to what is under it.
  const notice = page.locator('.ant-message-notice').filter({ hasText: 'Đã lưu cụm trưởng, cụm phó' });
  await expect(notice).toHaveCSS('pointer-events', 'none');
  await expect(notice.getByText('Đã lưu cụm trưởng, cụm phó')).toHaveCSS('pointer-events', 'none');
  await drawer.getByRole('button', { name: 'Đóng' }).first().click();
  await expect(drawer).toBeHidden();
  const saved = (await api.get<ApiPage<Cluster>>(`/periods/${period.id}/clusters`)).items[0]!;
  expect(saved.members.map((m) => [m.unitId, m.seat])).toEqual([
    [leader!.id, 'leader'],
    [deputy!.id, 'deputy'],
    [added!.id, 'member'],
  ]);
});
