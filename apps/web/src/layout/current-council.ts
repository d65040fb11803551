import { useEffect } from 'react';
import { matchPath, useLocation, useSearchParams } from 'react-router';
import { useCouncils } from '../api/organisation';
import type { Council } from '../api/types';
import { patterns } from '../app/paths';

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
