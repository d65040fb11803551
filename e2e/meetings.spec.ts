import type { VoteView as VoteJson } from '@thidua/contracts/meetings';
import { DEMO_PASSWORD, signInThroughPage } from './support/accounts';
import { expect, test } from './support/fixtures';
import { type MeetingJson, meetingsOf, quorumSentence } from './support/meetings';
import { buildTestCluster, clusterScreen } from './support/registrations';
import { expectNoSidewaysScroll, saveScreen } from './support/screens';

test('the leader schedules a preparatory meeting, ticks attendance to the quorum, keeps minutes and records a vote', async ({
  page,
  sessions,
}) => {
  const c = await buildTestCluster(sessions);
  const leader = await sessions.as('cumtruong');

  await signInThroughPage(page, 'cumtruong', DEMO_PASSWORD);
  await page.goto(clusterScreen(c, 'cuoc-hop'));
  await expect(page.getByText('Chưa có cuộc họp nào.')).toBeVisible();
  await page.getByRole('button', { name: 'Lên lịch cuộc họp' }).click();
  const dialog = page.getByRole('dialog', { name: 'Lên lịch cuộc họp' });
  await expect(dialog.getByLabel('Loại cuộc họp')).toBeVisible();
  await expect(dialog.getByText('Hội nghị trù bị')).toBeVisible();
  await dialog.getByLabel('Tên cuộc họp').fill('Hội nghị trù bị thống nhất điểm thi đua');
  await dialog.getByLabel('Ngày họp').fill('20/11/2056');
  await dialog.getByLabel('Ngày họp').press('Enter');
  await dialog.getByLabel('Địa điểm').fill('Hội trường UBND phường Hưng Đạo');
  await dialog
    .getByLabel('Chương trình, nội dung')
    .fill('1. Thống nhất điểm các đơn vị\n2. Bầu cụm trưởng năm sau');
  await saveScreen(page, '67-cuoc-hop-len-lich');
  await dialog.getByRole('button', { name: 'Lưu' }).click();

  // The new meeting opens; the API has it as a preparatory meeting with nobody present.
  await expect(page.getByRole('heading', { name: 'Hội nghị trù bị thống nhất điểm thi đua' })).toBeVisible();
  const [created] = await meetingsOf(leader, c);
  expect(created?.kind).toBe('truBi');
  const quorum = page.getByTestId('quorum-status');
  const fresh = await leader.get<MeetingJson>(`/meetings/${created!.id}`);
  await expect(quorum).toHaveText(quorumSentence(fresh.quorum!));
  expect(fresh.quorum!.reached).toBe(false);

  // Tick units one by one: after each, the sentence is the server's quorum for that attendance.
  for (const row of fresh.attendance) {
    const meetingNow = await leader.get<MeetingJson>(`/meetings/${created!.id}`);
    if (meetingNow.quorum!.reached) break;
    await page.getByRole('checkbox', { name: `${row.unitName} có mặt` }).click();
    await expect(page.getByRole('checkbox', { name: `${row.unitName} có mặt` })).toBeChecked();
    await expect
      .poll(async () => (await leader.get<MeetingJson>(`/meetings/${created!.id}`)).quorum!.present)
      .toBe(meetingNow.quorum!.present + 1);
    const after = await leader.get<MeetingJson>(`/meetings/${created!.id}`);
    await expect(quorum).toHaveText(quorumSentence(after.quorum!));
  }
  const withQuorum = await leader.get<MeetingJson>(`/meetings/${created!.id}`);
  expect(withQuorum.quorum!.reached).toBe(true);
  await expect(quorum).toContainText('Đủ số lượng');

  await page.getByLabel('Biên bản cuộc họp').fill('Hội nghị thống nhất điểm của các đơn vị trong cụm.');
  await page.getByRole('button', { name: 'Lưu biên bản' }).click();
  await expect(page.getByText('Đã lưu biên bản')).toBeVisible();
  await expect
    .poll(async () => (await leader.get<MeetingJson>(`/meetings/${created!.id}`)).minutes)
    .toBe('Hội nghị thống nhất điểm của các đơn vị trong cụm.');

  // An election of next year's leader: two units' counts; the outcome follows the server's counts.
  const names = new Map(withQuorum.attendance.map((a) => [a.unitId, a.unitName]));
  const votesFor = async (unitId: string, count: string) => {
    const unitBox = page.getByLabel('Đơn vị', { exact: true });
    await unitBox.click();
    await unitBox.fill(names.get(unitId)!);
    await page
      .locator('.ant-select-item-option')
      .filter({ hasText: names.get(unitId)! })
      .click();
    await page.getByLabel('Số phiếu', { exact: true }).fill(count);
    await page.getByRole('button', { name: 'Ghi số phiếu' }).click();
    await expect(page.getByText('Đã ghi số phiếu').last()).toBeVisible();
  };
  // A negative count: the server's message beside the field, nothing recorded.
  const refused = await leader.request.post(`/api/v1/meetings/${created!.id}/votes`, {
    data: { purpose: 'election', position: 'leader', unitId: c.units.deputy, votes: -1 },
    headers: { 'x-csrf-token': leader.csrf },
  });
  expect(refused.status()).toBe(400);
  const message = (
    (await refused.json()) as { error: { fields: { path: string; message: string }[] } }
  ).error.fields.find((f) => f.path === 'body.votes')!.message;
  const unitBox = page.getByLabel('Đơn vị', { exact: true });
  await unitBox.click();
  await unitBox.fill(names.get(c.units.deputy)!);
  await page
    .locator('.ant-select-item-option')
    .filter({ hasText: names.get(c.units.deputy)! })
    .click();
  await page.getByLabel('Số phiếu', { exact: true }).fill('-1');
  await page.getByRole('button', { name: 'Ghi số phiếu' }).click();
  await expect(
    page
      .locator('.ant-form-item')
      .filter({ has: page.getByLabel('Số phiếu', { exact: true }) })
      .locator('.ant-form-item-explain-error'),
  ).toHaveText([message.charAt(0).toLocaleUpperCase('vi') + message.slice(1)]);
  expect((await leader.get<{ items: VoteJson[] }>(`/meetings/${created!.id}/votes`)).items).toEqual([]);

  await votesFor(c.units.deputy, '3');
  await votesFor(c.units.other, '1');
  const votes = await leader.get<{ items: VoteJson[] }>(`/meetings/${created!.id}/votes`);
  expect(votes.items.map((v) => [v.unitId, v.votes, v.purpose, v.position])).toEqual([
    [c.units.deputy, 3, 'election', 'leader'],
    [c.units.other, 1, 'election', 'leader'],
  ]);
  const election = page.getByRole('region', { name: 'Bầu cụm trưởng năm sau' });
  await expect(election.getByRole('row', { name: new RegExp(names.get(c.units.deputy)!) })).toContainText(
    '3',
  );
  const top = votes.items[0]!;
  await expect(election.getByTestId('vote-outcome')).toHaveText(
    `Nhiều phiếu nhất: ${top.unitName} (${top.votes} phiếu).`,
  );
  await expect(page.getByRole('link', { name: 'Xem bảng xếp hạng' })).toHaveAttribute(
    'href',
    new RegExp(`/xep-hang\\?ky=${c.periodId}&cum=${c.clusterId}`),
  );
  await saveScreen(page, '68-cuoc-hop-diem-danh-bo-phieu');

  // Unticking below the quorum: the server says so, and votes can no longer be recorded.
  const first = page.getByRole('checkbox', { name: `${withQuorum.attendance[0]!.unitName} có mặt` });
  await first.click();
  await expect(first).not.toBeChecked();
  const below = await leader.get<MeetingJson>(`/meetings/${created!.id}`);
  await expect(quorum).toHaveText(quorumSentence(below.quorum!));
  expect(below.quorum!.reached).toBe(false);
  await expect(page.getByRole('button', { name: 'Ghi số phiếu' })).toHaveCount(0);
});

