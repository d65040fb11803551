import { useEffect } from 'react';
import { matchPath, useLocation, useSearchParams } from 'react-router';
import { useCouncils } from '../api/organisation';
import type { Council } from '../api/types';
import { patterns } from '../app/paths';
import { usePeriods } from '../api/periods';
import { useWorkplaces } from '../api/workplaces';
import { rememberedChoice } from '../app/remembered-choice';
import { contextualRole, resolvePeriod, WITH_FOCAL, type Workplace } from '../app/work-choice';
import { useSignedIn } from '../auth/require-session';

const STORAGE_KEY = 'thidua.council';

function storedCouncil(): string | null {
  try {
    return window.localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

/**
 * The council the user is working in: the one in the address (a council's screen, or `?hoiDong=` on
 * the home page), else the last one chosen, else the first. Most users have exactly one.
 */
export interface CurrentCouncil {
  council: Council | undefined;
  councils: Council[];
  loading: boolean;
  error: unknown;
  retry: () => void;
}

export function useCurrentCouncil(): CurrentCouncil {
  const location = useLocation();
  const [search] = useSearchParams();
  const query = useCouncils();
  const councils = query.data ?? [];
  const wanted =
    matchPath(patterns.council, location.pathname)?.params.councilId ??
    search.get('hoiDong') ??
    storedCouncil();
  const council = councils.find((c) => c.id === wanted) ?? councils[0];

  useEffect(() => {
    if (!council) return;
    try {
      window.localStorage.setItem(STORAGE_KEY, council.id);
    } catch {
      // Private browsing may refuse storage; the first council is then the default.
    }
  }, [council]);

  return {
    council,
    councils,
    loading: query.isPending,
    error: query.error,
    retry: () => void query.refetch(),
  };
}

/**
 * The cluster the user is working in now, for the header's role: the one in the address or last chosen
 * when the user works there, else their place in the period the screens open on (leader before deputy,
 * focal department, member).
 */
export function useCurrentWorkplace(councilId: string | undefined): Workplace | undefined {
  const session = useSignedIn();
  const [search] = useSearchParams();
  const periods = usePeriods(councilId);
  const workplaces = useWorkplaces(councilId);
  if (!councilId || !periods.data || !workplaces.data) return undefined;
  const wanted = [
    { ky: search.get('ky'), cum: search.get('cum') },
    rememberedChoice(session.user.id, councilId),
  ];
  const asked = wanted.map((w) => workplaces.data.find((p) => p.clusterId === w.cum)).find(Boolean);
  if (asked) return asked;
  const rules = { councilWide: false, accept: WITH_FOCAL, prefer: WITH_FOCAL };
  const { period } = resolvePeriod(periods.data, workplaces.data, rules, wanted);
  const order = (p: Workplace) => ['leader', 'deputy', 'focal', 'member'].indexOf(contextualRole(p) ?? '');
  return workplaces.data
    .filter((p) => p.periodId === period?.id && contextualRole(p))
    .sort((a, b) => order(a) - order(b))[0];
}
