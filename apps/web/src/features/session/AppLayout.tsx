import { Navigate, Outlet, useLocation } from 'react-router';
import { useSession } from './api/queries.ts';
import { signInHref } from './redirect.ts';
import { SignedInUserContext } from './useSignedInUser.ts';

/**
 * Parent of every signed-in route. Its loader makes sure a session exists before anything renders; if
 * the session ends later (sign-out, or a 401 from any query), this sends the user to sign in.
 */
export function AppLayout() {
  const { data: session } = useSession();
  const location = useLocation();
  if (session?.status === 'pending') {
    // Signing in again half-way (another tab): finish it on the sign-in page, then come back here.
    return <Navigate replace to={signInHref(location)} />;
  }
  if (session?.status !== 'signed-in') {
    // Signing out on purpose starts afresh; an ended session comes back to where the user was.
    const isDeliberate = session?.status === 'signed-out' && session.reason === 'signed-out';
    return <Navigate replace to={isDeliberate ? '/sign-in' : signInHref(location, 'expired')} />;
  }
  return (
    <SignedInUserContext value={session.me}>
      <Outlet />
    </SignedInUserContext>
  );
}
