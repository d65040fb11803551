import { useMemo } from 'react';
import { useParams } from 'react-router';
import { useCouncils } from '../api/organisation';
import { useSignedIn } from '../auth/require-session';

/** The council a scoring screen is in (from the address) and the units the user works for in it. */
export function useScoringCouncil() {
  const { councilId = '' } = useParams();
  const session = useSignedIn();
  const councils = useCouncils();
  const council = councils.data?.find((c) => c.id === councilId);
  const ownUnits = useMemo(
    () =>
      new Set(session.memberships.filter((m) => m.councilId === councilId && m.unitId).map((m) => m.unitId!)),
    [session, councilId],
  );
  return { councils, council, ownUnits };
}
