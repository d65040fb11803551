import type { Ruleset } from '../model/period-schema';
import { type Facts, firedPredicates, predicateLabel } from './predicates';

export type UnitStatus = 'eligible' | 'excluded' | 'postponed';

export interface StatusOutcome {
  status: UnitStatus;
  reasons: string[];
  downgraded: boolean;
  downgradeReasons: string[];
}

/**
 * SPEC §7: excluded if any exclusion predicate holds, otherwise postponed if any postponement
 * holds, otherwise eligible; the reasons are the labels of the predicates that decided it. Downgrade
 * is reported whenever a downgrade predicate holds; it only matters for eligible units.
 */
export function decideStatus(ruleset: Ruleset, facts: Facts): StatusOutcome {
  const excluded = firedPredicates(ruleset.exclusions, facts);
  const postponed = firedPredicates(ruleset.postponements, facts);
  const downgrades = firedPredicates(ruleset.downgrades, facts);
  const status: UnitStatus =
    excluded.length > 0 ? 'excluded' : postponed.length > 0 ? 'postponed' : 'eligible';
  const deciding = status === 'excluded' ? excluded : status === 'postponed' ? postponed : [];
  return {
    status,
    reasons: deciding.map(predicateLabel),
    downgraded: downgrades.length > 0,
    downgradeReasons: downgrades.map(predicateLabel),
  };
}
