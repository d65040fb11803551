import { useCallback, useEffect } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { useCouncils } from '../api/organisation';
import { type ClusterSummary, type Period, useClusters, usePeriods } from '../api/periods';
import type { Council } from '../api/types';
import { useWorkplaces } from '../api/workplaces';
import { useSignedIn } from '../auth/require-session';
import { managesCouncil } from '../auth/roles';
import { rememberChoice, rememberedChoice } from './remembered-choice';
import {
  type ChoiceRules,
  resolveCluster,
  resolvePeriod,
  SEATS_AND_FOLLOWER,
  type WantedChoice,
  type Workplace,
} from './work-choice';

export interface WorkChoiceOptions {
  /** Roles in a cluster that open it on this screen (default: a seat or following it). */
  accept?: ChoiceRules['accept'];
  /** Which of them the screen opens first (default: `accept`'s order). */
  prefer?: ChoiceRules['prefer'];
  /** The screen's own choices besides the clusters (values kept in `?cum=`, e.g. the council's meetings). */
  extraClusterValues?: readonly string[];
  /**
   * Offer every period of the council, still opening on the user's own (the dossiers: a unit may file in
   * a period where it sits in no cluster).
   */
  everyPeriod?: boolean;
}

/** The council, period and cluster a screen works on, and how to change them. */
export interface WorkChoice<C extends ClusterSummary> {
  councilId: string;
  council: Council | undefined;
  councils: Council[];
  councilsLoading: boolean;
  councilsError: unknown;
  periods: ReturnType<typeof usePeriods>;
  periodOptions: Period[];
  period: Period | undefined;
  clusters: ReturnType<typeof useClusters<C>>;
  clusterOptions: C[];
  /** The chosen cluster's id, or one of the screen's extra values. */
  clusterValue: string | undefined;
  cluster: C | undefined;
  workplaces: Workplace[];
  /** The unit ids the user works for in this council. */
  ownUnitIds: Set<string>;
  councilWide: boolean;
  /** Periods, workplaces or clusters still loading. */
  loading: boolean;
  error: unknown;
  retry: () => void;
  choose: (changes: { ky?: string; cum?: string }) => void;
}

/**
 * The one way every council screen chooses its period and cluster (issue #11 §4): the address's
 * `?ky=…&cum=…` when the user may open them; else the user's last choice in this council (so it survives
 * menu clicks); else where the user works — the period running today among those where one of their
 * units sits, follows or scores, and that cluster. The choice is written into the address (a link or a
 * reload opens the same), and a unit's staff are offered only the periods and clusters they work in.
 */
export function useWorkChoice<C extends ClusterSummary = ClusterSummary>(
  options: WorkChoiceOptions = {},
): WorkChoice<C> {
  const { councilId = '' } = useParams();
  const session = useSignedIn();
  const [search, setSearch] = useSearchParams();
  const councils = useCouncils();
  const council = councils.data?.find((c) => c.id === councilId);
  const councilWide = managesCouncil(session, council) || Boolean(council?.roles.includes('councilMember'));
  const accept = options.accept ?? SEATS_AND_FOLLOWER;
  const rules: ChoiceRules = { councilWide, accept, prefer: options.prefer ?? accept };
  const periods = usePeriods(council?.id);
  const workplaces = useWorkplaces(council?.id);
  const places = workplaces.data ?? [];
  const remembered = rememberedChoice(session.user.id, councilId);
  const wanted: WantedChoice[] = [{ ky: search.get('ky'), cum: search.get('cum') }, remembered];
  const ready = Boolean(periods.data && workplaces.data);
  const { options: periodOptions, period } = ready
    ? resolvePeriod(
        periods.data!,
        places,
        { ...rules, councilWide: councilWide || Boolean(options.everyPeriod) },
        wanted,
      )
    : { options: [], period: undefined };
  const clusters = useClusters<C>(period?.id);
  const resolved =
    period && clusters.data
      ? resolveCluster(period.id, clusters.data, places, rules, wanted, options.extraClusterValues)
      : { options: [] as C[], value: undefined, cluster: undefined };

  // The address always says what is shown (kept when it already does; other parameters untouched).
  const shownPeriod = period?.id;
  const shownCluster = resolved.value;
  useEffect(() => {
    if (!shownPeriod) return;
    setSearch(
      (current) => {
        if (current.get('ky') === shownPeriod && (!shownCluster || current.get('cum') === shownCluster))
          return current;
        const next = new URLSearchParams(current);
        next.set('ky', shownPeriod);
        if (shownCluster) next.set('cum', shownCluster);
        return next;
      },
      { replace: true },
    );
  }, [shownPeriod, shownCluster, setSearch]);

  const userId = session.user.id;
  const choose = useCallback(
    (changes: { ky?: string; cum?: string }) => {
      // A new period or cluster: what the screen had opened inside the old one goes.
      const ky = changes.ky ?? search.get('ky');
      const cum = changes.ky !== undefined ? changes.cum : (changes.cum ?? search.get('cum'));
      rememberChoice(userId, councilId, { ky: ky ?? null, cum: cum ?? null });
      const next = new URLSearchParams();
      if (ky) next.set('ky', ky);
      if (cum) next.set('cum', cum);
      setSearch(next, { replace: true });
    },
    [search, setSearch, userId, councilId],
  );

  const ownUnitIds = new Set(
    session.memberships.flatMap((m) => (m.councilId === councilId && m.unitId ? [m.unitId] : [])),
  );
  return {
    councilId,
    council,
    councils: councils.data ?? [],
    councilsLoading: councils.isPending,
    councilsError: councils.error,
    periods,
    periodOptions,
    period,
    clusters,
    clusterOptions: resolved.options,
    clusterValue: resolved.value,
    cluster: resolved.cluster,
    workplaces: places,
    ownUnitIds,
    councilWide,
    loading: periods.isPending || workplaces.isPending || (Boolean(period) && clusters.isPending),
    error: periods.error ?? workplaces.error ?? clusters.error,
    retry: () => {
      void periods.refetch();
      void workplaces.refetch();
      void clusters.refetch();
    },
    choose,
  };
}
