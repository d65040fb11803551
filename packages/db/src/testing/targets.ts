import { afterAll, beforeAll } from 'vitest';
import { openDatabase, type Database, type DatabaseKind, type OpenedDatabase } from '../connect';

/** A database a suite runs against. */
export interface DatabaseTestTarget {
  name: DatabaseKind;
  open(): Promise<OpenedDatabase>;
}

/**
 * The databases to run a suite on: an in-memory PGlite always, and the PostgreSQL of env DATABASE_URL
 * when it is set (CI sets it). Use with `describe.each(databaseTestTargets())('$name', …)`.
 */
export function databaseTestTargets(env: NodeJS.ProcessEnv = process.env): DatabaseTestTarget[] {
  const targets: DatabaseTestTarget[] = [
    { name: 'pglite', open: () => openDatabase({ dataDir: 'memory://' }) },
  ];
  const url = env.DATABASE_URL;
  if (url) targets.push({ name: 'postgres', open: () => openDatabase({ url }) });
  return targets;
}

/**
 * Opens the target once for the enclosing describe block (a fresh PGlite costs ~2 s and ~0.7 GB, so
 * tests share it and isolate themselves by building their own council) and closes it afterwards.
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
