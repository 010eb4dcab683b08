import type { QueryClient } from '@tanstack/react-query';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { AppLayout } from '../features/session/AppLayout.tsx';
import { SignInPage } from '../features/session/SignInPage.tsx';
import { requireSessionLoader, signInLoader } from '../features/session/session.loaders.ts';
import { LoadingScreen } from '../features/shell/LoadingScreen.tsx';
import { NotFoundContent, NotFoundPage } from '../features/shell/NotFoundPage.tsx';
import { RouteErrorPage } from '../features/shell/RouteErrorPage.tsx';
import { PORTALS } from '../portals/registry.ts';
import { PortalLayout } from '../portals/shared/PortalLayout.tsx';
import type { NavHiddenEntry, NavPageEntry, PortalDefinition } from '../portals/shared/portal.types.ts';
import { StartPage } from '../portals/shared/StartPage.tsx';

const pageRoute = (entry: NavPageEntry | NavHiddenEntry): RouteObject => {
  const lazy = async () => ({ Component: await entry.load() });
  return entry.path === '' ? { index: true, lazy } : { path: entry.path, lazy };
};

/** A portal's routes come from its navigation registry entry: one route per page or hidden entry. */
const portalRoute = (portal: PortalDefinition): RouteObject => ({
  path: portal.path,
  element: <PortalLayout portal={portal} />,
  children: [
    ...portal.navigation.filter((entry) => entry.kind === 'page' || entry.kind === 'hidden').map(pageRoute),
    { path: '*', element: <NotFoundContent homePath={portal.path} /> },
  ],
});

/** Signed-out account pages (features/accounts), loaded on demand. */
const accountRoutes: RouteObject[] = [
  {
    path: '/sign-up',
    lazy: async () => ({ Component: (await import('../features/accounts/SignUpPage.tsx')).SignUpPage }),
  },
  {
    path: '/verify-email',
    lazy: async () => ({
      Component: (await import('../features/accounts/VerifyEmailPage.tsx')).VerifyEmailPage,
    }),
  },
  {
    path: '/demo-outbox',
    lazy: async () => ({
      Component: (await import('../features/accounts/DemoOutboxPage.tsx')).DemoOutboxPage,
    }),
  },
  {
    path: '/forgot-password',
    lazy: async () => ({
      Component: (await import('../features/accounts/ForgotPasswordPage.tsx')).ForgotPasswordPage,
    }),
  },
  {
    path: '/reset-password',
    lazy: async () => ({
      Component: (await import('../features/accounts/ResetPasswordPage.tsx')).ResetPasswordPage,
    }),
  },
  {
    path: '/accept-invitation',
    lazy: async () => ({
      Component: (await import('../features/accounts/AcceptInvitationPage.tsx')).AcceptInvitationPage,
    }),
  },
];

/** Every route of the app. Signed-in routes sit under one layout whose loader checks the session. */
export function createAppRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    {
      id: 'root',
      errorElement: <RouteErrorPage />,
      hydrateFallbackElement: <LoadingScreen />,
      children: [
        { path: '/sign-in', loader: signInLoader(queryClient), element: <SignInPage /> },
        ...accountRoutes,
        {
          id: 'signed-in',
          loader: requireSessionLoader(queryClient),
          element: <AppLayout />,
          children: [{ index: true, element: <StartPage /> }, ...PORTALS.map(portalRoute)],
        },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ];
}

export const createAppRouter = (queryClient: QueryClient) =>
  createBrowserRouter(createAppRoutes(queryClient));
