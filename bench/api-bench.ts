/**
 * `npm run bench:api`: the API under load through the real HTTP server (a child process), on
 * PostgreSQL and on the embedded PGlite, each loaded with the demo. On PostgreSQL the baseline is
 * pgbench's built-in TPC-B-like and select-only scripts on the same server in the same run; on PGlite
 * (no pgbench) each workload is compared with its PostgreSQL figure and with a trivial route.
 *
 * BENCH_SECONDS (10) per workload, BENCH_CONNECTIONS (50), BENCH_TARGETS (postgres,pglite),
 * BENCH_PGBENCH_SCALE (1), DATABASE_URL (a PostgreSQL to use instead of a throw-away one).
 *
 * BENCH_NATIONAL=1 with DATABASE_URL naming a database made by `npm run bench:national:generate`: the
 * read workloads of the national data set's large cluster (results, sheet, the period's progress, the
 * audit log's search) against that database as it is, with pgbench on the same server as the baseline.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ConnectionScript, type LoadFigures, runLoad } from './api/load';
import { runPgbench } from './api/pgbench';
import { type PostgresServer, recreateDatabase, startPostgres } from './api/postgres';
import { discoverNationalWorld, nationalReadPaths } from './api/national';
import { startServer } from './api/processes';
import { type BenchWorld, discoverWorld, readPaths, readScripts, saveScripts } from './api/workloads';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const TARGETS = (process.env.BENCH_TARGETS ?? 'postgres,pglite').split(',');
const PGBENCH_CLIENTS = 20;
const SAVE = 'Ghi điểm (PUT …/entries/:code/self)';
const TRIVIAL = 'Tuyến tối thiểu (GET /auth/me)';

type Figures = Record<string, LoadFigures & { connections: number }>;

/** Measures one workload into `figures`: a short warm-up, then the measured run. */
function measurer(world: BenchWorld, figures: Figures) {
  return async (name: string, scripts: ConnectionScript[]) => {
    await runLoad(world.origin, scripts, Math.min(2, SECONDS / 5));
    figures[name] = { ...(await runLoad(world.origin, scripts, SECONDS)), connections: scripts.length };
    const f = figures[name];
    if (f.errors > 0) console.log(`  ! ${name}: ${f.errors} lỗi, lỗi đầu tiên: ${f.firstError}`);
  };
}

/** Every workload on one server. */
async function runWorkloads(world: BenchWorld): Promise<Figures> {
  const figures: Figures = {};
  const measure = measurer(world, figures);
  // The save runs first, so the reads after it see a cluster (and an audit log) that has just changed.
  await measure(SAVE, await saveScripts(world, CONNECTIONS));
  for (const [name, path] of Object.entries(readPaths(world))) {
    await measure(name, readScripts(world, path, CONNECTIONS));
  }
  return figures;
}

const fmt = (n: number, digits = 0) =>
  Number.isFinite(n) ? n.toLocaleString('en-US', { maximumFractionDigits: digits }) : '—';
const pct = (n: number) => `${fmt(n * 100, 1)} %`;

function printTable(title: string, figures: Figures, ratio: (name: string, f: LoadFigures) => string): void {
  console.log(`\n${title}`);
  console.log(
    ['công việc'.padEnd(50), 'kết nối', '   req/s', ' p50 ms', ' p99 ms', 'lỗi', 'tỉ lệ'].join(' | '),
  );
  for (const [name, f] of Object.entries(figures)) {
    console.log(
      [
        name.padEnd(50),
        String(f.connections).padStart(7),
        fmt(f.rps).padStart(8),
        fmt(f.p50, 1).padStart(7),
        fmt(f.p99, 1).padStart(7),
        String(f.errors).padStart(3),
        ratio(name, f),
      ].join(' | '),
    );
  }
}

/**
 * A PostgreSQL server (throw-away, or that of DATABASE_URL), pgbench's baseline on it, then a thidua
 * server on the database `databaseUrl` names (given the server) running `run`; everything stopped after.
 */
