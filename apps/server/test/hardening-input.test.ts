import { auditLog, entries, units } from '@thidua/db';
import { databaseTestTargets } from '@thidua/db/testing';
import { count, eq } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { describe, expect, it } from 'vitest';
import { buildOrganisation, Client, useTestApp } from './harness';
import { buildScoringCluster, entryUrl, type ErrorJson } from './scoring-fixture';

// Regression tests of the outside review (issue #8): input that used to answer 500 or be kept wrongly.
// Each one failed on the code before its fix.

/** A JSON body sent as exact text (JSON.stringify cannot write 1e309 or a 23-digit literal). */
function rawJson(
  client: Client,
  app: ReturnType<ReturnType<typeof useTestApp>['app']>,
  method: 'PUT' | 'POST',
  url: string,
  body: string,
) {
  return app.inject({
    method,
    url: `/api/v1${url}`,
    headers: {
      'content-type': 'application/json',
      cookie: client.cookie ?? '',
      'x-csrf-token': client.csrf ?? '',
    },
    payload: body,
  });
}

function expectFieldRefusal(response: LightMyRequestResponse, field: string) {
  expect(response.statusCode, response.body).toBe(400);
  const body = response.json<ErrorJson>();
  expect(body.error.code).toBe('VALIDATION');
  expect(body.error.fields?.map((f) => f.path)).toContain(field);
  for (const f of body.error.fields ?? [])
    expect(f.message).toMatch(/[àáảãạăâđêôơưệộốờữ]|không|phải|chứa|số/);
}

