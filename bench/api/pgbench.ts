import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { type PostgresServer, recreateDatabase } from './postgres';

/** pgbench's figures for one built-in script. */
export interface PgbenchFigures {
  tps: number;
  latencyMs: number;
}

/** Scale of `pgbench -i` (its default, 1: one branch row that every TPC-B transaction updates). */
const SCALE = Number(process.env.BENCH_PGBENCH_SCALE ?? 1);

function run(bin: string, args: string[]): string {
  return execFileSync(join(bin, 'pgbench'), args, {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, PGUSER: 'postgres' },
  });
}

function parse(output: string): PgbenchFigures {
  const tps = /tps = ([\d.]+) \(without initial connection time\)/.exec(output)?.[1];
  const latency = /latency average = ([\d.]+) ms/.exec(output)?.[1];
  if (!tps || !latency) throw new Error(`Không đọc được kết quả pgbench:\n${output}`);
  return { tps: Number(tps), latencyMs: Number(latency) };
}

/**
 * The baseline on the same server, in the same run: pgbench's built-in TPC-B-like script and its
 * select-only script, `clients` clients (2 threads) for `seconds` each, in a database of their own.
 */
export async function runPgbench(
  server: PostgresServer,
  clients: number,
  seconds: number,
): Promise<{ tpcb: PgbenchFigures; selectOnly: PgbenchFigures; scale: number }> {
  if (!server.bin) throw new Error('Không có pgbench (gói postgresql) trên máy này');
  const url = await recreateDatabase(server, 'thidua_pgbench');
  run(server.bin, ['-i', '-q', '-s', String(SCALE), url]);
  const common = ['-n', '-c', String(clients), '-j', '2', '-T', String(seconds), url];
  const tpcb = parse(run(server.bin, common));
  const selectOnly = parse(run(server.bin, ['-S', ...common]));
  return { tpcb, selectOnly, scale: SCALE };
}
