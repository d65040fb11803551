import { gunzipSync } from 'node:zlib';
import { databaseTestTargets } from '@thidua/db/testing';
import { describe, expect, it } from 'vitest';
import { acceptsGzip } from '../src/http/json-text';
import { useTestApp } from './harness';
import { buildScoringCluster } from './scoring-fixture';

// The results, the scoring sheet and a period's progress are cached as JSON text per state of the data (http/json-text.ts)
// and sent gzipped to a client that accepts gzip, as every browser does: the same JSON either way.

describe('Accept-Encoding', () => {
  it.each([
    ['gzip, deflate, br', true],
    ['br;q=1.0, gzip;q=0.8, *;q=0.1', true],
    ['*', true],
    ['x-gzip', true],
    ['GZIP', true],
    ['gzip;q=0', false],
    ['gzip;q=0.0, identity', false],
    ['*;q=0', false],
    ['identity', false],
    ['br, *;q=0', false],
    ['', false],
    [undefined, false],
  ])('%s accepts gzip: %s', (header, expected) => {
    expect(acceptsGzip(header)).toBe(expected);
  });
});

describe.each(databaseTestTargets())('compressed reads on $name', (target) => {
  const { db, app, as } = useTestApp(target);

  it('sends the results, the sheet and the progress gzipped when accepted, the same JSON as uncompressed', async () => {
    const fx = await buildScoringCluster(db());
    const office = await as(fx.users.standingOffice.username);
    for (const url of [
      `/api/v1/clusters/${fx.cluster.id}/results`,
      `/api/v1/clusters/${fx.cluster.id}/scoring-sheet`,
      `/api/v1/periods/${fx.period.id}/progress`,
    ]) {
      const read = (encoding: string) =>
        app().inject({
          method: 'GET',
          url,
          headers: { cookie: office.cookie!, 'accept-encoding': encoding },
        });
      const plain = await read('identity');
      expect(plain.statusCode).toBe(200);
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.headers.vary).toContain('accept-encoding');
      const zipped = await read('gzip, deflate, br');
      expect(zipped.statusCode).toBe(200);
      expect(zipped.headers['content-encoding']).toBe('gzip');
      expect(zipped.headers['content-type']).toBe('application/json; charset=utf-8');
      expect(zipped.rawPayload.length).toBeLessThan(plain.rawPayload.length);
      expect(gunzipSync(zipped.rawPayload).equals(plain.rawPayload)).toBe(true);
      const refused = await read('gzip;q=0, identity');
      expect(refused.headers['content-encoding']).toBeUndefined();
      expect(refused.rawPayload.equals(plain.rawPayload)).toBe(true);
    }
  });
});
