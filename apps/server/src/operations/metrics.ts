import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { PoolStats } from '@thidua/db';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

// Metrics in the Prometheus text format (version 0.0.4), written by hand: a few counters and one
// histogram do not need a client library. Routes are labelled by their pattern (`/clusters/:id/…`),
// never by the raw URL, so the number of series stays bounded and no id or name leaks into them.

/** Upper bounds of the latency histogram, in seconds. */
const BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

interface RouteSeries {
  method: string;
  route: string;
  /** Requests by status class ("2xx", "4xx"…). */
  byStatus: Map<string, number>;
  buckets: number[];
  count: number;
  sum: number;
}

/** Escapes a label value (backslash, double quote, line feed), as the text format requires. */
const label = (value: string) => value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');

export class Metrics {
  private readonly series = new Map<string, RouteSeries>();
  private readonly loop = monitorEventLoopDelay({ resolution: 10 });
  private readonly started = Date.now();

  constructor(private readonly poolStats?: () => PoolStats) {
    this.loop.enable();
  }

  /** Counts one answered request of `route` (its pattern) that took `seconds`. */
  observe(method: string, route: string, status: number, seconds: number): void {
    const key = `${method} ${route}`;
    let series = this.series.get(key);
    if (!series) {
      series = { method, route, byStatus: new Map(), buckets: BUCKETS.map(() => 0), count: 0, sum: 0 };
      this.series.set(key, series);
    }
    const statusClass = `${Math.floor(status / 100)}xx`;
    series.byStatus.set(statusClass, (series.byStatus.get(statusClass) ?? 0) + 1);
    BUCKETS.forEach((bound, i) => {
      if (seconds <= bound) series.buckets[i]! += 1;
    });
    series.count += 1;
    series.sum += seconds;
  }

  /** The exposition text. */
  render(): string {
    const lines: string[] = [];
    const all = [...this.series.values()].sort((a, b) =>
      `${a.route} ${a.method}`.localeCompare(`${b.route} ${b.method}`),
    );
    lines.push(
      '# HELP thidua_http_requests_total HTTP requests answered, by route pattern and status class.',
    );
    lines.push('# TYPE thidua_http_requests_total counter');
    for (const s of all)
      for (const [status, n] of [...s.byStatus].sort())
        lines.push(
          `thidua_http_requests_total{method="${s.method}",route="${label(s.route)}",status="${status}"} ${n}`,
        );
    lines.push('# HELP thidua_http_request_duration_seconds Time to answer a request, by route pattern.');
    lines.push('# TYPE thidua_http_request_duration_seconds histogram');
    for (const s of all) {
      const labels = `method="${s.method}",route="${label(s.route)}"`;
      BUCKETS.forEach((bound, i) =>
        lines.push(`thidua_http_request_duration_seconds_bucket{${labels},le="${bound}"} ${s.buckets[i]}`),
      );
      lines.push(`thidua_http_request_duration_seconds_bucket{${labels},le="+Inf"} ${s.count}`);
      lines.push(`thidua_http_request_duration_seconds_sum{${labels}} ${s.sum}`);
      lines.push(`thidua_http_request_duration_seconds_count{${labels}} ${s.count}`);
    }
    lines.push('# HELP thidua_event_loop_delay_seconds Event-loop delay since the server started.');
    lines.push('# TYPE thidua_event_loop_delay_seconds gauge');
    for (const [name, value] of [
      ['p50', this.loop.percentile(50)],
      ['p99', this.loop.percentile(99)],
      ['max', this.loop.max],
    ] as const)
      lines.push(`thidua_event_loop_delay_seconds{quantile="${name}"} ${(value || 0) / 1e9}`);
    if (this.poolStats) {
      const pool = this.poolStats();
      lines.push('# HELP thidua_db_pool_connections PostgreSQL connections of the pool, by state.');
      lines.push('# TYPE thidua_db_pool_connections gauge');
      lines.push(`thidua_db_pool_connections{state="total"} ${pool.total}`);
      lines.push(`thidua_db_pool_connections{state="idle"} ${pool.idle}`);
      lines.push('# HELP thidua_db_pool_waiting Requests waiting for a PostgreSQL connection.');
      lines.push('# TYPE thidua_db_pool_waiting gauge');
      lines.push(`thidua_db_pool_waiting ${pool.waiting}`);
    }
    const memory = process.memoryUsage();
    lines.push('# HELP process_resident_memory_bytes Resident memory of the server process.');
    lines.push('# TYPE process_resident_memory_bytes gauge');
    lines.push(`process_resident_memory_bytes ${memory.rss}`);
    lines.push('# HELP process_uptime_seconds Seconds since the server started.');
    lines.push('# TYPE process_uptime_seconds gauge');
    lines.push(`process_uptime_seconds ${(Date.now() - this.started) / 1000}`);
    return `${lines.join('\n')}\n`;
  }

  close(): void {
    this.loop.disable();
  }
}

/** Records every answered request (404s of unknown paths under one `unmatched` route). */
export function recordRequests(app: FastifyInstance, metrics: Metrics): void {
  app.addHook('onResponse', async (request: FastifyRequest, reply: FastifyReply) => {
    const route = request.routeOptions.url ?? 'unmatched';
    metrics.observe(request.method, route, reply.statusCode, reply.elapsedTime / 1000);
  });
  app.addHook('onClose', async () => metrics.close());
}
