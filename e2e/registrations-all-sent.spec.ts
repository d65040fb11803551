import { DEMO_PASSWORD, signInThroughPage } from './support/accounts';
import { expect, test } from './support/fixtures';
import { buildTestCluster, clusterScreen } from './support/registrations';

// Found by a first user (docs/first-user-review-2026-12-07.md, item 4): a member unit's screen said the
// others' registrations show once all have sent theirs, although all had, and showed none.
const YEAR = 2050;

const PLANS = [
  { criterionCode: 'I.1', plan: 77.8 },
  { criterionCode: 'I.2', plan: 3000 },
  { criterionCode: 'I.3', plan: 0 },
];

test("a member unit sees the others' registrations once every unit has sent its own", async ({
  page,
  sessions,
}) => {
  const c = await buildTestCluster(sessions, 'registration', YEAR);
  const office = await sessions.as('cqtt');
  const register = async (who: 'cumtruong' | 'cumpho' | 'donvi' | 'cqtt', unitId: string) => {
    const session = who === 'cqtt' ? office : await sessions.as(who);
    const draft = await session.send<{ id: string; version: number }>(
      'POST',
      `/clusters/${c.clusterId}/registrations`,
      { unitId, plans: PLANS, titlesSought: ['CO_T'] },
    );
    await session.send('POST', `/registrations/${draft.id}/submit`, { version: draft.version });
  };
  const table = page.getByRole('table', { name: `Tình hình đăng ký thi đua — ${c.clusterName}` });
  const onlyOwn = page.getByText('Bản đăng ký của các đơn vị khác sẽ hiện khi tất cả đơn vị');

  await register('donvi', c.units.member);
  await signInThroughPage(page, 'donvi', DEMO_PASSWORD);
  await page.goto(clusterScreen(c, 'dang-ky'));
  await expect(onlyOwn).toBeVisible();
  await expect(table).toHaveCount(0);

  await register('cumtruong', c.units.leader);
  await register('cumpho', c.units.deputy);
  await register('cqtt', c.units.other);
  await page.reload();
  await expect(page.getByText('Tất cả đơn vị đã gửi đăng ký.')).toBeVisible();
  await expect(table.getByRole('row')).toHaveCount(5);
  await expect(onlyOwn).toHaveCount(0);
});
