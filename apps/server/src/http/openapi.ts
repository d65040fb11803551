import type { SwaggerTransformObject } from '@fastify/swagger';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import { ERRORS, type ErrorCode } from './errors';

/**
 * The OpenAPI contract, completed in one place rather than route by route: every operation of
 * `/api/v1` gets an `operationId` (from its method and path), the security it really needs (the
 * session cookie; the CSRF header as well for writes; none for public routes such as sign-in) and
 * its error responses, all with the one error body of `errors.ts`. Checked by
 * `test/openapi-contract.test.ts` (Redocly's recommended rules, and a client generated from the
 * document with openapi-typescript).
 */

type TransformInput = Parameters<typeof jsonSchemaTransform>[0];
type Operation = {
  operationId?: string;
  security?: Record<string, string[]>[];
  requestBody?: { content?: Record<string, unknown> };
  responses?: Record<string, unknown>;
  [key: string]: unknown;
};
type OpenApiObject = {
  paths?: Record<string, Record<string, Operation>>;
  components?: Record<string, Record<string, unknown> | undefined>;
  [key: string]: unknown;
};

/** What the document alone does not say about a route: read from its Fastify options. */
interface RouteFacts {
  public: boolean;
  rateLimited: boolean;
}

export const SECURITY_SCHEMES = {
  session: {
    type: 'apiKey',
    in: 'cookie',
    name: 'thidua_session',
    description: 'Phiên đăng nhập: cookie do `POST /api/v1/auth/login` đặt.',
  },
  csrf: {
    type: 'apiKey',
    in: 'header',
    name: 'x-csrf-token',
    description: 'Mã chống giả mạo (`csrfToken` trả về khi đăng nhập): bắt buộc cho mọi thao tác ghi.',
  },
} as const;

const SAFE_METHODS = new Set(['get', 'head', 'options']);
const HTTP_METHODS = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);

/** The one error body, `{ error: { code, message, fields? } }` (ErrorBody in errors.ts). */
export const ERROR_SCHEMA = {
  type: 'object',
  required: ['error'],
  additionalProperties: false,
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message'],
      additionalProperties: false,
      properties: {
        code: { type: 'string', enum: Object.keys(ERRORS) },
        message: { type: 'string', description: 'Thông báo tiếng Việt để hiển thị cho người dùng.' },
        fields: {
          type: 'array',
          description: 'Từng trường dữ liệu không hợp lệ (lỗi VALIDATION).',
          items: {
            type: 'object',
            required: ['path', 'message'],
            additionalProperties: false,
            properties: { path: { type: 'string' }, message: { type: 'string' } },
          },
        },
      },
    },
  },
} as const;

const codesOf = (status: number) =>
  (Object.keys(ERRORS) as ErrorCode[]).filter((code) => ERRORS[code].status === status);

/** One reusable response per error status, naming the codes that status carries. */
function errorResponse(status: number) {
  return {
    description: `Lỗi (mã: ${codesOf(status).join(', ')}).`,
    content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
  };
}

/** `PUT /api/v1/clusters/{clusterId}/entries/{code}` → `putClustersByClusterIdEntriesByCode`. */
export function operationIdOf(method: string, path: string): string {
  const words = path
    .replace(/^\/api\/v1\//, '')
    .split('/')
    .filter(Boolean)
    .flatMap((segment) => {
      const param = /^\{(.+)\}$/.exec(segment);
      const parts = (param ? param[1]! : segment).split(/[^A-Za-z0-9]+/).filter(Boolean);
      return param ? ['by', ...parts] : parts;
    });
  return [method.toLowerCase(), ...words.map((w) => w[0]!.toUpperCase() + w.slice(1))].join('');
}

/** Fastify's `:param` pattern as the document writes it (`{param}`). */
const documentPath = (url: string) => url.replace(/:([A-Za-z0-9_]+)/g, '{$1}');

/**
 * OpenAPI 3.0 ignores `nullable` without a `type` (zod writes it beside `anyOf` for a nullable
 * union): carry it into each typed branch instead, which says the same and is valid.
 */
function nullableOnBranches(node: unknown): void {
  if (Array.isArray(node)) {
    for (const item of node) nullableOnBranches(item);
    return;
  }
  if (node === null || typeof node !== 'object') return;
  const schema = node as Record<string, unknown>;
  const branches = schema.anyOf ?? schema.oneOf;
  const typed = Array.isArray(branches)
    ? (branches as Record<string, unknown>[]).filter((branch) => branch.type !== undefined)
    : [];
  if (schema.nullable === true && schema.type === undefined && typed.length > 0) {
    delete schema.nullable;
    for (const branch of typed) branch.nullable = true;
  }
  for (const value of Object.values(schema)) nullableOnBranches(value);
}

/** The `transform` and `transformObject` options of @fastify/swagger, sharing what routes said. */
export function openapiContract() {
  const facts = new Map<string, RouteFacts>();

  function transform(input: TransformInput) {
    const result = jsonSchemaTransform(input);
    const config = (input.route.config ?? {}) as { public?: boolean; rateLimit?: unknown };
    facts.set(documentPath(input.url), {
      public: config.public === true,
      rateLimited: config.rateLimit !== undefined && config.rateLimit !== false,
    });
    return result;
  }

  const transformObject: SwaggerTransformObject = (document) => {
    if (!('openapiObject' in document)) return document.swaggerObject;
    const doc = document.openapiObject as OpenApiObject;
    const statuses = new Set<number>();
    for (const [path, item] of Object.entries(doc.paths ?? {})) {
      const route = facts.get(path) ?? { public: false, rateLimited: false };
      for (const [method, operation] of Object.entries(item)) {
        if (!HTTP_METHODS.has(method)) continue;
        operation.operationId ??= operationIdOf(method, path);
        const safe = SAFE_METHODS.has(method);
        operation.security ??= route.public ? [] : [safe ? { session: [] } : { session: [], csrf: [] }];
        const errors = [400, 404, 500];
        if (!route.public || path.endsWith('/auth/login')) errors.push(401);
        if (!route.public) errors.push(403);
        if (!safe) errors.push(409);
        if (route.rateLimited) errors.push(429);
        if (operation.requestBody?.content?.['multipart/form-data']) errors.push(413, 415);
        if (path.endsWith('/auth/login')) errors.push(403, 423);
        operation.responses ??= {};
        for (const status of errors.sort()) {
          if (codesOf(status).length === 0) continue;
          statuses.add(status);
          operation.responses[String(status)] ??= { $ref: `#/components/responses/Error${status}` };
        }
      }
    }
    nullableOnBranches(doc.paths);
    nullableOnBranches(doc.components?.schemas);
    const responses = Object.fromEntries(
      [...statuses].sort().map((status) => [`Error${status}`, errorResponse(status)]),
    );
    return {
      ...doc,
      servers: [{ url: '/', description: 'Máy chủ đang phục vụ tài liệu này' }],
      components: {
        ...doc.components,
        securitySchemes: { ...doc.components?.securitySchemes, ...SECURITY_SCHEMES },
        schemas: { ...doc.components?.schemas, Error: ERROR_SCHEMA },
        responses: { ...doc.components?.responses, ...responses },
      },
    } as ReturnType<SwaggerTransformObject>;
  };

  return { transform, transformObject };
}
