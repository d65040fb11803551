import { afterAll, beforeAll, inject } from 'vitest';
import { openDatabase, type Database, type DatabaseKind, type OpenedDatabase } from '../connect';
import { openFromPgliteTemplate } from './template';

/** A database a suite runs against. */
export interface DatabaseTestTarget {
  name: DatabaseKind;
  open(): Promise<OpenedDatabase>;
}

/**
 * A fresh, migrated, in-memory PGlite: a copy of the run's template when vitest's globalSetup made one
 * (packages/db/src/testing/global-setup.ts), else an empty PGlite migrated now (~3 s).
 */
export function openTestPglite(): Promise<OpenedDatabase> {
  const template = inject('pgliteTemplate');
  return template ? openFromPgliteTemplate(template) : openDatabase({ dataDir: 'memory://' });
}

/**
 * The databases to run a suite on: an in-memory PGlite always, and the PostgreSQL of env DATABASE_URL
 * when it is set (CI sets it). Use with `describe.each(databaseTestTargets())('$name', …)`.
 */
export function databaseTestTargets(env: NodeJS.ProcessEnv = process.env): DatabaseTestTarget[] {
  const targets: DatabaseTestTarget[] = [{ name: 'pglite', open: openTestPglite }];
  const url = env.DATABASE_URL;
  if (url) targets.push({ name: 'postgres', open: () => openDatabase({ url }) });
  return targets;
}

/**
 * Opens the target once for the enclosing describe block (even from the template a PGlite costs
 * ~0.5 s and ~0.7 GB, so tests share it and isolate themselves by building their own council) and closes it afterwards.
 * Returns a getter, valid inside tests and hooks.
 */
export function useTestDatabase(target: DatabaseTestTarget): () => Database {
  let opened: OpenedDatabase | undefined;
  beforeAll(async () => {
    opened = await target.open();
  }, 120_000);
  afterAll(async () => {
    await opened?.close();
  });
  return () => {
    if (!opened) throw new Error(`the ${target.name} test database is not open (used outside a test?)`);
    return opened.db;
  };
}

/** Awaits `work`, expecting the database to refuse it, and returns the error (for `sqlStateOf`). */
export async function rejectionOf(work: Promise<unknown>): Promise<unknown> {
  try {
    await work;
  } catch (error) {
    return error;
  }
  throw new Error('expected the database to refuse, but it accepted');
}
