import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { randomUUID } from 'node:crypto';
import type { Database, OpenedDatabase } from '@thidua/db';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler } from 'fastify-type-provider-zod';
import type { Actor } from './auth/actor';
import { authenticate, isApiRoute } from './auth/authenticate';
import { databaseRateLimitStore } from './auth/rate-limit-store';
import type { ServerConfig } from './config';
import { errorHandler } from './http/errors-hook';
import { registerExactJson } from './http/exact-json';
import { AppError } from './http/errors';
import { staticWeb } from './http/static-web';
import { openapiContract } from './http/openapi';
import { validatorCompiler } from './http/validation';
import { registerModules } from './modules';
import { Metrics, recordRequests } from './operations/metrics';
import { registerOperations } from './operations/routes';

/** What every route can reach: the database, the configuration, the evidence file store. */
export interface AppDeps {
  db: Database;
  config: ServerConfig;
  /** The opened database behind `db`, when the caller has it: its kind, pool state and snapshots. */
  database?: OpenedDatabase;
}

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
  }
  interface FastifyInstance {
    deps: AppDeps;
  }
  interface FastifyContextConfig {
    /** Reachable without signing in (only sign-in itself and the API documentation). */
    public?: boolean;
    /** Allowed while the actor's password is temporary (reading oneself, changing it, signing out). */
    duringPasswordChange?: boolean;
  }
}

/** The configured proxies as Fastify takes them: a hop count becomes "trust the nearest n hops". */
function trustedProxies(setting: ServerConfig['trustProxy']) {
  if (typeof setting !== 'number') return setting;
  return (_address: string, hop: number) => hop < setting;
}

/** A request id a client or proxy may pass on: short, and nothing that could forge a log line. */
const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** Builds the HTTP application (not listening): plugins, authentication, error handling, the API. */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    // JSON lines (pino), each with the request's id (`reqId`), which the answer's X-Request-Id repeats.
    logger: deps.config.logLevel ? { level: deps.config.logLevel } : false,
    requestIdHeader: false,
    genReqId: (request) => {
      const given = request.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    },
    bodyLimit: 32 * 1024 * 1024,
    trustProxy: trustedProxies(deps.config.trustProxy),
  });
  app.decorate('deps', deps);
  app.decorateRequest('actor', null);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(errorHandler);
  registerExactJson(app);
  app.setNotFoundHandler((request, reply) => errorHandler(new AppError('NOT_FOUND'), request, reply));
  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  const metrics = new Metrics(deps.database?.poolStats?.bind(deps.database));
  recordRequests(app, metrics);
  registerOperations(app, { metrics, metricsToken: deps.config.metricsToken, database: deps.database });

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        styleSrc: ["'self'", "'unsafe-inline'"],
        scriptSrc: ["'self'"],
        frameSrc: ["'self'", 'blob:'],
        objectSrc: ["'self'", 'blob:'],
      },
    },
  });
  await app.register(cookie);
  // The counters live in the database, so N processes on it share one limit (auth/rate-limit-store.ts).
  await app.register(rateLimit, {
    global: false,
    store: databaseRateLimitStore(deps.db, deps.config.limitNamespace),
  });
  await app.register(multipart, { limits: { fileSize: deps.config.maxUploadBytes, files: 1, fields: 20 } });
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'thidua API',
        description:
          'REST API của thidua — quản lý thi đua, khen thưởng. Mọi lỗi trả về `{ error: { code, message, fields? } }` với thông báo tiếng Việt.',
        version: '1',
        license: { name: 'Apache-2.0', url: 'https://www.apache.org/licenses/LICENSE-2.0' },
      },
      // Servers, security schemes, operation ids, security and error responses: see http/openapi.ts.
    },
    ...openapiContract(),
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });

  app.addHook('onRequest', authenticate);
  // Every API route needs a signed-in actor unless it says it is public, checked before the body is
  // validated: an anonymous caller learns nothing about an endpoint's input. Decided on the matched
  // route (its pattern and config), never on the raw URL, which may carry a query or encoded letters.
  app.addHook('preValidation', async (request) => {
    if (!isApiRoute(request) || request.routeOptions.config.public) return;
    if (!request.actor) throw new AppError('UNAUTHENTICATED');
    // A temporary password (set by an administrator) must be changed before anything else is done.
    if (request.actor.mustChangePassword && !request.routeOptions.config.duringPasswordChange) {
      throw new AppError('PASSWORD_CHANGE_REQUIRED');
    }
  });
  await app.register(registerModules, { prefix: '/api/v1' });
  await app.register(staticWeb);
  return app;
}
