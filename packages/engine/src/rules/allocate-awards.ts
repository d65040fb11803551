import type { Decimal } from '../model/decimal';
import type { Award, Predicate } from '../model/period-schema';
import { type Facts, predicateHolds } from './predicates';

export interface AwardCandidate {
  final: Decimal;
  eligible: boolean;
  downgraded: boolean;
  facts: Facts;
}

/** Why a unit did or did not get an award, for the explanation. */
export type AwardNote =
  | { kind: 'awarded'; level: number; byVote: boolean; byPreference: boolean; preferenceLevels: number[] }
  | { kind: 'notEligible' }
  | { kind: 'belowLadder' }
  | { kind: 'downgradedOffLadder'; natural: number }
  | { kind: 'quotaFull'; levels: number[]; preferenceLevels: number[] }
  | { kind: 'noLevelBelowCeiling'; ceiling: number }
  | { kind: 'pendingVote'; level: number }
  | { kind: 'stopped'; level: number };

export interface PendingVote {
  award: string;
  places: number;
  units: number[];
}

export interface Allocation {
  award: (number | null)[];
  natural: (number | null)[];
  ceiling: (number | null)[];
  notes: AwardNote[];
  pendingVotes: PendingVote[];
  complete: boolean;
}

/** Whether a unit reaches an award's minimum score and meets its requirements. */
export function qualifiesFor(award: Award, unit: AwardCandidate): boolean {
  return unit.final.gte(award.minScore) && (award.requires ?? []).every((p) => predicateHolds(p, unit.facts));
}

/** The natural level (SPEC §7): the highest award on the ladder the unit qualifies for, or null. */
export function naturalLevel(ladder: readonly Award[], unit: AwardCandidate): number | null {
  const level = ladder.findIndex((award) => qualifiesFor(award, unit));
  return level === -1 ? null : level;
}

/** The ceiling: the natural level, or one level lower when downgraded (null when that leaves the ladder). */
export function ceilingLevel(ladder: readonly Award[], unit: AwardCandidate): number | null {
  const natural = naturalLevel(ladder, unit);
  if (natural === null || !unit.downgraded) return natural;
  return natural + 1 < ladder.length ? natural + 1 : null;
}

/**
 * Allocates the award ladder top-down within quotas (SPEC §7). Ties at the last place go by votes,
 * the units the tie preference holds for first (Nghị định 152/2025/NĐ-CP Art. 4.6); a group the
 * votes do not separate is pending: its units get nothing, allocation stops there and the result is
 * incomplete. Units not chosen at a level are candidates at the next level down.
 */
export function allocateAwards(
  ladder: readonly Award[],
  units: readonly AwardCandidate[],
  quotas: Readonly<Record<string, number>>,
  votesFor: (award: string, unit: number) => number,
  tiePreference?: Predicate,
): Allocation {
  const natural = units.map((u) => (u.eligible ? naturalLevel(ladder, u) : null));
  const ceiling = units.map((u) => (u.eligible ? ceilingLevel(ladder, u) : null));
  const award: (number | null)[] = units.map(() => null);
  const passedOver: number[][] = units.map(() => []);
  const wonByVote = units.map(() => false);
  const wonByPreference = units.map(() => false);
  const lostToPreference: number[][] = units.map(() => []);
  const preferred = (i: number) =>
    tiePreference !== undefined && predicateHolds(tiePreference, units[i]!.facts);
  const pendingVotes: PendingVote[] = [];
  let stoppedAt: number | null = null;
  let pendingUnits = new Set<number>();

  for (let level = 0; level < ladder.length && stoppedAt === null; level++) {
    const current = ladder[level]!;
    const candidates = units
      .map((u, i) => i)
      .filter((i) => award[i] === null && ceiling[i] !== null && ceiling[i]! <= level)
      .filter((i) => qualifiesFor(current, units[i]!))
      .sort((a, b) => units[b]!.final.comparedTo(units[a]!.final) || a - b);
    const quota = quotas[current.code];
    const chosen = pickWithinQuota(
      candidates,
      quota,
      (i) => units[i]!.final,
      (i) => votesFor(current.code, i),
      tiePreference === undefined ? undefined : preferred,
    );
    if (chosen.pending) {
      pendingVotes.push({ award: current.code, places: chosen.pending.places, units: chosen.pending.units });
      pendingUnits = new Set(chosen.pending.units);
      stoppedAt = level;
    }
    for (const i of chosen.awarded) award[i] = level;
    for (const i of candidates) if (award[i] === null && !pendingUnits.has(i)) passedOver[i]!.push(level);
    for (const i of chosen.byVote) wonByVote[i] = true;
    for (const i of chosen.byPreference ?? []) wonByPreference[i] = true;
    for (const i of chosen.yielded ?? []) if (award[i] === null) lostToPreference[i]!.push(level);
  }

  const notes = units.map((u, i): AwardNote => {
    const level = award[i] ?? null;
    if (level !== null) {
      return {
        kind: 'awarded',
        level,
        byVote: wonByVote[i]!,
        byPreference: wonByPreference[i]!,
        preferenceLevels: lostToPreference[i]!,
      };
    }
    if (!u.eligible) return { kind: 'notEligible' };
    if (pendingUnits.has(i)) return { kind: 'pendingVote', level: stoppedAt! };
    if (natural[i] === null) return { kind: 'belowLadder' };
    if (ceiling[i] === null) return { kind: 'downgradedOffLadder', natural: natural[i]! };
    if (passedOver[i]!.length > 0) {
      return { kind: 'quotaFull', levels: passedOver[i]!, preferenceLevels: lostToPreference[i]! };
    }
    if (stoppedAt !== null) return { kind: 'stopped', level: stoppedAt };
    return { kind: 'noLevelBelowCeiling', ceiling: ceiling[i]! };
  });
  return { award, natural, ceiling, notes, pendingVotes, complete: pendingVotes.length === 0 };
}

