import { expect, test } from './support/fixtures';

test('the server opens the application at any address outside /api, and answers 404 for the rest', async ({
  request,
}) => {
  for (const path of ['/', '/dang-nhap', '/hoi-dong/khong-co/don-vi']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()['content-type'], path).toContain('text/html');
    expect(response.headers()['cache-control'], path).toBe('no-cache');
    expect(await response.text(), path).toContain('<div id="root"></div>');
  }

  const page = await (await request.get('/')).text();
  const script = /src="(\/assets\/[^"]+\.js)"/.exec(page)?.[1];
  expect(script, 'index.html loads a built script').toBeDefined();
  const asset = await request.get(script!);
  expect(asset.status()).toBe(200);
  expect(asset.headers()['cache-control']).toContain('immutable');

  const missingAsset = await request.get('/assets/khong-co.js');
  expect(missingAsset.status()).toBe(404);
  const missingApi = await request.get('/api/khong-co');
  expect(missingApi.status()).toBe(404);
  expect(await missingApi.json()).toMatchObject({ error: { code: 'NOT_FOUND' } });
});