async function onPostgres<T>(
  databaseUrl: (server: PostgresServer) => Promise<string>,
  env: Record<string, string>,
  run: (origin: string, baseline: Awaited<ReturnType<typeof runPgbench>>) => Promise<T>,
): Promise<T> {
  const server = await startPostgres();
  const scratch = mkdtempSync(join(tmpdir(), 'thidua-bench-'));
  try {
    console.log(`pgbench: ${PGBENCH_CLIENTS} máy khách, ${SECONDS} s mỗi kịch bản…`);
    const baseline = await runPgbench(server, PGBENCH_CLIENTS, SECONDS);
    const url = await databaseUrl(server);
    console.log('PostgreSQL: khởi động máy chủ thidua…');
    const app = await startServer({ DATABASE_URL: url, THIDUA_DATA_DIR: scratch, ...env });
    try {
      return await run(app.origin, baseline);
    } finally {
      await app.stop();
    }
  } finally {
    server.stop();
    rmSync(scratch, { recursive: true, force: true });
  }
}

function benchPostgres() {
  return onPostgres(
    (server) => recreateDatabase(server, 'thidua_bench'),
    {},
    async (origin, baseline) => {
      const figures = await runWorkloads(await discoverWorld(origin));
      console.log(
        `\npgbench (scale ${baseline.scale}, ${PGBENCH_CLIENTS} máy khách): TPC-B ${fmt(baseline.tpcb.tps)} tps ` +
          `(${fmt(baseline.tpcb.latencyMs, 2)} ms trung bình), chỉ đọc ${fmt(baseline.selectOnly.tps)} tps ` +
          `(${fmt(baseline.selectOnly.latencyMs, 2)} ms)`,
      );
      printTable(
        'PostgreSQL — tỉ lệ: ghi so với TPC-B, đọc so với chỉ đọc của pgbench',
        figures,
        (name, f) =>
          name === SAVE
            ? `${pct(f.rps / baseline.tpcb.tps)} TPC-B`
            : `${pct(f.rps / baseline.selectOnly.tps)} chỉ đọc`,
      );
      return { baseline, figures };
    },
  );
}

async function benchPglite(postgres: Figures | undefined) {
  const scratch = mkdtempSync(join(tmpdir(), 'thidua-bench-'));
  try {
    console.log('\nPGlite: khởi động máy chủ thidua, nạp dữ liệu mẫu…');
    const app = await startServer({ DATABASE_URL: '', THIDUA_DATA_DIR: scratch });
    try {
      const figures = await runWorkloads(await discoverWorld(app.origin));
      const trivial = figures[TRIVIAL]!;
      printTable(
        'PGlite — tỉ lệ: so với cùng công việc trên PostgreSQL; so với tuyến tối thiểu',
        figures,
        (name, f) =>
          [
            postgres?.[name] ? `${pct(f.rps / postgres[name].rps)} PostgreSQL` : '',
            `${pct(f.rps / trivial.rps)} tối thiểu`,
          ]
            .filter(Boolean)
            .join(', '),
      );
      return { figures };
    } finally {
      await app.stop();
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** The national data set of DATABASE_URL, as it is (nothing seeded), with pgbench beside it. */
function benchNational() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('BENCH_NATIONAL cần DATABASE_URL của bộ dữ liệu toàn quốc');
  return onPostgres(
    () => Promise.resolve(url),
    { THIDUA_DEMO: 'false' },
    async (origin, baseline) => {
      const world = await discoverNationalWorld(origin);
      const figures: Figures = {};
      const measure = measurer(world, figures);
      for (const [name, path] of Object.entries(nationalReadPaths(world))) {
        await measure(name, readScripts(world, path, CONNECTIONS));
      }
      console.log(
        `\npgbench (scale ${baseline.scale}, ${PGBENCH_CLIENTS} máy khách): chỉ đọc ${fmt(baseline.selectOnly.tps)} tps ` +
          `(${fmt(baseline.selectOnly.latencyMs, 2)} ms trung bình), TPC-B ${fmt(baseline.tpcb.tps)} tps`,
      );
      printTable(
        'Quy mô toàn quốc (PostgreSQL) — tỉ lệ: so với chỉ đọc của pgbench',
        figures,
        (_, f) => `${pct(f.rps / baseline.selectOnly.tps)} chỉ đọc`,
      );
      return { baseline, figures };
    },
  );
}

const report: Record<string, unknown> = { seconds: SECONDS, connections: CONNECTIONS, at: new Date() };
if (process.env.BENCH_NATIONAL) {
  report.national = await benchNational();
} else {
  const postgres = TARGETS.includes('postgres') ? await benchPostgres() : undefined;
  if (postgres) report.postgres = postgres;
  if (TARGETS.includes('pglite')) report.pglite = await benchPglite(postgres?.figures);
}
if (process.env.BENCH_JSON) writeFileSync(process.env.BENCH_JSON, JSON.stringify(report, null, 2));
