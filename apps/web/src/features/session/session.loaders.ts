import type { QueryClient } from '@tanstack/react-query';
import { type LoaderFunctionArgs, redirect } from 'react-router';
import { platformInfoQuery, sessionQuery } from './api/queries.ts';
import { safeNextPath, signInHref } from './redirect.ts';

/** Guards every signed-in route: without a session, off to sign in, remembering where the user was going. */
export const requireSessionLoader =
  (queryClient: QueryClient) =>
  async ({ request }: LoaderFunctionArgs) => {
    const session = await queryClient.ensureQueryData(sessionQuery());
    if (session.status === 'signed-in') return null;
    throw redirect(signInHref(new URL(request.url), session.reason === 'expired' ? 'expired' : undefined));
  };

/**
 * The sign-in page: someone already signed in goes straight on. The page's layout depends on whether
 * this is a demo installation, so the platform info is loaded first (a failure just leaves it out).
 */
export const signInLoader =
  (queryClient: QueryClient) =>
  async ({ request }: LoaderFunctionArgs) => {
    await queryClient.ensureQueryData(platformInfoQuery()).catch(() => undefined);
    const session = queryClient.getQueryData(sessionQuery().queryKey);
    if (session?.status === 'signed-in') {
      throw redirect(safeNextPath(new URL(request.url).searchParams.get('next')));
    }
    return null;
  };
