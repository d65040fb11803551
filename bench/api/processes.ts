import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const MAIN = fileURLToPath(new URL('../../apps/server/src/main.ts', import.meta.url));
/** `npm start`'s script: builds the web application when stale, then runs the server (for browser benches). */
export const START_WITH_WEB = fileURLToPath(new URL('../../scripts/start.ts', import.meta.url));

/** A free TCP port on loopback. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/** A running server process (`npm start`'s entry) and its base URL. */
export interface ServerProcess {
  origin: string;
  stop(): Promise<void>;
}

const exited = (child: ChildProcess) => child.exitCode !== null || child.signalCode !== null;

/**
 * Starts the real server as a child process — its own event loop, as in production — with the demo
 * seeded on first start, and waits (up to 10 minutes: seeding PGlite is slow) until it answers.
 */
export async function startServer(env: Record<string, string>, entry = MAIN): Promise<ServerProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', entry], {
    env: { ...process.env, NODE_ENV: 'test', THIDUA_DEMO: 'true', ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const origin = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (exited(child)) return;
    const done = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    await done;
    clearTimeout(timer);
  };
  const deadline = Date.now() + 600_000;
  while (Date.now() < deadline) {
    if (exited(child)) throw new Error(`Máy chủ dừng khi khởi động:\n${output}`);
    try {
      const response = await fetch(`${origin}/api/v1/auth/me`, { signal: AbortSignal.timeout(5_000) });
      if (response.status === 401) return { origin, stop };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  await stop();
  throw new Error(`Máy chủ không khởi động sau 10 phút:\n${output}`);
}
