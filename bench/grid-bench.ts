/**
 * `npm run bench:grid`: the scoring grid in Chromium. Starts the real server (`npm start`'s script, which
 * builds the web application when stale) on a fresh embedded database, makes a period with a cluster of
 * BENCH_GRID_UNITS (60) units × BENCH_GRID_CRITERIA (150) criteria, every cell self-scored, and a
 * baseline cluster of 2 units × 8 criteria in the same period, then opens each grid in the results stage
 * (the scoring grid) and in the review stage (the review grid) and measures in the page, with the
 * Performance API:
 * - the time from navigation to the grid drawn (the first frame painted after its first cell exists),
 *   and the part of it after the sheet's response arrived (the drawing alone);
 * - the time from an arrow key's keydown to the frame painted with the focus on the next cell, over
 *   BENCH_GRID_PRESSES (50) presses down and across.
 * Prints median / p95 and the ratio to the baseline grid measured in the same run. Not a timed test:
 * run it alone on the machine, it measures the machine too. BENCH_GRID_TRACE=1 also records a Chrome
 * trace of the large grid's arrow keys and prints where the renderer's main thread spent its time.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from '@playwright/test';
import { generatePeriod } from './generate-period';
import { START_WITH_WEB, startServer } from './api/processes';

const UNITS = Number(process.env.BENCH_GRID_UNITS ?? 60);
const CRITERIA = Number(process.env.BENCH_GRID_CRITERIA ?? 150);
const LOADS = Number(process.env.BENCH_GRID_LOADS ?? 5);
const PRESSES = Number(process.env.BENCH_GRID_PRESSES ?? 50);
const TRACE = Boolean(process.env.BENCH_GRID_TRACE);
const YEAR = 2095;
const PASSWORD = 'thidua-demo-2025';

/** What the probe leaves on the page's global object: each arrow key's time, ms (−1: it did not move). */
interface Probe {
  __gridKeys: number[];
}

interface Figures {
  /** Navigation start → the grid's first frame, ms. */
  load: number[];
  /** The sheet's response received → the grid's first frame, ms. */
  draw: number[];
  /** Arrow key down → the frame painted with the focus moved, ms. */
  key: number[];
}

// Runs in the page before its own scripts: marks the first frame painted with a grid cell, and times
// every arrow key from its keydown to the frame painted after the focus moved.
const PROBE = `(() => {
  const afterPaint = (done) => requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = done;
    channel.port2.postMessage(0);
  });
  window.__gridKeys = [];
  const observer = new MutationObserver(() => {
    if (!document.querySelector('[role="grid"] td[data-r="0"][data-c="0"]')) return;
    observer.disconnect();
    afterPaint(() => performance.mark('grid-drawn'));
  });
  observer.observe(document, { childList: true, subtree: true });
  addEventListener('keydown', (event) => {
    if (!event.key.startsWith('Arrow')) return;
    const t0 = event.timeStamp;
    const before = document.activeElement;
    const tick = () => {
      if (document.activeElement !== before && document.activeElement?.getAttribute('role') === 'gridcell') {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => window.__gridKeys.push(performance.now() - t0);
        channel.port2.postMessage(0);
      } else if (performance.now() - t0 < 10000) requestAnimationFrame(tick);
      else window.__gridKeys.push(-1);
    };
    requestAnimationFrame(tick);
  }, true);
})();`;

async function api<T>(page: Page, method: string, path: string, data?: unknown, csrf?: string): Promise<T> {
  const response = await page.request.fetch(`/api/v1${path}`, {
    method,
    ...(data === undefined ? {} : { data }),
    headers: csrf ? { 'x-csrf-token': csrf } : {},
  });
  const text = await response.text();
  if (!response.ok()) throw new Error(`${method} ${path} → ${response.status()} ${text}`);
  return JSON.parse(text) as T;
}

interface Period {
  id: string;
  version: number;
}

