import type { Database, Transaction } from '@thidua/db';
import { AppError } from '../../http/errors';
import { findIssuedVersionMeta, loadIssuedRevision } from '../criteria/issued';

/** An award of a ruleset's ladder, as the API names it. */
export interface AwardRef {
  code: string;
  name: string;
}

/** The cluster's latest issued criteria revision: the one quotas, votes and proposals are checked against. */
export interface IssuedRuleset {
  versionId: string;
  ruleset: Record<string, unknown>;
  /** The award ladder (`ruleset.awards`), highest first. */
  awards: AwardRef[];
}

/**
 * The ruleset's award ladder, highest first. The issued revision's ruleset is validated (criteria/issued.ts);
 * rows read in bulk with a proposal (documents) carry the stored jsonb, so it is read defensively here
 * rather than trusted by a cast.
 */
export function awardsOf(ruleset: unknown): AwardRef[] {
  const awards = (ruleset as { awards?: unknown } | null)?.awards;
  if (!Array.isArray(awards)) return [];
  return awards.flatMap((a: unknown) => {
    const { code, name } = (a ?? {}) as { code?: unknown; name?: unknown };
    return typeof code === 'string' ? [{ code, name: typeof name === 'string' ? name : code }] : [];
  });
}

/** The latest issued revision of a cluster's criteria (criteria/issued.ts), or null before any is issued. */
export async function loadIssuedRuleset(
  db: Database | Transaction,
  clusterId: string,
): Promise<IssuedRuleset | null> {
  const meta = await findIssuedVersionMeta(db, clusterId);
  if (!meta) return null;
  const { ruleset, index } = await loadIssuedRevision(db, meta);
  return { versionId: meta.id, ruleset, awards: awardsOf(index.ruleset) };
}

/** Same, but a cluster without issued criteria cannot have quotas, tie-break votes or proposals yet. */
export async function requireIssuedRuleset(
  db: Database | Transaction,
  clusterId: string,
): Promise<IssuedRuleset> {
  const issued = await loadIssuedRuleset(db, clusterId);
  if (!issued) throw new AppError('NO_ISSUED_CRITERIA');
  return issued;
}

/** "không có trong bộ tiêu chí đã ban hành của cụm, khối (các mã: CO_TP, BK_TP)". */
export function unknownAwardMessage(issued: IssuedRuleset): string {
  const codes = issued.awards.map((a) => a.code).join(', ');
  return codes
    ? `không có trong bộ tiêu chí đã ban hành của cụm, khối (các mã hợp lệ: ${codes})`
    : 'bộ tiêu chí đã ban hành của cụm, khối không có hình thức khen thưởng nào';
}
