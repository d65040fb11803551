import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { awardProposals, entries, openDatabase, type OpenedDatabase, storedFiles } from '@thidua/db';
import { and, eq, ne } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PostgresServer, recreateDatabase, startPostgres } from '../../../bench/api/postgres';
import { buildWorld } from './meetings-awards-fixtures';
import { buildScoringCluster, entryUrl, SAMPLES, type ScoringCluster } from './scoring-fixture';
import { freePort, type ServerProcess, signIn, startServer, stopServer } from './server-process';

// Two real server processes on one PostgreSQL database with the database file store (issue #15, "More
// than one server process"): a session made on one is good on the other, concurrent writes of one record
// on both give exactly one success and one 409, evidence stored by one is served by the other, the
// sign-in limit counts the attempts made on both, and a write on one is in the very next read of the
// other (the results and sheet caches are keyed by the data version read from the database).
//
// Always on PostgreSQL: DATABASE_URL's server when set (in a database of its own made there), otherwise a
// throw-away PostgreSQL cluster started like the API bench's (bench/api/postgres.ts).

type Session = { cookie: string; csrf: string };

/** A JSON request to a process, with a session. */
async function call(port: number, session: Session | null, method: string, url: string, body?: unknown) {
  const response = await fetch(`http://127.0.0.1:${port}/api/v1${url}`, {
    method,
    headers: {
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(session ? { cookie: session.cookie, 'x-csrf-token': session.csrf } : {}),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    signal: AbortSignal.timeout(30_000),
  });
  const text = await response.text();
  return { status: response.status, json: <T>() => JSON.parse(text) as T };
}

const PER_NAME_LIMIT = 3;

describe('two server processes on one PostgreSQL database', () => {
  let postgres: PostgresServer;
  let database: OpenedDatabase;
  let databaseName: string;
  let a: ServerProcess;
  let b: ServerProcess;
  let portA: number;
  let portB: number;
  const root = mkdtempSync(join(tmpdir(), 'thidua-multi-'));

  beforeAll(async () => {
    postgres = await startPostgres();
    databaseName = `thidua_multi_${randomUUID().slice(0, 8)}`;
    const url = await recreateDatabase(postgres, databaseName);
    // Migrated here, once, before either process opens it.
    database = await openDatabase({ url });
    const env = (name: string) => ({
      DATABASE_URL: url,
      THIDUA_DATA_DIR: join(root, name),
      THIDUA_FILES_DIR: join(root, name, 'files'),
      THIDUA_FILE_STORE: 'database',
      THIDUA_LOGIN_LIMIT_PER_MINUTE: '1000',
      THIDUA_LOGIN_LIMIT_PER_NAME_PER_MINUTE: String(PER_NAME_LIMIT),
      THIDUA_LOCKOUT_AFTER: '1000',
    });
    [portA, portB] = [await freePort(), await freePort()];
    a = await startServer(env('a'), portA);
    b = await startServer(env('b'), portB);
  }, 240_000);

  afterAll(async () => {
    await Promise.all([a && stopServer(a), b && stopServer(b)]);
    await database?.close();
    if (postgres) {
      // The database of this run only; then the throw-away server, if this test started one.
      const { default: pg } = await import('pg');
      const admin = new pg.Client({ connectionString: postgres.adminUrl });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS "${databaseName}" WITH (FORCE)`);
      await admin.end();
      postgres.stop();
    }
    rmSync(root, { recursive: true, force: true });
  }, 120_000);

  /** A scoring cluster and its member's session on A. */
  async function memberOnA(): Promise<{ fx: ScoringCluster; session: Session }> {
    const fx = await buildScoringCluster(database.db);
    return { fx, session: await signIn(portA, fx.users.member.username) };
  }

  it('a session made on A is good on B, and signing out on B ends it on A', async () => {
    const { fx, session } = await memberOnA();
    const me = await call(portB, session, 'GET', '/auth/me');
    expect(me.status).toBe(200);
    expect(me.json<{ user: { username: string } }>().user.username).toBe(fx.users.member.username);
    expect((await call(portB, session, 'POST', '/auth/logout', {})).status).toBe(200);
    expect((await call(portA, session, 'GET', '/auth/me')).status).toBe(401);
  });

  it('saves of one cell with one version on both at once: one succeeds, the other is 409, nothing lost', async () => {
    const { fx, session } = await memberOnA();
    const url = entryUrl(fx, fx.units.member.id, 'I.1', 'self');
    const first = await call(portA, session, 'PUT', url, { version: 0, plan: 100, actual: 100 });
    expect(first.status).toBe(200);
    const { version } = first.json<{ version: number }>();
    for (let round = 0; round < 5; round++) {
      const current = version + round;
      const [onA, onB] = await Promise.all([
        call(portA, session, 'PUT', url, { version: current, plan: 100, actual: 200 + round }),
        call(portB, session, 'PUT', url, { version: current, plan: 100, actual: 300 + round }),
      ]);
      expect([onA.status, onB.status].sort()).toEqual([200, 409]);
      const winner = onA.status === 200 ? 200 + round : 300 + round;
      const [stored] = await database.db
        .select()
        .from(entries)
        .where(and(eq(entries.unitId, fx.units.member.id), eq(entries.criterionCode, 'I.1')));
      // The winner's value is stored, at the next version: the loser overwrote nothing.
      expect({ actual: Number(stored!.actual), version: stored!.version }).toEqual({
        actual: winner,
        version: current + 1,
      });
    }
  });

  it('the same award proposal made on both at once: exactly one', async () => {
    const world = await buildWorld(database.db);
    const leader = await signIn(portA, world.users.leader.username);
    const rows = [{ unitId: world.units[0]!.id, awardCode: 'CO_TP', finalScore: 975.5, rank: 1 }];
    const url = `/clusters/${world.cluster.id}/proposals`;
    const [onA, onB] = await Promise.all([
      call(portA, leader, 'POST', url, { rows }),
      call(portB, leader, 'POST', url, { rows }),
    ]);
    expect([onA.status, onB.status].sort()).toEqual([201, 409]);
    const loser = onA.status === 409 ? onA : onB;
    expect(loser.json<{ error: { code: string } }>().error.code).toBe('DUPLICATE');
    const stored = await database.db
      .select()
      .from(awardProposals)
      .where(and(eq(awardProposals.periodId, world.period.id), ne(awardProposals.status, 'withdrawn')));
    expect(stored.map((p) => [p.unitId, p.awardCode])).toEqual([[world.units[0]!.id, 'CO_TP']]);
  });

  it('evidence uploaded on A is downloaded on B (the database file store)', async () => {
    const { fx, session } = await memberOnA();
    const saved = await call(portA, session, 'PUT', entryUrl(fx, fx.units.member.id, 'I.1', 'self'), {
      version: 0,
      plan: 10,
      actual: 12,
    });
    const bytes = Buffer.concat([SAMPLES.pdf, Buffer.from(`%${randomBytes(8).toString('hex')}\n`)]);
    const form = new FormData();
    form.append('file', new Blob([bytes], { type: 'application/pdf' }), 'Báo cáo quý I.pdf');
    const uploaded = await fetch(
      `http://127.0.0.1:${portA}/api/v1/entries/${saved.json<{ id: string }>().id}/evidence`,
      {
        method: 'POST',
        headers: { cookie: session.cookie, 'x-csrf-token': session.csrf },
        body: form,
        signal: AbortSignal.timeout(30_000),
      },
    );
    expect(uploaded.status).toBe(201);
    const file = (await uploaded.json()) as { id: string; sha256: string };
    const office = await signIn(portB, fx.users.standingOffice.username);
    const download = await fetch(`http://127.0.0.1:${portB}/api/v1/evidence/${file.id}`, {
      headers: { cookie: office.cookie },
      signal: AbortSignal.timeout(30_000),
    });
    expect(download.status).toBe(200);
    expect(Buffer.from(await download.arrayBuffer()).equals(bytes)).toBe(true);
    // In the database, not in either process's directory.
    const [row] = await database.db.select().from(storedFiles).where(eq(storedFiles.sha256, file.sha256));
    expect(row?.sizeBytes).toBe(bytes.length);
    for (const name of ['a', 'b']) {
      const dir = join(root, name, 'files');
      expect(existsSync(dir) ? readdirSync(dir).filter((entry) => entry !== '.tmp') : []).toEqual([]);
    }
  });

  it('the per-name sign-in limit counts the attempts made on both processes', async () => {
    const username = `khong-co-${randomUUID().slice(0, 8)}`;
    const codes: number[] = [];
    for (let i = 0; i < PER_NAME_LIMIT + 2; i++) {
      const port = i % 2 ? portB : portA;
      codes.push((await call(port, null, 'POST', '/auth/login', { username, password: 'sai-9-sai' })).status);
    }
    expect(codes).toEqual([401, 401, 401, 429, 429]);
  });

  it('a write on A is in the very next read of the results and the sheet on B', async () => {
    const { fx, session } = await memberOnA();
    const office = await signIn(portB, fx.users.standingOffice.username);
    type Results = { units: { unit: string; final: string }[] };
    type Sheet = { rows: { unit: { id: string }; cells: { criterionCode: string; self: unknown }[] }[] };
    const finalOf = (results: Results) => results.units.find((u) => u.unit === fx.units.member.code)?.final;
    const selfOf = (sheet: Sheet) =>
      sheet.rows.find((r) => r.unit.id === fx.units.member.id)?.cells.find((c) => c.criterionCode === 'I.1')
        ?.self;
    const url = entryUrl(fx, fx.units.member.id, 'I.1', 'self');
    let version = 0;
    for (const actual of [40, 90, 130]) {
      // Read on B (filling B's caches), write on A, read on B again.
      const before = await call(portB, office, 'GET', `/clusters/${fx.cluster.id}/results`);
      const sheetBefore = await call(portB, office, 'GET', `/clusters/${fx.cluster.id}/scoring-sheet`);
      expect([before.status, sheetBefore.status]).toEqual([200, 200]);
      const saved = await call(portA, session, 'PUT', url, { version, plan: 100, actual });
      expect(saved.status).toBe(200);
      version = saved.json<{ version: number }>().version;
      const afterB = await call(portB, office, 'GET', `/clusters/${fx.cluster.id}/results`);
      const afterA = await call(portA, office, 'GET', `/clusters/${fx.cluster.id}/results`);
      expect(finalOf(afterB.json<Results>())).toBeDefined();
      expect(finalOf(afterB.json<Results>())).toBe(finalOf(afterA.json<Results>()));
      expect(finalOf(afterB.json<Results>())).not.toBe(finalOf(before.json<Results>()));
      const sheetB = await call(portB, office, 'GET', `/clusters/${fx.cluster.id}/scoring-sheet`);
      const sheetA = await call(portA, office, 'GET', `/clusters/${fx.cluster.id}/scoring-sheet`);
      expect(selfOf(sheetB.json<Sheet>())).toBeDefined();
      expect(selfOf(sheetB.json<Sheet>())).toEqual(selfOf(sheetA.json<Sheet>()));
      expect(selfOf(sheetB.json<Sheet>())).not.toEqual(selfOf(sheetBefore.json<Sheet>()));
    }
  });
});
