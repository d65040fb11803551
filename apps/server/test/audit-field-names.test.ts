import * as schema from '@thidua/db';
import { describeChanges } from '@thidua/vocabulary';
import { getTableColumns, is } from 'drizzle-orm';
import { PgTable } from 'drizzle-orm/pg-core';
import { describe, expect, it } from 'vitest';

// The modules write whole rows into the audit log's old and new values; a reader sees each field by its
// Vietnamese name (issue #11 §3). Every column of every table the log can hold is named, or hidden as
// bookkeeping — so a column added later without a name fails here, not in front of a user.

/**
 * Tables never written into the log: the log itself, sign-in bookkeeping (sessions, failures, the request
 * limits' counters), the results' cache counter, and
 * notifications with their e-mail outbox (what an audited event told people, not a change of data).
 */
const NOT_AUDITED = new Set([
  'auditLog',
  'sessions',
  'loginFailures',
  'rateLimitWindows',
  'clusterDataVersions',
  'notifications',
  'mailOutbox',
]);

const tables = Object.entries(schema as Record<string, unknown>).flatMap(([name, value]) =>
  is(value as object, PgTable) && !NOT_AUDITED.has(name) ? [[name, value as PgTable] as const] : [],
);

describe('every field the audit log can show has its Vietnamese name', () => {
  it('finds the tables', () => {
    expect(tables.length).toBeGreaterThan(30);
  });

  it.each(tables)('%s', (_, table) => {
    const unnamed = Object.keys(getTableColumns(table)).filter((column) =>
      // Shown (not hidden as bookkeeping) under its own code instead of a name.
      describeChanges(null, { [column]: 'x' }).some((change) => change.label === column),
    );
    expect(unnamed).toEqual([]);
  });
});