interface QuotaChoice {
  awarded: number[];
  /** Chosen by votes among tied units. */
  byVote: number[];
  /** Chosen because the tie preference holds for them (awarded outright or by votes among them). */
  byPreference?: number[];
  /** Tied units left out because enough preferred units took the places. */
  yielded?: number[];
  pending?: { places: number; units: number[] };
}

/**
 * Chooses up to `quota` of the ordered candidates. When the last place and the next share a score,
 * those tied units compete for the m remaining places. With a tie preference, the tied units it
 * holds for go first (SPEC §7): at least m of them take the m places among themselves by votes and
 * the others get nothing here; fewer are all chosen and the rest of the places go by votes among the
 * others. Votes: most first, input order among equal counts; if they do not separate the last place
 * of the group still competing from the next, that group alone is pending, with its places.
 */
export function pickWithinQuota(
  ordered: readonly number[],
  quota: number | undefined,
  scoreOf: (i: number) => Decimal,
  votesOf: (i: number) => number,
  preferred?: (i: number) => boolean,
): QuotaChoice {
  if (quota === undefined || ordered.length <= quota) return { awarded: [...ordered], byVote: [] };
  if (quota === 0) return { awarded: [], byVote: [] };
  const lastScore = scoreOf(ordered[quota - 1]!);
  if (!scoreOf(ordered[quota]!).eq(lastScore)) return { awarded: ordered.slice(0, quota), byVote: [] };
  const above = ordered.filter((i) => scoreOf(i).gt(lastScore));
  const tied = ordered.filter((i) => scoreOf(i).eq(lastScore));
  const places = quota - above.length;
  const first = preferred ? tied.filter(preferred) : [];
  const rest = tied.filter((i) => !first.includes(i));
  if (first.length >= places) {
    const chosen = voteAmong(first, places, votesOf);
    if (!chosen) return { awarded: above, byVote: [], pending: { places, units: first }, yielded: rest };
    const byVote = first.length > places ? chosen : [];
    return { awarded: [...above, ...chosen], byVote, byPreference: chosen, yielded: rest };
  }
  const remaining = places - first.length;
  const chosen = voteAmong(rest, remaining, votesOf);
  if (!chosen) {
    return {
      awarded: [...above, ...first],
      byVote: [],
      byPreference: first,
      pending: { places: remaining, units: rest },
    };
  }
  return { awarded: [...above, ...first, ...chosen], byVote: chosen, byPreference: first };
}

/** The `places` units of `group` with most votes, or null when the votes do not separate them. */
function voteAmong(
  group: readonly number[],
  places: number,
  votesOf: (i: number) => number,
): number[] | null {
  if (group.length <= places) return [...group];
  const byVotes = [...group].sort((a, b) => votesOf(b) - votesOf(a) || a - b);
  if (votesOf(byVotes[places - 1]!) === votesOf(byVotes[places]!)) return null;
  return byVotes.slice(0, places);
}
