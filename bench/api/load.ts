import { gunzipSync } from 'node:zlib';
import { Client } from 'undici';

/** One HTTP request of a workload. */
export interface BenchRequest {
  method: 'GET' | 'PUT' | 'POST';
  path: string;
  headers?: Record<string, string>;
  body?: unknown;
}

/** What a connection does: the next request, and what it learns from the answer (e.g. a new version). */
export interface ConnectionScript {
  next(): BenchRequest;
  /** Called with each 2xx answer's parsed JSON body. */
  answered?(body: unknown): void;
}

/** Requests per second and latency percentiles of one workload, plus refusals. */
export interface LoadFigures {
  requests: number;
  errors: number;
  /** The first refusal seen, to say why (a benchmark that measures errors measures nothing). */
  firstError: string | null;
  seconds: number;
  rps: number;
  p50: number;
  p99: number;
}

const percentile = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : NaN;

/**
 * Drives `scripts.length` keep-alive connections (one undici Client each, no pipelining: one request in
 * flight per connection, like a browser tab saving a cell) against `origin` for `seconds`, and measures
 * each request from send to the end of its body (inflated when it came gzipped, as a browser does).
 */
export async function runLoad(
  origin: string,
  scripts: ConnectionScript[],
  seconds: number,
): Promise<LoadFigures> {
  const latencies: number[] = [];
  let errors = 0;
  let firstError: string | null = null;
  const started = performance.now();
  const deadline = started + seconds * 1000;
  await Promise.all(
    scripts.map(async (script) => {
      const client = new Client(origin, { pipelining: 1, keepAliveTimeout: 60_000 });
      try {
        while (performance.now() < deadline) {
          const request = script.next();
          const t = performance.now();
          const response = await client.request({
            method: request.method,
            path: request.path,
            // As a browser asks: large reads (results, sheet) come gzipped (http/json-text.ts).
            headers: {
              'accept-encoding': 'gzip, deflate, br',
              ...(request.body === undefined ? {} : { 'content-type': 'application/json' }),
              ...request.headers,
            },
            body: request.body === undefined ? null : JSON.stringify(request.body),
          });
          const bytes = Buffer.from(await response.body.arrayBuffer());
          const text = (
            response.headers['content-encoding'] === 'gzip' ? gunzipSync(bytes) : bytes
          ).toString();
          latencies.push(performance.now() - t);
          if (response.statusCode >= 200 && response.statusCode < 300) {
            script.answered?.(JSON.parse(text));
          } else {
            errors++;
            firstError ??= `${request.method} ${request.path} → ${response.statusCode} ${text.slice(0, 300)}`;
          }
        }
      } finally {
        await client.close();
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    errors,
    firstError,
    seconds: elapsed,
    rps: latencies.length / elapsed,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
  };
}
