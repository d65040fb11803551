/**
 * `npm run bench`: scores a generated period of 2,000 units × 150 leaf criteria and prints how long
 * validate+score takes against the floor of merely parsing the input and serialising the output.
 */
import { evaluatePeriod } from '@thidua/engine';
import { generatePeriod } from './generate-period';

const UNITS = Number(process.env.BENCH_UNITS ?? 2000);
const LEAVES = Number(process.env.BENCH_LEAVES ?? 150);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);

let peakRss = 0;
const sample = () => (peakRss = Math.max(peakRss, process.memoryUsage().rss));
const sampler = setInterval(sample, 5);
const ms = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(0);

// Each step in its own function: a value left in a top-level register (the generated period, a
// previous run's result) would otherwise stay alive and be counted in the peak.
const makeInput = (): string => JSON.stringify(generatePeriod({ units: UNITS, leaves: LEAVES }));
const text = makeInput();
console.log(`Đầu vào: ${UNITS} đơn vị × ${LEAVES} tiêu chí, ${mb(Buffer.byteLength(text))} MB JSON`);

interface Run {
  parse: number;
  score: number;
  serialise: number;
  outputBytes: number;
}

function runOnce(): Run {
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
  sample();
  return { parse, score, serialise, outputBytes: Buffer.byteLength(out) };
}

const rows: Run[] = [];
for (let run = 0; run < RUNS; run++) rows.push(runOnce());
clearInterval(sampler);

const best = rows.reduce((a, b) =>
  b.parse + b.score + b.serialise < a.parse + a.score + a.serialise ? b : a,
);
const floor = best.parse + best.serialise;
console.log(`Lượt chạy: ${RUNS} (in lượt nhanh nhất)`);
console.log(`  kiểm tra + chấm điểm:   ${best.score.toFixed(0)} ms`);
console.log(`  đọc JSON đầu vào:       ${best.parse.toFixed(0)} ms`);
console.log(`  ghi JSON kết quả:       ${best.serialise.toFixed(0)} ms (${mb(best.outputBytes)} MB)`);
console.log(`  tỉ lệ chấm / (đọc+ghi): ${(best.score / floor).toFixed(2)}×`);
console.log(`  toàn bộ (đọc+chấm+ghi): ${(floor + best.score).toFixed(0)} ms`);
// maxRSS (kB) is the kernel's own peak for the process, sampled or not.
const maxRss = Math.max(peakRss, process.resourceUsage().maxRSS * 1024);
console.log(`  bộ nhớ đỉnh (RSS):      ${mb(maxRss)} MB`);
console.log(
  `  mục tiêu: tỉ lệ ≤ 2× ${best.score / floor <= 2 ? 'đạt' : 'CHƯA ĐẠT'}; ` +
    `bộ nhớ < 500 MB ${maxRss < 500 * 1024 * 1024 ? 'đạt' : 'CHƯA ĐẠT'}`,
);
