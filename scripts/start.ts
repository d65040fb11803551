/**
 * `npm start`: builds the web application when apps/web/dist is missing or older than its sources,
 * then runs the server (apps/server/src/main.ts) in this same process, which serves both.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const WEB = join(ROOT, 'apps/web');
const BUILT_PAGE = join(WEB, 'dist/index.html');
/** What the build reads: the sources, its configuration and the installed versions. */
const BUILD_INPUTS = [
  join(WEB, 'src'),
  join(WEB, 'public'),
  join(WEB, 'index.html'),
  join(WEB, 'vite.config.ts'),
  join(WEB, 'build'),
  join(WEB, 'tsconfig.json'),
  join(WEB, 'package.json'),
  join(ROOT, 'package-lock.json'),
];

/** The latest modification time under a path (0 when it does not exist). */
function newestChange(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce(
    (newest, name) => Math.max(newest, newestChange(join(path, name))),
    stat.mtimeMs,
  );
}

/** Why the web application must be built, or null when apps/web/dist is current. */
function webBuildReason(): string | null {
  if (!existsSync(BUILT_PAGE)) return 'chưa có bản dựng';
  const builtAt = statSync(BUILT_PAGE).mtimeMs;
  const changed = BUILD_INPUTS.find((input) => newestChange(input) > builtAt);
  return changed ? `mã nguồn đã thay đổi (${changed.slice(ROOT.length)})` : null;
}

/** Vite's command, or null when it is not installed (an install without development packages). */
function viteCommand(): string | null {
  try {
    const manifest = createRequire(join(WEB, 'package.json')).resolve('vite/package.json');
    const { bin } = JSON.parse(readFileSync(manifest, 'utf8')) as { bin: { vite: string } };
    return join(dirname(manifest), bin.vite);
  } catch {
    return null;
  }
}

function ensureWebBuild(): void {
  const reason = webBuildReason();
  if (!reason) return;
  const vite = viteCommand();
  if (!vite) {
    console.warn(
      existsSync(BUILT_PAGE)
        ? 'Không tìm thấy vite để dựng lại giao diện web; dùng bản dựng hiện có trong apps/web/dist.'
        : 'Không tìm thấy vite và chưa có apps/web/dist: chỉ API chạy. Hãy chạy `npm install` rồi `npm start`.',
    );
    return;
  }
  console.log(`Đang dựng giao diện web (${reason})…`);
  // Always the production build, whatever NODE_ENV this process has (a `test` build behaves differently).
  const build = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], {
    cwd: WEB,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (build.status !== 0) {
    console.error('Không dựng được giao diện web (xem lỗi ở trên); thidua chưa khởi động.');
    process.exit(1);
  }
}

ensureWebBuild();
await import('../apps/server/src/main.ts');