/** A cluster of the period loaded from a generated period file: `units` × `criteria`, all self-scored. */
async function makeCluster(page: Page, csrf: string, periodId: string, units: number, criteria: number) {
  const tag = `${units}x${criteria}`;
  const cluster = await api<{ id: string }>(
    page,
    'POST',
    `/periods/${periodId}/clusters`,
    { code: `bench-${tag}`, name: `Cụm đo lưới ${units} đơn vị × ${criteria} tiêu chí`, kind: 'cum' },
    csrf,
  );
  const file = JSON.parse(
    JSON.stringify(generatePeriod({ units, leaves: criteria })).replaceAll('"dv-', `"luoi-${tag}-`),
  ) as Record<string, unknown>;
  await api(
    page,
    'POST',
    `/clusters/${cluster.id}/period-file?unitType=ward`,
    { ...file, year: YEAR, votes: [] },
    csrf,
  );
  // A leader and a deputy, without which the period cannot leave the set-up stage.
  const read = await api<{ version: number; members: { code: string; unitId: string }[] }>(
    page,
    'GET',
    `/clusters/${cluster.id}`,
  );
  const idOf = (n: number) => read.members.find((m) => m.code === `luoi-${tag}-${n}`)!.unitId;
  await api(
    page,
    'PUT',
    `/clusters/${cluster.id}/leadership`,
    {
      version: read.version,
      seats: [
        { unitId: idOf(1), role: 'leader' },
        { unitId: idOf(2), role: 'deputy', deputyRank: 1 },
      ],
    },
    csrf,
  );
  return cluster.id;
}

const median = (xs: number[]) => quantile(xs, 0.5);
function quantile(xs: number[], q: number): number {
  const sorted = [...xs].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
}

/**
 * Arrow keys that always move: down (then back up at the last line) four times out of five, across
 * (then back) the fifth, so every press moves the focus whatever the grid's size.
 */
function presses(lines: number, columns: number): string[] {
  let r = 0;
  let c = 0;
  let down = true;
  let right = true;
  return Array.from({ length: PRESSES }, (_, k) => {
    if (k % 5 === 4 && columns > 1) {
      if ((right && c === columns - 1) || (!right && c === 0)) right = !right;
      c += right ? 1 : -1;
      return right ? 'ArrowRight' : 'ArrowLeft';
    }
    if ((down && r === lines - 1) || (!down && r === 0)) down = !down;
    r += down ? 1 : -1;
    return down ? 'ArrowDown' : 'ArrowUp';
  });
}

interface TraceEvent {
  name: string;
  ph: string;
  dur?: number;
  tid: number;
  args?: { name?: string };
}

/** The renderer main thread's time by kind of work (script, style, layout, paint…), ms per arrow key. */
function printTrace(trace: Buffer, presses: number) {
  const events = (JSON.parse(trace.toString()) as { traceEvents: TraceEvent[] }).traceEvents;
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')?.tid;
  const totals = new Map<string, number>();
  for (const e of events) {
    if (e.tid !== main || e.ph !== 'X' || !e.dur) continue;
    totals.set(e.name, (totals.get(e.name) ?? 0) + e.dur / 1000);
  }
  console.log(`  luồng chính của trang, ms mỗi phím mũi tên (các mục lồng nhau cộng cả phần bên trong):`);
  for (const [name, total] of [...totals].sort((a, b) => b[1] - a[1]).slice(0, 14)) {
    console.log(`  ${name.padEnd(40)} ${ms(total / presses)}`);
  }
}

async function measure(
  context: BrowserContext,
  path: string,
  size: { lines: number; columns: number },
  trace = false,
): Promise<Figures> {
  const figures: Figures = { load: [], draw: [], key: [] };
  for (let i = 0; i < LOADS; i++) {
    const page = await context.newPage();
    await page.goto(path);
    await page.waitForFunction(() => performance.getEntriesByName('grid-drawn').length > 0, null, {
      timeout: 120_000,
    });
    const timing = await page.evaluate(() => {
      const drawn = performance.getEntriesByName('grid-drawn')[0]!.startTime;
      const sheet = performance
        .getEntriesByType('resource')
        .find((e) => e.name.includes('/scoring-sheet')) as unknown as { responseEnd: number } | undefined;
      return { drawn, sheet: sheet?.responseEnd ?? NaN };
    });
    figures.load.push(timing.drawn);
    figures.draw.push(timing.drawn - timing.sheet);
    if (i === LOADS - 1) {
      // The keys on the last load, once its results have arrived too (the grid's final state).
      await page.waitForLoadState('networkidle');
      await page.locator('td[data-r="0"][data-c="0"]').click();
      const keys = presses(size.lines, size.columns);
      const browser = context.browser();
      if (trace && browser) await browser.startTracing(page, { categories: ['devtools.timeline'] });
      for (const [k, key] of keys.entries()) {
        await page.keyboard.press(key);
        await page.waitForFunction((n) => (globalThis as unknown as Probe).__gridKeys.length > n, k);
      }
      if (trace && browser) printTrace(await browser.stopTracing(), keys.length);
      figures.key = await page.evaluate(() => (globalThis as unknown as Probe).__gridKeys);
      if (figures.key.some((t) => t < 0)) throw new Error(`${path}: một phím mũi tên không chuyển được ô`);
    }
    await page.close();
  }
  return figures;
}

