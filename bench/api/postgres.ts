import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { freePort } from './processes';

/** A PostgreSQL server the bench talks to: its admin URL and how to make URLs of other databases on it. */
export interface PostgresServer {
  /** URL of the `postgres` database (admin work: creating the bench's databases). */
  adminUrl: string;
  urlOf(database: string): string;
  /** The `bin` folder with pgbench, or null when the system has none. */
  bin: string | null;
  stop(): void;
}

/** The newest `/usr/lib/postgresql/<n>/bin`, as .ci/run picks it. */
function postgresBin(): string | null {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const versions = readdirSync(root)
    .filter((v) => existsSync(join(root, v, 'bin', 'pg_ctl')))
    .sort((a, b) => Number(a) - Number(b));
  return versions.length ? join(root, versions.at(-1)!, 'bin') : null;
}

/** Runs a PostgreSQL binary as the `postgres` user when we are root (initdb refuses root). */
function runAsPostgres(bin: string, args: string[]): void {
  if (process.getuid?.() === 0) {
    const quoted = [bin, ...args].map((a) => `'${a.replaceAll("'", "'\\''")}'`).join(' ');
    execFileSync('su', ['postgres', '-c', quoted], { stdio: 'ignore' });
  } else {
    execFileSync(bin, args, { stdio: 'ignore' });
  }
}

/**
 * The PostgreSQL of `DATABASE_URL` when set; otherwise a throw-away cluster under /tmp (initdb + pg_ctl
 * of the newest installed server, trust authentication, loopback only), stopped and removed by `stop`.
 */
export async function startPostgres(): Promise<PostgresServer> {
  const bin = postgresBin();
  const given = process.env.DATABASE_URL;
  if (given) {
    const urlOf = (database: string) => {
      const url = new URL(given);
      url.pathname = `/${database}`;
      return url.toString();
    };
    return { adminUrl: given, urlOf, bin, stop: () => undefined };
  }
  if (!bin) {
    throw new Error(
      'Không tìm thấy PostgreSQL (/usr/lib/postgresql/*/bin): cài gói postgresql hoặc đặt DATABASE_URL',
    );
  }
  const dir = `/tmp/thidua-bench-pg-${process.pid}`;
  const port = await freePort();
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  if (process.getuid?.() === 0) {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString());
    chownSync(dir, uid, gid);
  }
  const data = join(dir, 'data');
  runAsPostgres(join(bin, 'initdb'), [
    '-D',
    data,
    '-U',
    'postgres',
    '--auth=trust',
    '-E',
    'UTF8',
    '--locale=C.UTF-8',
  ]);
  // Enough connections for pgbench's 20 clients, the server's pool and the admin connection.
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=120`;
  runAsPostgres(join(bin, 'pg_ctl'), ['-D', data, '-l', join(dir, 'log'), '-o', options, '-w', 'start']);
  const urlOf = (database: string) => `postgres://postgres@127.0.0.1:${port}/${database}`;
  return {
    adminUrl: urlOf('postgres'),
    urlOf,
    bin,
    stop: () => {
      runAsPostgres(join(bin, 'pg_ctl'), ['-D', data, '-m', 'fast', '-w', 'stop']);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Drops and creates a database (the bench's own, so a rerun starts from the same state). */
export async function recreateDatabase(server: PostgresServer, name: string): Promise<string> {
  const client = new pg.Client({ connectionString: server.adminUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
  return server.urlOf(name);
}
