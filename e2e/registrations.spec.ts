import type { Page as BrowserPage, Locator } from '@playwright/test';
import type {
  RegistrationRowView as Row,
  RegistrationView as Registration,
} from '@thidua/contracts/registrations';
import { DEMO_PASSWORD, signInThroughPage } from './support/accounts';
import type { Api, Page } from './support/api';
import { expect, test } from './support/fixtures';
import { agreeToPact, buildTestCluster, clusterScreen, type TestCluster } from './support/registrations';
import { expectNoSidewaysScroll, saveScreen } from './support/screens';

interface ErrorBody {
  error: { code: string; fields: { path: string; message: string }[] };
}

/** The unit names of the test cluster, by id. */
async function unitNames(session: Api, c: TestCluster): Promise<Map<string, string>> {
  const cluster = await session.get<{ members: { unitId: string; name: string }[] }>(
    `/clusters/${c.clusterId}`,
  );
  return new Map(cluster.members.map((m) => [m.unitId, m.name]));
}

const planInput = (page: BrowserPage | Locator, code: string) =>
  page.getByLabel(new RegExp(`^Kế hoạch tiêu chí ${code.replace('.', '\\.')} `));

/** Beside the plan input: the antd form item's message. */
const messageBeside = (page: BrowserPage, code: string) =>
  page
    .locator('.ant-form-item')
    .filter({ has: planInput(page, code) })
    .locator('.ant-form-item-explain-error');

async function registrationsOf(session: Api, c: TestCluster): Promise<Row[]> {
  return (await session.get<Page<Row>>(`/clusters/${c.clusterId}/registrations?pageSize=500`)).items;
}

