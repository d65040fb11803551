import { AppError } from '../../http/errors';
import { CRITERIA_MSG as M } from './messages';

/**
 * Only the latest revision may be revised, so revisions form one line: `latest` is the highest
 * revision stored beside `revision` (CRITERIA_STATUS naming it when it is newer).
 */
export function assertLatestRevision(latest: number | null | undefined, revision: number): void {
  const latestRevision = latest ?? revision;
  if (latestRevision > revision) throw new AppError('CRITERIA_STATUS', M.newerRevision(latestRevision));
}
