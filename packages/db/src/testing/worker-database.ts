// vitest setupFiles (see vitest.config.ts): with DATABASE_URL set, each vitest worker runs its test files
// on a PostgreSQL database of its own on that server, made afresh when the worker starts. Test files run
// two at a time, and some suites count rows across a whole table ("no audit row was added"): on one
// shared database a file in the other worker would add rows under them. PGlite needs nothing of the
// kind: every test file opens its own copy of the template.
import pg from 'pg';

const pool = process.env.VITEST_POOL_ID;
// The server's address as the run was given it, kept so the worker's own name is derived once.
const shared = (process.env.THIDUA_TEST_SHARED_DATABASE_URL ??= process.env.DATABASE_URL ?? '');

if (shared && pool && process.env.THIDUA_TEST_WORKER_DATABASE !== pool) {
  const name = `thidua_test_w${pool}`;
  const admin = new pg.Client({ connectionString: shared });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const own = new URL(shared);
  own.pathname = `/${name}`;
  // Child processes a suite starts (a server, a backup) inherit it too.
  process.env.DATABASE_URL = own.toString();
  process.env.THIDUA_TEST_WORKER_DATABASE = pool;
}
