import { awardName } from '@thidua/vocabulary';
import { createContext, type ReactNode, useCallback, useContext } from 'react';
import { useIssuedRuleset } from '../adjustments/api';
import type { UnitResult } from './types';

// The result document carries award codes (CO_T, BK_CT); people read the ladder's names. The cluster's
// issued ruleset names its awards, the vocabulary knows the built-in ones, the code is the last resort.

type NameOf = (code: string) => string;

const AwardNames = createContext<NameOf>((code) => awardName(code));

/** Names the awards of one cluster for every result cell below it. */
export function AwardNamesProvider({
  clusterId,
  children,
}: {
  clusterId: string | undefined;
  children: ReactNode;
}) {
  const ruleset = useIssuedRuleset(clusterId);
  const rules = ruleset.data?.ruleset;
  const nameOf = useCallback<NameOf>((code) => awardName(code, rules), [rules]);
  return <AwardNames.Provider value={nameOf}>{children}</AwardNames.Provider>;
}

/** `CO_T` → "Cờ thi đua của UBND tỉnh" (the cluster's own name when its ruleset gives one). */
export function useAwardName(): NameOf {
  return useContext(AwardNames);
}

/**
 * A unit whose figures or eligibility facts are not all in: its status and award are what the engine
 * computes from the data at hand (SPEC §7–§8, unchanged), shown as provisional ("Chưa đủ số liệu").
 */
export function isIncomplete(result: Pick<UnitResult, 'missing' | 'missingFacts'>): boolean {
  return result.missing.length > 0 || result.missingFacts.length > 0;
}
