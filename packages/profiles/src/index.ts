/**
 * @thidua/profiles — the built-in rule profiles (SPEC §9): the rulesets of the source documents as
 * templates a council starts from. Profiles are shared and frozen: copy one (`structuredClone`)
 * before editing it.
 */
import { BA_DINH_2022_PROFILES } from './ba-dinh-2022';
import { BAC_GIANG_2022_PROFILES } from './bac-giang-2022';
import { LONG_BIEN_2023_PROFILES } from './long-bien-2023';
import type { Profile } from './types';

export type { DeadlineStage, Profile, ProfileDeadline, UnitType } from './types';
export { UNIT_TYPES } from './types';

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** Every built-in profile, in the order the UI lists them. */
export const PROFILES: readonly Profile[] = deepFreeze([
  ...BA_DINH_2022_PROFILES,
  ...LONG_BIEN_2023_PROFILES,
  ...BAC_GIANG_2022_PROFILES,
]);

/** The profile with this id, or undefined. */
export function findProfile(id: string): Profile | undefined {
  return PROFILES.find((profile) => profile.id === id);
}
