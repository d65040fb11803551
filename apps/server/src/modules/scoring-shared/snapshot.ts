import type { Database, Transaction } from '@thidua/db';

/**
 * Runs a read of several queries on one snapshot (REPEATABLE READ, read-only), so a period file, a
 * result or a sheet never mixes data from before and after a concurrent write, and the cluster's data
 * version read by its access statement names exactly the data the read sees.
 */
export function onSnapshot<T>(db: Database, read: (tx: Transaction) => Promise<T>): Promise<T> {
  return db.transaction(read, { isolationLevel: 'repeatable read', accessMode: 'read only' });
}
