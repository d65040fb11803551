/**
 * The error body of a refused request (the error catalogue's shape, apps/server/src/http/errors.ts).
 * Free of vitest, so the browser tests (e2e/) read refusals with the same type.
 */
export interface ErrorJson {
  error: { code: string; message: string; fields?: { path: string; message: string }[] };
}
