/**
 * `npm run bench:tests`: the vitest suite's wall time with the project's configuration against the
 * configuration before issue #9's test work (bench/vitest-baseline.config.ts: every file isolated,
 * every PGlite migrated from empty), the same test files in the same run, alternating so that the
 * machine's load falls on both alike. Prints each run and the ratio.
 *
 * BENCH_TEST_FILES: the files or folders to run (default: the whole suite); BENCH_ROUNDS (1).
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const FILES = (process.env.BENCH_TEST_FILES ?? '').split(/\s+/).filter(Boolean);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 1);

interface Run {
  seconds: number;
  passed: boolean;
  summary: string;
}

function runSuite(config: string | null): Run {
  const args = ['vitest', 'run', '--reporter=dot', ...(config ? ['--config', config] : []), ...FILES];
  const started = process.hrtime.bigint();
  const child = spawnSync('npx', args, {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  // eslint-disable-next-line no-control-regex
  const out = `${child.stdout}\n${child.stderr}`.replace(/\u001b\[[0-9;]*m/g, '');
  const summary = out
    .split('\n')
    .filter((line) => /^\s*(Test Files|Tests)\s/.test(line))
    .map((line) => line.trim())
    .join('; ');
  return { seconds, passed: child.status === 0, summary };
}

const kinds = [
  { name: 'trước (cô lập, di trú từng tệp)', config: 'bench/vitest-baseline.config.ts' },
  { name: 'hiện nay (vitest.config.ts)', config: null },
];
const totals = new Map<string, number>(kinds.map((k) => [k.name, 0]));
console.log(`Bộ kiểm thử vitest: ${FILES.length ? FILES.join(' ') : 'toàn bộ'}; ${ROUNDS} vòng, luân phiên.`);
for (let round = 0; round < ROUNDS; round += 1) {
  // Alternate which goes first, so a load that rises or falls during the run is shared.
  const order = round % 2 === 0 ? kinds : [...kinds].reverse();
  for (const kind of order) {
    const run = runSuite(kind.config);
    totals.set(kind.name, totals.get(kind.name)! + run.seconds);
    console.log(
      `  ${kind.name.padEnd(34)} ${run.seconds.toFixed(1).padStart(7)} s  ${run.passed ? 'đạt' : 'LỖI'}  ${run.summary}`,
    );
    if (!run.passed) process.exitCode = 1;
  }
}
const before = totals.get(kinds[0]!.name)!;
const now = totals.get(kinds[1]!.name)!;
console.log(
  `Tỉ lệ hiện nay / trước: ${(now / before).toFixed(2)} (${now.toFixed(1)} s / ${before.toFixed(1)} s)`,
);