describe.each(databaseTestTargets())('input hardening on $name', (target) => {
  const { db, app, as } = useTestApp(target);

  async function entryCount(criteriaVersionId: string) {
    const [row] = await db()
      .select({ n: count() })
      .from(entries)
      .where(eq(entries.criteriaVersionId, criteriaVersionId));
    return row!.n;
  }
  async function auditCount() {
    const [row] = await db().select({ n: count() }).from(auditLog);
    return row!.n;
  }

  it('(5) refuses numbers that overflow a double with 400 naming the field', async () => {
    const fx = await buildScoringCluster(db());
    const member = await as(fx.users.member.username);
    const url = entryUrl(fx, fx.units.member.id, 'I.1', 'self');
    const audits = await auditCount();
    expectFieldRefusal(
      await rawJson(member, app(), 'PUT', url, '{"version":0,"plan":1e309,"actual":1}'),
      'body.plan',
    );
    expectFieldRefusal(
      await rawJson(member, app(), 'PUT', url, '{"version":1e309,"plan":1,"actual":1}'),
      'body.version',
    );
    const qualitative = entryUrl(fx, fx.units.member.id, 'II.2', 'self');
    expectFieldRefusal(
      await rawJson(member, app(), 'PUT', qualitative, '{"version":0,"points":-1e400}'),
      'body.points',
    );
    const page = await member.get(`/clusters/${fx.cluster.id}/scoring-sheet?page=1e400`);
    expect(page.statusCode).toBe(400);
    expect(await entryCount(fx.criteriaVersionId)).toBe(0);
    expect(await auditCount()).toBe(audits);
  });

  it('(6) refuses a version beyond a PostgreSQL integer with 400', async () => {
    const fx = await buildScoringCluster(db());
    const member = await as(fx.users.member.username);
    const url = entryUrl(fx, fx.units.member.id, 'I.1', 'self');
    expect((await member.put(url, { version: 0, plan: 10, actual: 12 })).statusCode).toBe(200);
    for (const version of [2 ** 31, 2 ** 53 - 1]) {
      expectFieldRefusal(await member.put(url, { version, plan: 11, actual: 12 }), 'body.version');
    }
    const org = await buildOrganisation(db());
    const so = new Client(app());
    await so.login(org.standingOffice.username);
    const patched = await so.patch(`/units/${org.unitA.id}`, { version: 2 ** 31, name: 'Tên mới' });
    expectFieldRefusal(patched, 'body.version');
  });

  it('(7) refuses NUL and other control characters in strings, queries and paths', async () => {
    const fx = await buildScoringCluster(db());
    const member = await as(fx.users.member.username);
    const url = entryUrl(fx, fx.units.member.id, 'I.1', 'self');
    expectFieldRefusal(
      await member.put(url, { version: 0, plan: 1, actual: 1, note: 'a\u0000b' }),
      'body.note',
    );
    expectFieldRefusal(
      await member.put(url, { version: 0, plan: 1, actual: 1, note: 'a\u0007b' }),
      'body.note',
    );
    const org = await buildOrganisation(db());
    const so = new Client(app());
    await so.login(org.standingOffice.username);
    const search = await so.get(`/councils/${org.council.id}/units?q=a%00b`);
    expect(search.statusCode).toBe(400);
    expect(search.json<ErrorJson>().error.code).toBe('VALIDATION');
    const path = await member.get(
      `/clusters/${fx.cluster.id}/units/${fx.units.member.id}/entries/I.1%00/self`,
    );
    expect(path.statusCode).toBeLessThan(500);
    expect(path.statusCode).toBeGreaterThanOrEqual(400);
    expect(await entryCount(fx.criteriaVersionId)).toBe(0);
    // Line breaks and tabs stay allowed in free text.
    expect(
      (await member.put(url, { version: 0, plan: 1, actual: 1, note: 'dòng 1\n\tdòng 2' })).statusCode,
    ).toBe(200);
  });

  it('refuses names made only of zero-width characters, bidi overrides and lone surrogates', async () => {
    const org = await buildOrganisation(db());
    const so = new Client(app());
    await so.login(org.standingOffice.username);
    const before = await db().select().from(units).where(eq(units.councilId, org.council.id));
    const create = (name: string) =>
      so.post(`/councils/${org.council.id}/units`, { code: `x-${before.length}`, name, type: 'ward' });
    for (const name of [
      '\u200b',
      ' \u200b\u200d\ufeff ',
      'Phường\u202egnp.pdf',
      'Phường \ud800 Một',
      '\u2066Xã\u2069',
    ]) {
      expectFieldRefusal(await create(name), 'body.name');
    }
    expect(await db().select().from(units).where(eq(units.councilId, org.council.id))).toHaveLength(
      before.length,
    );
    // Trimmed of its invisible edges and stored in NFC.
    const kept = await create('\u200bPhu\u031bo\u031b\u0300ng Hai\u200b ');
    expect(kept.statusCode).toBe(201);
    expect(kept.json<{ name: string }>().name).toBe('Phường Hai'.normalize('NFC'));
  });

  it('refuses a plan with more digits than can be kept exactly instead of rounding it', async () => {
    const fx = await buildScoringCluster(db());
    const member = await as(fx.users.member.username);
    const url = entryUrl(fx, fx.units.member.id, 'I.1', 'self');
    const refused = await rawJson(
      member,
      app(),
      'PUT',
      url,
      '{"version":0,"plan":12345678901234567890123,"actual":1}',
    );
    expectFieldRefusal(refused, 'body.plan');
    const fraction = await rawJson(
      member,
      app(),
      'PUT',
      url,
      '{"version":0,"plan":0.1000000000000000000001,"actual":1}',
    );
    expectFieldRefusal(fraction, 'body.plan');
    expect(await entryCount(fx.criteriaVersionId)).toBe(0);
    // Fifteen significant digits are kept to the digit.
    const kept = await rawJson(
      member,
      app(),
      'PUT',
      url,
      '{"version":0,"plan":123456789012.345,"actual":1e14}',
    );
    expect(kept.statusCode).toBe(200);
    const [row] = await db()
      .select()
      .from(entries)
      .where(eq(entries.criteriaVersionId, fx.criteriaVersionId));
    expect(row!.plan).toBe('123456789012.345');
  });
});
