import { describeIssue } from '@thidua/engine';
import type { FastifySchemaCompiler } from 'fastify';
import type { z } from 'zod';
import { AppError, type FieldError } from './errors';
import { textProblem } from './schemas';

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
 * The first string with forbidden characters (control, bidi override, a lone surrogate) or number that
 * is not finite anywhere in a request part, as a field error: one rule for every route, before its
 * own schema, so a NUL byte never reaches the database.
 */
export function unsafeInput(data: unknown, part: string): FieldError | null {
  const walk = (value: unknown, path: PropertyKey[], depth: number): FieldError | null => {
    if (typeof value === 'string') {
      const problem = textProblem(value);
      return problem ? { path: fieldPath(part, path), message: problem } : null;
    }
    if (typeof value === 'number' && !Number.isFinite(value)) {
      return { path: fieldPath(part, path), message: 'phải là một số hữu hạn (số quá lớn)' };
    }
    if (value === null || typeof value !== 'object' || depth > 64) return null;
    for (const [key, item] of Object.entries(value)) {
      const keyProblem = textProblem(key);
      if (keyProblem) return { path: fieldPath(part, path), message: `tên trường ${keyProblem}` };
      const found = walk(item, [...path, Array.isArray(value) ? Number(key) : key], depth + 1);
      if (found) return found;
    }
    return null;
  };
  return walk(data, [], 0);
}

/**
 * Fastify's validator for zod schemas: a failure becomes our VALIDATION error, so every refused
 * request says, in Vietnamese, which field is wrong and why.
 */
export const validatorCompiler: FastifySchemaCompiler<z.ZodType> =
  ({ schema, httpPart }) =>
  (data) => {
    const part = PART_NAMES[httpPart ?? 'body'] ?? 'body';
    if (part !== 'headers') {
      const unsafe = unsafeInput(data, part);
      if (unsafe) return { error: new AppError('VALIDATION', undefined, [unsafe]) };
    }
    const result = schema.safeParse(data);
    if (result.success) return { value: result.data };
    return { error: new AppError('VALIDATION', undefined, zodFieldErrors(result.error, data, part)) };
  };
