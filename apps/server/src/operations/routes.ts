import { timingSafeEqual } from 'node:crypto';
import { migrationStatus, type OpenedDatabase } from '@thidua/db';
import { sql } from 'drizzle-orm';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Metrics } from './metrics';

// What an operator's tools ask a running server, outside the API (no session, no CSRF):
// - GET /healthz: the process answers (a liveness probe; restart it when this fails);
// - GET /readyz: the database answers and holds every migration this version ships (send traffic
//   only when this is 200);
// - GET /metrics: the Prometheus text format, for a monitoring server.

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

/** Same length and same bytes, compared in constant time. */
function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Metrics name every route and how busy the server is: with `THIDUA_METRICS_TOKEN` set they need
 * `Authorization: Bearer <token>`; without it, only a client on this machine (the TCP peer, never a
 * forwarded address, and not a request a local proxy forwarded) may read them.
 */
function mayReadMetrics(request: FastifyRequest, token: string | undefined): boolean {
  if (token) {
    const header = request.headers.authorization ?? '';
    return header.startsWith('Bearer ') && sameSecret(header.slice('Bearer '.length), token);
  }
  // A request a local reverse proxy passed on also comes from loopback: a forwarding header means the
  // client is elsewhere.
  const forwarded =
    request.headers['x-forwarded-for'] !== undefined || request.headers.forwarded !== undefined;
  return !forwarded && LOOPBACK.has(request.socket.remoteAddress ?? '');
}

export interface OperationsOptions {
  metrics: Metrics;
  metricsToken: string | undefined;
  database: Pick<OpenedDatabase, 'kind'> | undefined;
}

export function registerOperations(app: FastifyInstance, options: OperationsOptions): void {
  const hidden = { schema: { hide: true } };

  app.get('/healthz', hidden, async (_request, reply) => {
    reply.header('cache-control', 'no-store');
    return { status: 'ok' };
  });

  app.get('/readyz', hidden, async (_request, reply) => {
    reply.header('cache-control', 'no-store');
    try {
      await app.deps.db.execute(sql`select 1`);
      const migrations = await migrationStatus(app.deps.db);
      if (migrations.pending.length > 0) {
        return reply.code(503).send({
          status: 'not-ready',
          reason: `Cơ sở dữ liệu còn ${migrations.pending.length} bản cập nhật cấu trúc chưa áp dụng`,
          migrations,
        });
      }
      return { status: 'ready', database: options.database?.kind ?? 'unknown', migrations };
    } catch (error) {
      app.log.error({ err: error }, 'readiness check failed');
      return reply.code(503).send({ status: 'not-ready', reason: 'Không kết nối được cơ sở dữ liệu' });
    }
  });

  app.get('/metrics', hidden, async (request, reply) => {
    if (!mayReadMetrics(request, options.metricsToken)) {
      return reply
        .code(403)
        .send({ error: { code: 'FORBIDDEN', message: 'Không được xem số liệu vận hành' } });
    }
    reply.header('cache-control', 'no-store');
    return reply.type('text/plain; version=0.0.4; charset=utf-8').send(options.metrics.render());
  });
}
