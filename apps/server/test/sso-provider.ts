import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

// The real OpenID provider of the single sign-on tests (oidc-provider-process.ts) as a child process:
// shared by the server's tests (auth-oidc.test.ts) and the browser's (e2e/single-sign-on.spec.ts).

const PROVIDER = fileURLToPath(new URL('./oidc-provider-process.ts', import.meta.url));
export const CLIENT_ID = 'thidua-test';
export const CLIENT_SECRET = 'bi-mat-cua-ung-dung-thu';

export interface ProviderSettings {
  clientId: string;
  clientSecret: string;
  redirectUris: string[];
  /** Claims per login name; any other name signs in with `preferred_username` = the name. */
  accounts?: Record<string, Record<string, unknown>>;
}

/** Starts the provider process; resolves with its issuer URL once it listens. */
export async function startProvider(
  settings: ProviderSettings,
): Promise<{ issuer: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ['--import', 'tsx', PROVIDER, JSON.stringify(settings)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const issuer = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`oidc provider exited (${code}): ${stderr}`)));
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const started = /LISTENING (\S+)\n/.exec(out);
      if (started) resolve(started[1]!);
    });
  });
  return { issuer, child };
}

/** Stops the provider process and waits for it to exit. */
export async function stopProvider(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}
