import { expect, test } from './support/fixtures';
import { switchUser } from './support/review';
import { expectNoSidewaysScroll, saveScreen } from './support/screens';

test('the header’s “Hướng dẫn” opens the guide of the user’s own role, with its pictures; the others are a click away', async ({
  page,
}) => {
  await switchUser(page, 'donvi');
  await page.getByRole('banner').getByRole('link', { name: 'Hướng dẫn' }).click();
  await expect(page).toHaveURL(/\/huong-dan\/don-vi-thanh-vien$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Hướng dẫn sử dụng' })).toBeVisible();
  const guide = page.locator('.guide');
  await expect(guide.getByRole('heading', { level: 2 })).toHaveText('Hướng dẫn cho đơn vị thành viên');
  // Every picture of the guide is there (loaded, not a broken image).
  const pictures = guide.getByRole('img');
  expect(await pictures.count()).toBeGreaterThan(0);
  for (const picture of await pictures.all()) {
    await picture.scrollIntoViewIfNeeded();
    await expect
      .poll(() => picture.evaluate((img) => (img as unknown as { naturalWidth: number }).naturalWidth))
      .toBeGreaterThan(0);
  }
  await saveScreen(page, 'huong-dan');

  // Another role's guide from the list, and back through a link inside it.
  const list = page.getByRole('navigation', { name: 'Các hướng dẫn' });
  await list.getByRole('link', { name: 'Cụm trưởng, cụm phó' }).click();
  await expect(guide.getByRole('heading', { level: 2 })).toHaveText('Hướng dẫn cho cụm trưởng, cụm phó');
  await expect(list.getByRole('link', { name: 'Cụm trưởng, cụm phó' })).toHaveAttribute(
    'aria-current',
    'page',
  );
  await guide.getByRole('link', { name: 'đơn vị thành viên' }).click();
  await expect(page).toHaveURL(/\/huong-dan\/don-vi-thanh-vien$/);

  await page.setViewportSize({ width: 390, height: 844 });
  await expectNoSidewaysScroll(page);
  await page.setViewportSize({ width: 1366, height: 768 });

  // The leader's and the standing office's own guides.
  for (const [user, title] of [
    ['cumtruong', 'Hướng dẫn cho cụm trưởng, cụm phó'],
    ['cqtt', 'Hướng dẫn cho cơ quan thường trực'],
  ] as const) {
    await switchUser(page, user);
    await page.getByRole('banner').getByRole('link', { name: 'Hướng dẫn' }).click();
    await expect(guide.getByRole('heading', { level: 2 })).toHaveText(title);
  }
});