test('a member unit reads a meeting on a phone without sideways scrolling', async ({ page, sessions }) => {
  const c = await buildTestCluster(sessions);
  const leader = await sessions.as('cumtruong');
  const meeting = await leader.send<MeetingJson>('POST', `/clusters/${c.clusterId}/meetings`, {
    kind: 'soKet',
    heldOn: '2056-07-15',
    title:
      'Hội nghị sơ kết 6 tháng đầu năm của cụm thi đua thử nghiệm với tên rất dài để kiểm tra xuống dòng',
    agenda: 'Đánh giá kết quả 6 tháng',
  });
  await page.setViewportSize({ width: 390, height: 844 });
  await signInThroughPage(page, 'donvi', DEMO_PASSWORD);
  await page.goto(clusterScreen(c, 'cuoc-hop', meeting.id));
  await expect(page.getByTestId('quorum-status')).toHaveText(quorumSentence(meeting.quorum!));
  // A member unit reads the attendance but has nothing to tick.
  await expect(
    page.getByRole('list', { name: 'Đơn vị thành viên có mặt' }).getByRole('listitem'),
  ).toHaveCount(meeting.attendance.length);
  await expect(page.getByRole('checkbox')).toHaveCount(0);
  await expectNoSidewaysScroll(page);
  await saveScreen(page, '69-cuoc-hop-dien-thoai');
});
