import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// A spec's own production server: a second process in production mode on an EMPTY embedded database in
// its own data directory and port (no demo), for what the shared test server cannot show — a new
// province's first day, a single sign-on provider.

const ROOT = join(import.meta.dirname, '..', '..');

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

export interface OwnServer {
  baseURL: string;
  /** Runs `npm run admin:create` against this server's database (the server's environment). */
  createAdmin(args: string[], password: string): void;
  /** Creates a new council with its first administrator (`admin:create` with the council's code and name). */
  createCouncilAdmin(
    admin: { username: string; name: string; password: string },
    council: { code: string; name: string },
  ): void;
  start(): Promise<void>;
  stop(): Promise<void>;
}

/** Prepares (does not start) a production server on `port` with the given extra environment. */
export function ownServer(port: number, extraEnv: Record<string, string> = {}): OwnServer {
  const dataDir = mkdtempSync(join(tmpdir(), 'thidua-own-server-'));
  const baseURL = `http://127.0.0.1:${port}`;
  const env = {
    ...process.env,
    NODE_ENV: 'production',
    THIDUA_DATA_DIR: dataDir,
    DATABASE_URL: '',
    HOST: '127.0.0.1',
    PORT: String(port),
    // Plain http on the loopback: the browser would not send a Secure cookie back to it.
    THIDUA_SECURE_COOKIES: 'false',
    THIDUA_LOG_LEVEL: 'off',
    ...extraEnv,
  };
  let server: ChildProcess | undefined;
  return {
    baseURL,
    createAdmin(args, password) {
      execFileSync(process.execPath, ['--import', 'tsx', 'apps/server/src/cli/create-admin.ts', ...args], {
        cwd: ROOT,
        env: { ...env, THIDUA_ADMIN_PASSWORD: password },
        stdio: 'pipe',
      });
    },
    createCouncilAdmin(admin, council) {
      const who = ['--username', admin.username, '--name', admin.name];
      const where = ['--council-code', council.code, '--council-name', council.name];
      this.createAdmin([...who, ...where], admin.password);
    },
    async start() {
      server = spawn(process.execPath, ['--import', 'tsx', 'apps/server/src/main.ts'], {
        cwd: ROOT,
        env,
        stdio: 'ignore',
      });
      // Ready: the database answers and holds every migration.
      for (let i = 0; i < 240; i++) {
        const ready = await fetch(`${baseURL}/readyz`).then(
          (r) => r.ok,
          () => false,
        );
        if (ready) return;
        await new Promise((r) => setTimeout(r, 500));
      }
      throw new Error(`the production server did not become ready at ${baseURL}`);
    },
    async stop() {
      if (server && server.exitCode === null) {
        const stopped = new Promise((r) => server!.once('exit', r));
        server.kill('SIGTERM');
        await stopped;
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
