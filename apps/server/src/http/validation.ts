import { describeIssue } from '@thidua/engine';
import type { FastifySchemaCompiler } from 'fastify';
import type { z } from 'zod';
import { AppError, type FieldError } from './errors';

const PART_NAMES: Record<string, string> = {
  body: 'body',
  querystring: 'query',
  params: 'params',
  headers: 'headers',
};

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let current = root;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/** `['entries', 3, 'points']` under `body` → `body.entries[3].points`. */
export function fieldPath(part: string, path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : `${out}.${String(key)}`),
    part,
  );
}

/** Zod issues as field errors with Vietnamese messages that name the field and the value received. */
export function zodFieldErrors(error: z.ZodError, input: unknown, part: string): FieldError[] {
  return error.issues.map((issue) => ({
    path: fieldPath(part, issue.path),
    message: describeIssue(issue, valueAt(input, issue.path)),
  }));
}

/**
 * Fastify's validator for zod schemas: a failure becomes our VALIDATION error, so every refused
 * request says, in Vietnamese, which field is wrong and why.
 */
export const validatorCompiler: FastifySchemaCompiler<z.ZodType> =
  ({ schema, httpPart }) =>
  (data) => {
    const result = schema.safeParse(data);
    if (result.success) return { value: result.data };
    const part = PART_NAMES[httpPart ?? 'body'] ?? 'body';
    return { error: new AppError('VALIDATION', undefined, zodFieldErrors(result.error, data, part)) };
  };
