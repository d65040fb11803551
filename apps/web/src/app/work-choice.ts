import type { WorkplaceRole } from '@thidua/vocabulary';
import { defaultPeriod, type PeriodSpan } from './default-period';

/** A cluster where the user works (`GET /councils/:id/my-clusters`): the contract's. */
export type { WorkplaceView as Workplace } from '@thidua/contracts/periods-clusters';
import type { WorkplaceView as Workplace } from '@thidua/contracts/periods-clusters';

/** The period and cluster asked for: by the address first, then by the user's last choice. */
export interface WantedChoice {
  ky: string | null;
  cum: string | null;
}

/**
 * What a screen opens for whom. `accept`: the roles in a cluster that let a unit's staff open it here
 * (the server refuses the others); `prefer`: which of those the screen opens first (a focal department's
 * grid opens on a cluster it scores, its ranking on its own block). Council-wide readers (standing
 * office, council members, administrators) may open every cluster.
 */
export interface ChoiceRules {
  councilWide: boolean;
  accept: readonly WorkplaceRole[];
  prefer: readonly WorkplaceRole[];
}

export const SEATS_AND_FOLLOWER: readonly WorkplaceRole[] = ['leader', 'deputy', 'member', 'follower'];
export const WITH_FOCAL: readonly WorkplaceRole[] = [...SEATS_AND_FOLLOWER, 'focal'];

function accepted(workplaces: readonly Workplace[], rules: ChoiceRules): Workplace[] {
  return workplaces.filter((w) => w.roles.some((r) => rules.accept.includes(r)));
}

/**
 * The periods a screen offers and the one it shows: the wanted one when offered; else the one running
 * today among those where the user works (any period for a council-wide reader without a cluster of
 * their own) — a school opens on its school year, a ward on the calendar year.
 */
export function resolvePeriod<P extends PeriodSpan & { id: string }>(
  periods: readonly P[],
  workplaces: readonly Workplace[],
  rules: ChoiceRules,
  wanted: readonly WantedChoice[],
  today?: string,
): { options: P[]; period: P | undefined } {
  const mine = new Set(accepted(workplaces, rules).map((w) => w.periodId));
  const options = rules.councilWide ? [...periods] : periods.filter((p) => mine.has(p.id));
  const asked = wanted.map((w) => options.find((p) => p.id === w.ky)).find(Boolean);
  const period =
    asked ??
    defaultPeriod(
      options.filter((p) => mine.has(p.id)),
      today,
    ) ??
    defaultPeriod(options, today);
  return { options, period };
}

/**
 * The clusters of the period a screen offers and the one it shows: the wanted one when offered (or one
 * of the screen's own extra choices, such as the council's meetings); else the user's own cluster by the
 * screen's preference; else the first.
 */
export function resolveCluster<C extends { id: string }>(
  periodId: string,
  clusters: readonly C[],
  workplaces: readonly Workplace[],
  rules: ChoiceRules,
  wanted: readonly WantedChoice[],
  extraValues: readonly string[] = [],
): { options: C[]; value: string | undefined; cluster: C | undefined } {
  const rank = (w: Workplace) =>
    Math.min(
      ...w.roles.map((r) => (rules.prefer.includes(r) ? rules.prefer.indexOf(r) : rules.prefer.length)),
    );
  const mine = accepted(workplaces, rules).filter((w) => w.periodId === periodId);
  const own = new Map(mine.map((w) => [w.clusterId, rank(w)]));
  const options = rules.councilWide ? [...clusters] : clusters.filter((c) => own.has(c.id));
  const offered = (id: string | null) =>
    Boolean(id && (options.some((c) => c.id === id) || extraValues.includes(id)));
  // The user's own cluster the screen prefers; among equals, the first in the list (by code).
  const best = options.reduce<C | undefined>(
    (a, c) => (own.has(c.id) && (!a || own.get(c.id)! < own.get(a.id)!) ? c : a),
    undefined,
  );
  const value = wanted.map((w) => w.cum).find(offered) ?? best?.id ?? options[0]?.id;
  return { options, value: value ?? undefined, cluster: options.find((c) => c.id === value) };
}

/** The role the header names for a unit's staff in a cluster (a seat said the cluster's way). */
export function contextualRole(
  place: Workplace | undefined,
): 'leader' | 'deputy' | 'focal' | 'member' | undefined {
  if (!place) return undefined;
  return (['leader', 'deputy', 'focal', 'member'] as const).find((r) => place.roles.includes(r));
}
