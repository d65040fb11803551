import { AppError } from './errors';

/**
 * Optimistic concurrency: every update says which version it edits (`WHERE id = … AND version = …`,
 * incrementing it). No row updated means someone else saved first: 409 with a clear message.
 */
export function assertUpdated<T>(rows: T[]): T {
  const row = rows[0];
  if (row === undefined) throw new AppError('STALE');
  return row;
}

export { versionField } from '@thidua/contracts/primitives';
