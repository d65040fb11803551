import { Navigate, Outlet, useLocation } from 'react-router';
import { lastSessionEnd, useSession } from '../api/session';
import type { Session } from '../api/types';
import { FullPageSpin } from '../app/full-page-spin';
import { LoadError } from '../app/load-error';
import { paths, signInPath } from '../app/paths';

/**
 * The screens behind sign-in. Without a session: to the sign-in page, back here afterwards. With a
 * temporary password: to the password change first, whatever the address.
 */
export function RequireSession() {
  const session = useSession();
  const location = useLocation();
  if (session.isPending) return <FullPageSpin />;
  if (session.isError) return <LoadError error={session.error} onRetry={() => void session.refetch()} />;
  if (!session.data) {
    // After signing out, the next person starts from the home page, not from the last screen.
    const here = location.pathname + location.search;
    return <Navigate to={lastSessionEnd() === 'signedOut' ? paths.signIn : signInPath(here)} replace />;
  }
  if (session.data.user.mustChangePassword && location.pathname !== paths.changePassword) {
    return <Navigate to={paths.changePassword} replace />;
  }
  return <Outlet />;
}

/** The session of a screen behind RequireSession (which renders nothing until it exists). */
export function useSignedIn(): Session {
  const { data } = useSession();
  if (!data) throw new Error('useSignedIn outside RequireSession');
  return data;
}
