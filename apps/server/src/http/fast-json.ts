import fastJson from 'fast-json-stringify';
import { z } from 'zod';

// Large responses (the scoring sheet: units × criteria × four layers) are written by a serialiser
// compiled once from their zod schema — the same schema the route declares and the OpenAPI document
// shows — instead of being checked against the schema on every read: only the schema's fields are
// written, in its order. Under tests (vitest) or THIDUA_CHECK_RESPONSES=true each value is also checked
// against the zod schema and the text compared with what the zod serialiser would have written, so a
// response that leaves its contract fails a test instead of reaching a client.

type JsonSchema = { [key: string]: unknown };

const CHECK = process.env.VITEST !== undefined || process.env.THIDUA_CHECK_RESPONSES === 'true';

/** `anyOf: [X, {type: null}]` (zod's nullable) as `X` with `nullable: true`, which the compiler knows. */
function withNullable(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(withNullable);
  if (schema === null || typeof schema !== 'object') return schema;
  const node = schema as JsonSchema;
  const anyOf = node.anyOf as JsonSchema[] | undefined;
  if (anyOf?.length === 2 && anyOf.some((s) => s.type === 'null')) {
    const rest = Object.fromEntries(Object.entries(node).filter(([k]) => k !== 'anyOf'));
    const other = anyOf.find((s) => s.type !== 'null')!;
    return { ...rest, ...(withNullable(other) as JsonSchema), nullable: true };
  }
  return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, withNullable(v)]));
}

/** The JSON Schema fast-json-stringify compiles for a zod schema's output. */
export function fastJsonSchemaOf(schema: z.ZodType): JsonSchema {
  const json = z.toJSONSchema(schema, { target: 'draft-7', io: 'output' }) as JsonSchema;
  delete json.$schema;
  return withNullable(json) as JsonSchema;
}

/** A serialiser of `schema`'s values to JSON text, compiled once (see above). */
export function fastJsonSerializer<T extends z.ZodType>(schema: T): (value: z.output<T>) => string {
  const write: (value: unknown) => string = fastJson(fastJsonSchemaOf(schema));
  if (!CHECK) return write;
  return (value) => {
    const text = write(value);
    const expected = JSON.stringify(schema.parse(value));
    if (text !== expected) {
      throw new Error(
        `The compiled JSON writer differs from the zod schema:\n${text.slice(0, 400)}\n${expected.slice(0, 400)}`,
      );
    }
    return text;
  };
}