test('a unit registers plan values, titles and a model, submits, and prints the form', async ({
  page,
  sessions,
}) => {
  const c = await buildTestCluster(sessions);
  const member = await sessions.as('donvi');
  const unitName = (await unitNames(member, c)).get(c.units.member)!;

  await signInThroughPage(page, 'donvi', DEMO_PASSWORD);
  await page.goto(clusterScreen(c, 'dang-ky'));
  await expect(page.getByRole('heading', { name: `Bản đăng ký của ${unitName}` })).toBeVisible();
  await planInput(page, 'I.1').fill('1.250,5');
  await planInput(page, 'I.2').fill('10200');
  await planInput(page, 'I.3').fill('2');
  await page.getByLabel('Ghi chú kế hoạch tiêu chí I.1').fill('Theo Nghị quyết HĐND');
  await page.getByRole('checkbox', { name: 'Tập thể lao động xuất sắc' }).check();
  await page.getByRole('button', { name: 'Thêm mô hình' }).click();
  await page.getByLabel('Tên mô hình 1', { exact: true }).fill('Dân vận khéo trong giải phóng mặt bằng');
  await page.getByRole('button', { name: 'Thêm chuyên đề' }).click();
  await page.getByLabel('Tên chuyên đề 1', { exact: true }).fill('Chuyển đổi số trong cải cách hành chính');
  await saveScreen(page, '60-dang-ky-don-vi-nhap');
  await page.getByRole('button', { name: 'Lưu nháp' }).click();
  await expect(page.getByText('Đã lưu bản đăng ký')).toBeVisible();

  const [draftRow] = (await registrationsOf(member, c)).filter((r) => r.unit.id === c.units.member);
  expect(draftRow?.registration?.status).toBe('draft');

  await page.getByRole('button', { name: 'Gửi đăng ký' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Gửi đăng ký' }).click();
  await expect(page.getByText('Đã gửi bản đăng ký')).toBeVisible();
  await expect(page.getByText(/^Đã gửi ngày /)).toBeVisible();

  // What the screen shows is what the API stored: the exact decimals typed, the title, the model.
  const saved = await member.get<Registration>(`/registrations/${draftRow!.registration!.id}`);
  expect(saved.status).toBe('submitted');
  expect(saved.plans.map((p) => [p.criterionCode, p.plan])).toEqual([
    ['I.1', '1250.5'],
    ['I.2', '10200'],
    ['I.3', '2'],
  ]);
  expect(saved.titlesSought.map((t) => t.code)).toEqual(['TTLDXS']);
  expect(saved.models.map((m) => m.name)).toEqual(['Dân vận khéo trong giải phóng mặt bằng']);
  const table = page.getByRole('table').filter({ hasText: 'Tổng thu ngân sách địa phương' });
  await expect(table.getByRole('row', { name: /I\.1/ })).toContainText('1.250,5');
  await expect(table.getByRole('row', { name: /I\.2/ })).toContainText('10.200');
  await saveScreen(page, '61-dang-ky-da-gui');

  await page.getByRole('button', { name: 'Xem bản in' }).click();
  const sheet = page.getByRole('article', { name: /ĐĂNG KÝ THAM GIA THI ĐUA NĂM/ });
  await expect(sheet).toBeVisible();
  await expect(sheet).toContainText(unitName);
  await expect(sheet).toContainText('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  await expect(sheet.locator('tr[data-criterion="I.1"]')).toContainText('1.250,5');
  await expect(sheet.locator('tr[data-criterion="I.1"]')).toContainText('Theo Nghị quyết HĐND');
  await expect(sheet.locator('tr[data-criterion="I.2"]')).toContainText('10.200');
  await expect(sheet.locator('tr[data-criterion="I.3"]')).toContainText('2');
  for (const title of saved.titlesSought) await expect(sheet).toContainText(title.name);
  await expect(sheet).toContainText('Dân vận khéo trong giải phóng mặt bằng');
  await expect(page.getByRole('button', { name: /^(printer )?In$/ })).toBeEnabled();
  await saveScreen(page, '62-dang-ky-ban-in');
  // On paper only the sheet: the application's header, menu and buttons are left out.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Quay lại' })).toBeHidden();
  await expect(sheet).toBeVisible();
  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('button', { name: 'Quay lại' }).click();
  await expect(page.getByRole('heading', { name: `Bản đăng ký của ${unitName}` })).toBeVisible();
});

test("a bad plan value shows the server's message beside the field, and nothing is saved", async ({
  page,
  sessions,
}) => {
  const c = await buildTestCluster(sessions);
  const member = await sessions.as('donvi');

  // The server's own words for a plan of 0 on an increase criterion (a refused POST saves nothing).
  const refused = await member.request.post(`/api/v1/clusters/${c.clusterId}/registrations`, {
    data: { unitId: c.units.member, plans: [{ criterionCode: 'I.1', plan: 0 }] },
    headers: { 'x-csrf-token': member.csrf },
  });
  expect(refused.status()).toBe(400);
  const expected = ((await refused.json()) as ErrorBody).error.fields.find(
    (f) => f.path === 'body.plans[0].plan',
  )!.message;

  await signInThroughPage(page, 'donvi', DEMO_PASSWORD);
  await page.goto(clusterScreen(c, 'dang-ky'));
  // I.2 is filled first and I.1 after, so the server's `plans[1]` must come back beside I.1's own row.
  await planInput(page, 'I.2').fill('500');
  await planInput(page, 'I.1').fill('0');
  await page.getByRole('button', { name: 'Lưu nháp' }).click();
  const beside = messageBeside(page, 'I.1');
  await expect(beside).toHaveText([expected.charAt(0).toLocaleUpperCase('vi') + expected.slice(1)]);
  await expect(messageBeside(page, 'I.2')).toHaveCount(0);
  await saveScreen(page, '63-dang-ky-loi-ke-hoach');

  const rows = await registrationsOf(member, c);
  expect(rows.find((r) => r.unit.id === c.units.member)?.registration, 'nothing saved').toBeNull();

  // Text that is not a number never leaves the browser: the form says so beside the field.
  await planInput(page, 'I.1').fill('mười hai');
  await page.getByRole('button', { name: 'Lưu nháp' }).click();
  await expect(messageBeside(page, 'I.1')).toHaveText(['Nhập một số, ví dụ 12,5']);
});

test("the leader sees every unit's status, opens one, and records the pact signing", async ({
  page,
  sessions,
}) => {
  const c = await buildTestCluster(sessions);
  const member = await sessions.as('donvi');
  const deputy = await sessions.as('cumpho');
  const submitted = await member.send<Registration>('POST', `/clusters/${c.clusterId}/registrations`, {
    unitId: c.units.member,
    plans: [
      { criterionCode: 'I.1', plan: 77.8 },
      { criterionCode: 'I.2', plan: 3000 },
      { criterionCode: 'I.3', plan: 0 },
    ],
    titlesSought: ['CO_T'],
  });
  await member.send('POST', `/registrations/${submitted.id}/submit`, { version: submitted.version });
  await deputy.send('POST', `/clusters/${c.clusterId}/registrations`, {
    unitId: c.units.deputy,
    plans: [{ criterionCode: 'I.1', plan: 12 }],
  });
  const names = await unitNames(member, c);
  await agreeToPact(sessions, c);

  await signInThroughPage(page, 'cumtruong', DEMO_PASSWORD);
  await page.goto(clusterScreen(c, 'dang-ky'));
  const statusTable = page.getByRole('table', { name: `Tình hình đăng ký thi đua — ${c.clusterName}` });
  const leader = await sessions.as('cumtruong');
  const rows = await registrationsOf(leader, c);
  expect(rows).toHaveLength(4);
  const label = { submitted: 'Đã gửi', draft: 'Đang soạn' } as Record<string, string>;
  for (const row of rows) {
    await expect(statusTable.getByRole('row', { name: new RegExp(row.unit.name) })).toContainText(
      row.registration ? label[row.registration.status]! : 'Chưa đăng ký',
    );
  }
  await expect(page.getByText('Đã gửi 1 · Đang soạn 1 · Chưa đăng ký 2')).toBeVisible();
  await saveScreen(page, '64-dang-ky-tinh-hinh-cum');

  await page.getByRole('button', { name: `Mở bản đăng ký của ${names.get(c.units.member)!}` }).click();
  const drawer = page.getByRole('dialog', { name: `Bản đăng ký của ${names.get(c.units.member)!}` });
  await expect(drawer.getByRole('row', { name: /I\.1/ })).toContainText('77,8');
  await expect(drawer.getByRole('row', { name: /I\.2/ })).toContainText('3.000');
  await expect(drawer).toContainText('Cờ thi đua của UBND tỉnh');
  await drawer.getByRole('button', { name: 'Đóng' }).click();
  await expect(drawer).toBeHidden();

  await page.getByRole('button', { name: 'Ghi nhận ký giao ước' }).click();
  const dialog = page.getByRole('dialog', { name: 'Ghi nhận lễ ký giao ước thi đua' });
  await dialog.getByLabel('Ngày ký').fill('02/03/2056');
  await dialog.getByLabel('Ngày ký').press('Enter');
  await dialog.getByLabel('Số văn bản giao ước').fill('01/GƯTĐ-CTN');
  await dialog.getByLabel('Địa điểm, ghi chú').fill('Tại Hội trường UBND phường');
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByText('Đã ghi nhận 4 đơn vị ký giao ước')).toBeVisible();
  const pacts = await leader.get<Page<{ pact: { signedOn: string; documentNumber: string } | null }>>(
    `/clusters/${c.clusterId}/pacts`,
  );
  expect(pacts.items.every((r) => r.pact?.signedOn === '2056-03-02')).toBe(true);
  await expect(page.getByText('4/4 đơn vị đã ký giao ước')).toBeVisible();
  const pactTable = page.getByRole('table', { name: `Ký giao ước thi đua — ${c.clusterName}` });
  await expect(pactTable.getByRole('row', { name: new RegExp(names.get(c.units.other)!) })).toContainText(
    '02/03/2056',
  );
  await saveScreen(page, '65-giao-uoc-thi-dua');
});

test("a save over a colleague's newer save is refused and reloaded; the standing office reopens a submitted registration", async ({
  page,
  sessions,
}) => {
  const c = await buildTestCluster(sessions);
  const member = await sessions.as('donvi');
  const office = await sessions.as('cqtt');
  const draft = await member.send<Registration>('POST', `/clusters/${c.clusterId}/registrations`, {
    unitId: c.units.member,
    plans: [{ criterionCode: 'I.1', plan: 10 }],
  });

  await signInThroughPage(page, 'donvi', DEMO_PASSWORD);
  await page.goto(clusterScreen(c, 'dang-ky'));
  await expect(planInput(page, 'I.1')).toHaveValue('10');
  // A colleague saves first (through the API, with the version both read).
  await member.send('PATCH', `/registrations/${draft.id}`, {
    version: draft.version,
    plans: [{ criterionCode: 'I.1', plan: 20 }],
  });
  await planInput(page, 'I.1').fill('15');
  await page.getByRole('button', { name: 'Lưu nháp' }).click();
  const stale = page.getByRole('alert').filter({ hasText: 'Bản đăng ký vừa được người khác sửa trước bạn.' });
  await expect(stale).toBeVisible();
  expect((await member.get<Registration>(`/registrations/${draft.id}`)).plans[0]!.plan).toBe('20');
  await stale.getByRole('button', { name: 'Tải bản mới nhất' }).click();
  await expect(planInput(page, 'I.1')).toHaveValue('20');

  // Complete and submit through the API, then the standing office reopens it with a reason.
  const fresh = await member.get<Registration>(`/registrations/${draft.id}`);
  const completed = await member.send<Registration>('PATCH', `/registrations/${draft.id}`, {
    version: fresh.version,
    plans: [
      { criterionCode: 'I.1', plan: 20 },
      { criterionCode: 'I.2', plan: 100 },
      { criterionCode: 'I.3', plan: 1 },
    ],
  });
  await member.send('POST', `/registrations/${draft.id}/submit`, { version: completed.version });
  await page.context().clearCookies();
  await page.goto('/dang-nhap');
  await signInThroughPage(page, 'cqtt', DEMO_PASSWORD);
  await page.goto(clusterScreen(c, 'dang-ky'));
  const names = await unitNames(office, c);
  await page.getByRole('button', { name: `Mở bản đăng ký của ${names.get(c.units.member)!}` }).click();
  const drawer = page.getByRole('dialog', { name: `Bản đăng ký của ${names.get(c.units.member)!}` });
  await drawer.getByRole('button', { name: 'Mở lại để đơn vị sửa' }).click();
  const reopen = page.getByRole('dialog', { name: 'Mở lại bản đăng ký' });
  await reopen.getByRole('button', { name: 'Mở lại' }).click();
  // Without a reason the server refuses, in its own words, and nothing changes.
  await expect(reopen.locator('.ant-form-item-explain-error')).toHaveText(['Cần nêu lý do cho thay đổi này']);
  expect((await office.get<Registration>(`/registrations/${draft.id}`)).status).toBe('submitted');
  await reopen.getByLabel('Lý do mở lại').fill('Đơn vị đề nghị điều chỉnh chỉ tiêu trồng cây');
  await reopen.getByRole('button', { name: 'Mở lại' }).click();
  await expect(page.getByText('Đã mở lại bản đăng ký')).toBeVisible();
  await expect(drawer).toContainText('Đang soạn');
  expect((await office.get<Registration>(`/registrations/${draft.id}`)).status).toBe('draft');
  await drawer.getByRole('button', { name: 'Đóng' }).click();

  // The standing office registers for a unit that has not yet.
  const other = names.get(c.units.other)!;
  await page.getByRole('button', { name: `Đăng ký thay ${other}` }).click();
  const acting = page.getByRole('dialog', { name: `Đăng ký thay ${other} (cơ quan thường trực)` });
  await planInput(acting, 'I.1').fill('42,5');
  await acting.getByRole('button', { name: 'Lưu nháp' }).click();
  await expect(page.getByText('Đã lưu bản đăng ký')).toBeVisible();
  const otherRow = (await registrationsOf(office, c)).find((r) => r.unit.id === c.units.other)!;
  const otherSaved = await office.get<Registration>(`/registrations/${otherRow.registration!.id}`);
  expect(otherSaved.plans.map((p) => [p.criterionCode, p.plan])).toEqual([['I.1', '42.5']]);
});

test('on a phone the registration form fits the screen', async ({ page, sessions }) => {
  const c = await buildTestCluster(sessions);
  await page.setViewportSize({ width: 390, height: 844 });
  await signInThroughPage(page, 'donvi', DEMO_PASSWORD);
  await page.goto(clusterScreen(c, 'dang-ky'));
  await expect(planInput(page, 'I.1')).toBeVisible();
  await planInput(page, 'I.1').fill('12,5');
  await expectNoSidewaysScroll(page);
  await saveScreen(page, '66-dang-ky-dien-thoai');
});
