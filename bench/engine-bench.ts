/**
 * `npm run bench`: scores a generated period of 2,000 units × 150 leaf criteria and prints how long
 * validate+score takes against the floor of merely parsing the input and serialising the output, and
 * the peak memory: of these timed runs, and of one run in its own process as the CLI does it (read
 * the file, parse, validate+score, serialise) next to a process that only reads and parses the file.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { evaluatePeriod } from '@thidua/engine';
import { generatePeriod } from './generate-period';

const UNITS = Number(process.env.BENCH_UNITS ?? 2000);
const LEAVES = Number(process.env.BENCH_LEAVES ?? 150);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const GOAL_MB = 500;

const ms = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(0);
/** The kernel's own peak resident size of this process (maxRSS is in kB). */
const maxRssBytes = () => process.resourceUsage().maxRSS * 1024;

interface Run {
  parse: number;
  score: number;
  serialise: number;
  outputBytes: number;
}

/** One run; in its own function so nothing of it stays alive in a top-level register. */
function runOnce(text: string): Run {
  let t = process.hrtime.bigint();
  const raw: unknown = JSON.parse(text);
  const parse = ms(t);
  t = process.hrtime.bigint();
  const evaluation = evaluatePeriod(raw);
  const score = ms(t);
  if (!evaluation.ok) throw new Error(JSON.stringify(evaluation.errors.slice(0, 5)));
  t = process.hrtime.bigint();
  const out = JSON.stringify(evaluation.result);
  const serialise = ms(t);
  return { parse, score, serialise, outputBytes: Buffer.byteLength(out) };
}

/** Child process: `once <file>` scores the file once, `floor <file>` only reads and parses it. */
function child(mode: string, file: string): void {
  const text = readFileSync(file, 'utf8');
  if (mode === 'once') runOnce(text);
  else if (typeof JSON.parse(text) !== 'object') throw new Error('not a period');
  process.stdout.write(JSON.stringify({ rss: maxRssBytes() }));
}

function main(): void {
  let peakRss = 0;
  const sample = () => (peakRss = Math.max(peakRss, process.memoryUsage().rss));
  const sampler = setInterval(sample, 5);
  // A function, so the generated period (80 MB) is not kept alive by a top-level register.
  const makeInput = (): string => JSON.stringify(generatePeriod({ units: UNITS, leaves: LEAVES }));
  const text = makeInput();
  console.log(`Đầu vào: ${UNITS} đơn vị × ${LEAVES} tiêu chí, ${mb(Buffer.byteLength(text))} MB JSON`);

  const rows: Run[] = [];
  for (let run = 0; run < RUNS; run++) {
    rows.push(runOnce(text));
    sample();
  }
  clearInterval(sampler);
  const timedPeak = Math.max(peakRss, maxRssBytes());

  const dir = mkdtempSync(join(tmpdir(), 'thidua-bench-engine-'));
  const file = join(dir, 'period.json');
  writeFileSync(file, text);
  const self = fileURLToPath(import.meta.url);
  const inChild = (mode: string): number =>
    (
      JSON.parse(
        execFileSync(process.execPath, ['--import', 'tsx', self, mode, file], { encoding: 'utf8' }),
      ) as {
        rss: number;
      }
    ).rss;
  const floorRss = inChild('floor');
  const onceRss = inChild('once');
  rmSync(dir, { recursive: true, force: true });

  const best = rows.reduce((a, b) =>
    b.parse + b.score + b.serialise < a.parse + a.score + a.serialise ? b : a,
  );
  const floor = best.parse + best.serialise;
  const ratio = best.score / floor;
  const verdict = (ok: boolean) => (ok ? 'đạt' : 'CHƯA ĐẠT');
  console.log(`Lượt chạy: ${RUNS} (in lượt nhanh nhất)`);
  console.log(`  kiểm tra + chấm điểm:   ${best.score.toFixed(0)} ms`);
  console.log(`  đọc JSON đầu vào:       ${best.parse.toFixed(0)} ms`);
  console.log(`  ghi JSON kết quả:       ${best.serialise.toFixed(0)} ms (${mb(best.outputBytes)} MB)`);
  console.log(`  tỉ lệ chấm / (đọc+ghi): ${ratio.toFixed(2)}× (mục tiêu ≤ 2×: ${verdict(ratio <= 2)})`);
  console.log(`  toàn bộ (đọc+chấm+ghi): ${(floor + best.score).toFixed(0)} ms`);
  console.log(`  bộ nhớ đỉnh (RSS) của ${RUNS} lượt trong một tiến trình: ${mb(timedPeak)} MB`);
  console.log(
    `  bộ nhớ đỉnh (RSS) một lượt trong tiến trình riêng (như CLI): ${mb(onceRss)} MB ` +
      `(mục tiêu < ${GOAL_MB} MB: ${verdict(onceRss < GOAL_MB * 1024 * 1024)}); ` +
      `chỉ đọc tệp: ${mb(floorRss)} MB, tỉ lệ ${(onceRss / floorRss).toFixed(2)}×`,
  );
}

if (process.argv[2]) child(process.argv[2], process.argv[3]!);
else main();
