import type { Database, Transaction } from '@thidua/db';
import type {
  FastifyContextConfig,
  FastifyInstance,
  FastifyReply,
  FastifyRequest,
  FastifySchema,
  preHandlerAsyncHookHandler,
} from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { type Actor, requireActor } from '../auth/actor';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** A route's method and path in one string, as the OpenAPI document and the logs write it: `'GET /units/:unitId'`. */
export type Address = `${Method} /${string}`;

type Status = 200 | 201 | 202 | 204 | 302;

/**
 * What a route declares besides its address and summary: its schemas, its answer by status (`200: view`;
 * the lowest status listed is the one it answers with), and what else the OpenAPI document says of it.
 * `tags` defaults to the table's; `config` and `preHandler` are fastify's route options.
 */
export type RouteSpec = {
  tags?: string[];
  description?: string;
  params?: z.ZodType;
  query?: z.ZodType;
  body?: z.ZodType;
  consumes?: string[];
  produces?: string[];
  config?: FastifyContextConfig;
  preHandler?: preHandlerAsyncHookHandler;
} & { [S in Status]?: z.ZodType };

type Infer<T> = T extends z.ZodType ? z.infer<T> : undefined;

/** What a handler gets: the validated input, the signed-in actor, and the database. */
export interface RouteInput<S extends RouteSpec> {
  actor: Actor;
  params: Infer<S['params']>;
  query: Infer<S['query']>;
  body: Infer<S['body']>;
  db: Database;
}

/** What a raw handler gets on top: fastify's request and reply, for cookies, files, redirects and streams. */
export interface RawInput<S extends RouteSpec> extends RouteInput<S> {
  request: FastifyRequest;
  reply: FastifyReply;
}

/** What a handler resolves to: its answer, or nothing for a route that answers 204. */
type Output<S extends RouteSpec> = Promise<
  z.input<S[keyof S & Status] & z.ZodType> | (S extends { 204: z.ZodType } ? void : never)
>;

type Kind = 'route' | 'command' | 'raw' | 'open';

/** An entry of a route table, its types erased so entries of every shape fit one array. */
export interface TableRoute {
  kind: Kind;
  address: Address;
  summary: string;
  spec: RouteSpec;
  run: (input: RawInput<RouteSpec>) => Promise<unknown>;
}

function entry(kind: Kind, address: Address, summary: string, spec: RouteSpec, run: unknown): TableRoute {
  return { kind, address, summary, spec, run: run as TableRoute['run'] };
}

/** A route whose handler gets the database (a read, or a write whose service opens its transaction). */
export function route<S extends RouteSpec>(
  address: Address,
  summary: string,
  spec: S,
  handle: (input: RouteInput<S>) => Output<S>,
): TableRoute {
  return entry('route', address, summary, spec, handle);
}

/** A write whose handler runs in one transaction (load, authorise, command, audit, present). */
export function command<S extends RouteSpec>(
  address: Address,
  summary: string,
  spec: S,
  handle: (input: Omit<RouteInput<S>, 'db'> & { tx: Transaction }) => Output<S>,
): TableRoute {
  return entry('command', address, summary, spec, (input: RouteInput<S>) =>
    input.db.transaction((tx) => handle({ ...input, tx })),
  );
}

/** A signed-in route that needs fastify's request or reply (files, uploads, cookies, redirects, streams). */
export function raw<S extends RouteSpec>(
  address: Address,
  summary: string,
  spec: S,
  handle: (input: RawInput<S>) => Promise<unknown>,
): TableRoute {
  return entry('raw', address, summary, spec, handle);
}

/** A route open without a session (sign-in and its links): no actor. */
export function open<S extends RouteSpec>(
  address: Address,
  summary: string,
  spec: S,
  handle: (input: Omit<RawInput<S>, 'actor'>) => Promise<unknown>,
): TableRoute {
  return entry('open', address, summary, { ...spec, config: { ...spec.config, public: true } }, handle);
}

/**
 * A handler that changes the row its path names (`params[key]`) through `write`, with the request's
 * body, then answers with that row as `read` presents it afterwards: the view the writer now sees.
 */
export function writeThenRead<K extends string, B, V>(
  key: K,
  write: (db: Database, actor: Actor, id: string, body: B) => Promise<unknown>,
  read: (db: Database, actor: Actor, id: string) => Promise<V>,
): (input: { db: Database; actor: Actor; params: Record<K, string>; body: B }) => Promise<V> {
  return async ({ db, actor, params, body }) => {
    await write(db, actor, params[key], body);
    return read(db, actor, params[key]);
  };
}

/** The OpenAPI part of an entry, with its keys in the order the hand-written routes used. */
function schemaOf(tags: string[], { summary, spec }: TableRoute): FastifySchema {
  const schema: Record<string, unknown> = { tags: spec.tags ?? tags, summary };
  const { description, params, query, body, consumes, produces } = spec;
  Object.assign(schema, { description, params, querystring: query, body, consumes, produces });
  const response = Object.fromEntries(Object.entries(spec).filter(([key]) => /^\d+$/.test(key)));
  if (Object.keys(response).length > 0) schema.response = response;
  for (const key of Object.keys(schema)) if (schema[key] === undefined) delete schema[key];
  return schema;
}

/**
 * Registers a table of routes, in order, under `tags` unless an entry names its own. Each runs the fixed
 * chain: authenticate → validate (fastify, from the schemas) → the handler (in one transaction for a
 * command) → the declared status, unless the handler answered through `reply` and returned it.
 */
export function registerRoutes(app: FastifyInstance, tags: string[], routes: readonly TableRoute[]): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.deps;
  for (const table of routes) {
    const [method, url] = table.address.split(' ') as [Method, string];
    const { config, preHandler } = table.spec;
    const schema = schemaOf(tags, table);
    const status = Number(Object.keys(schema.response ?? {})[0] ?? 200);
    r.route({
      method,
      url,
      schema,
      ...(config && { config }),
      ...(preHandler && { preHandler }),
      handler: async (request, reply) => {
        const actor = table.kind === 'open' ? undefined : requireActor(request.actor);
        const { params, query, body } = request;
        const result = await table.run({ actor: actor!, params, query, body, db, request, reply });
        if (result === reply) return reply;
        return reply.status(status).send(status === 204 ? null : result);
      },
    });
  }
}
