import type { Database, Transaction } from '@thidua/db';
import type { FastifyInstance, FastifySchema } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { type Actor, requireActor } from '../auth/actor';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** What a route's handler gets: the signed-in actor, the validated input, and where to read or write. */
export interface RouteInput<P, Q, B> {
  actor: Actor;
  params: P;
  query: Q;
  body: B;
}

type Responses = Partial<Record<200 | 201 | 204, z.ZodType>>;

/**
 * One route as a declaration: its address, what the OpenAPI document says of it, and its schemas.
 * `response` names the one success status (200, 201, or 204 for no body).
 */
export interface RouteSpec<
  P extends z.ZodType,
  Q extends z.ZodType,
  B extends z.ZodType,
  R extends Responses,
> {
  method: Method;
  url: string;
  tags: string[];
  summary: string;
  description?: string;
  params?: P;
  querystring?: Q;
  body?: B;
  response: R;
}

type Input<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType> = RouteInput<
  z.infer<P>,
  z.infer<Q>,
  z.infer<B>
>;
type Output<R extends Responses> = Promise<z.input<R[keyof R] & z.ZodType>>;

/** An entry of a route table, its types erased so entries of every shape fit one array. */
export interface TableRoute {
  spec: RouteSpec<z.ZodType, z.ZodType, z.ZodType, Responses>;
  run: (db: Database, input: RouteInput<unknown, unknown, unknown>) => Promise<unknown>;
}

type Handler<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType, R extends Responses, C> = (
  input: Input<P, Q, B> & C,
) => Output<R>;

function tableRoute(spec: object, run: TableRoute['run']): TableRoute {
  return { spec: spec as TableRoute['spec'], run };
}

/** A route that reads: the handler gets the database. */
export function route<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType, R extends Responses>(
  spec: RouteSpec<P, Q, B, R>,
  handle: Handler<P, Q, B, R, { db: Database | Transaction }>,
): TableRoute {
  return tableRoute(spec, (db, input) => handle({ ...(input as Input<P, Q, B>), db }));
}

/** A route that writes: the handler runs in one transaction (load, authorise, command, audit, present). */
export function command<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType, R extends Responses>(
  spec: RouteSpec<P, Q, B, R>,
  handle: Handler<P, Q, B, R, { tx: Transaction }>,
): TableRoute {
  return tableRoute(spec, (db, input) =>
    db.transaction((tx) => handle({ ...(input as Input<P, Q, B>), tx })),
  );
}

/** The OpenAPI part of an entry, with its keys in the order the hand-written routes used. */
function schemaOf(spec: TableRoute['spec']): FastifySchema {
  const schema: Record<string, unknown> = { tags: spec.tags, summary: spec.summary };
  if (spec.description !== undefined) schema.description = spec.description;
  if (spec.params) schema.params = spec.params;
  if (spec.querystring) schema.querystring = spec.querystring;
  if (spec.body) schema.body = spec.body;
  schema.response = spec.response;
  return schema;
}

/**
 * Registers a table of routes, in order. Each runs the fixed chain: authenticate → validate (fastify,
 * from the schemas) → the handler (in one transaction for a command) → the declared status.
 */
export function registerRoutes(app: FastifyInstance, routes: readonly TableRoute[]): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.deps;
  for (const { spec, run } of routes) {
    const status = Number(Object.keys(spec.response)[0] ?? 200);
    r.route({
      method: spec.method,
      url: spec.url,
      schema: schemaOf(spec),
      handler: async (request, reply) => {
        const actor = requireActor(request.actor);
        const result = await run(db, {
          actor,
          params: request.params,
          query: request.query,
          body: request.body,
        });
        return reply.status(status).send(status === 204 ? null : result);
      },
    });
  }
}
