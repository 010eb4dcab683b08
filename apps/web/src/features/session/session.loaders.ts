import type { QueryClient } from '@tanstack/react-query';
import { type LoaderFunctionArgs, redirect } from 'react-router';
import { platformInfoQuery, sessionQuery } from './api/queries.ts';
import { safeNextPath, signInHref } from './redirect.ts';

/**
 * Guards every signed-in route: without a finished sign-in, off to the sign-in page, remembering where
 * the user was going. The sign-in page itself shows the step due: the password for nobody, the second
 * factor (or enrolment) for a sign-in half-way through.
 */
export const requireSessionLoader =
  (queryClient: QueryClient) =>
  async ({ request }: LoaderFunctionArgs) => {
    const session = await queryClient.ensureQueryData(sessionQuery());
    if (session.status === 'signed-in') return null;
    const isExpired = session.status === 'signed-out' && session.reason === 'expired';
    throw redirect(signInHref(new URL(request.url), isExpired ? 'expired' : undefined));
  };

/**
 * The sign-in page: someone already signed in goes straight on. The session is looked up (a reload in
 * the middle of signing in comes back to the second step), and so is the platform info, since the
 * page's layout depends on whether this is a demo installation. A failure of either just leaves it
 * out: the page then starts at the password.
 */
export const signInLoader =
  (queryClient: QueryClient) =>
  async ({ request }: LoaderFunctionArgs) => {
    const [session] = await Promise.all([
      queryClient.ensureQueryData(sessionQuery()).catch(() => undefined),
      queryClient.ensureQueryData(platformInfoQuery()).catch(() => undefined),
    ]);
    if (session?.status === 'signed-in') {
      throw redirect(safeNextPath(new URL(request.url).searchParams.get('next')));
    }
    return null;
  };