const ms = (n: number) => (Number.isFinite(n) ? n.toFixed(1).padStart(8) : '       —');
const ratio = (n: number, base: number) => `${(n / base).toFixed(1)}×`.padStart(7);

function print(title: string, large: Figures, base: Figures) {
  console.log(`\n${title}`);
  console.log(
    [
      'đo (ms)'.padEnd(42),
      'cơ sở: trung vị',
      '    p95',
      `${UNITS}×${CRITERIA}: trung vị`,
      '    p95',
      'tỉ lệ trung vị',
    ].join(' | '),
  );
  const line = (name: string, b: number[], l: number[]) =>
    console.log(
      [
        name.padEnd(42),
        ms(median(b)).padStart(15),
        ms(quantile(b, 0.95)),
        ms(median(l)).padStart(`${UNITS}×${CRITERIA}: trung vị`.length),
        ms(quantile(l, 0.95)),
        ratio(median(l), median(b)).padStart(14),
      ].join(' | '),
    );
  line('mở trang → lưới vẽ xong', base.load, large.load);
  line('nhận bảng điểm → lưới vẽ xong', base.draw, large.draw);
  line(`phím mũi tên → khung hình (${PRESSES} lần)`, base.key, large.key);
}

const scratch = mkdtempSync(join(tmpdir(), 'thidua-grid-bench-'));
console.log('Khởi động máy chủ thidua (dựng giao diện web nếu cần), nạp dữ liệu mẫu…');
const server = await startServer({ DATABASE_URL: '', THIDUA_DATA_DIR: scratch }, START_WITH_WEB);
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
const report: Record<string, unknown> = { units: UNITS, criteria: CRITERIA, at: new Date() };
try {
  const context = await browser.newContext({
    baseURL: server.origin,
    viewport: { width: 1366, height: 768 },
    locale: 'vi-VN',
  });
  await context.addInitScript(PROBE);
  const setup = await context.newPage();
  const login = await api<{ csrfToken: string; memberships: { councilId: string }[] }>(
    setup,
    'POST',
    '/auth/login',
    { username: 'cqtt', password: PASSWORD },
  );
  const csrf = login.csrfToken;
  const councilId = login.memberships[0]!.councilId;
  let period = await api<Period>(
    setup,
    'POST',
    `/councils/${councilId}/periods`,
    { name: `Năm ${YEAR} (đo lưới)`, year: YEAR, calendar: 'calendarYear' },
    csrf,
  );
  console.log(`Tạo cụm ${UNITS} đơn vị × ${CRITERIA} tiêu chí và cụm cơ sở 2 × 8…`);
  const largeId = await makeCluster(setup, csrf, period.id, UNITS, CRITERIA);
  const baseId = await makeCluster(setup, csrf, period.id, 2, 8);
  const stepTo = async (stage: string) => {
    period = await api<Period>(
      setup,
      'POST',
      `/periods/${period.id}/stage`,
      { version: period.version, stage, reason: 'Chuyển giai đoạn để đo lưới chấm điểm' },
      csrf,
    );
  };
  for (const stage of ['criteria', 'registration', 'pact', 'midYear', 'results']) await stepTo(stage);
  const path = (clusterId: string) => `/hoi-dong/${councilId}/cham-diem?ky=${period.id}&cum=${clusterId}`;

  for (const [stage, title] of [
    ['results', 'Lưới chấm điểm (giai đoạn chấm kết quả)'],
    ['review', 'Lưới thẩm định (giai đoạn thẩm định)'],
  ] as const) {
    if (stage === 'review') await stepTo('review');
    console.log(`\n${title}: đo cụm cơ sở rồi cụm ${UNITS} × ${CRITERIA}…`);
    const base = await measure(context, path(baseId), { lines: 8, columns: 2 });
    const large = await measure(context, path(largeId), { lines: CRITERIA, columns: UNITS }, TRACE);
    print(title, large, base);
    report[stage] = { base, large };
  }
} finally {
  await browser.close();
  await server.stop();
  rmSync(scratch, { recursive: true, force: true });
}
if (process.env.BENCH_JSON) writeFileSync(process.env.BENCH_JSON, JSON.stringify(report, null, 2));
