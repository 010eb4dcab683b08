import type { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { AppProviders } from '../app/App.tsx';
import { createQueryClient } from '../app/query-client.ts';
import { createAppRoutes } from '../app/router.tsx';

/** The whole app at `path`, on a memory router, with the real routes, loaders and query client. */
export function renderApp(path: string, options: { queryClient?: QueryClient } = {}) {
  const queryClient = options.queryClient ?? createQueryClient({ retry: false });
  const router = createMemoryRouter(createAppRoutes(queryClient), { initialEntries: [path] });
  return renderRouter(router, queryClient);
}

/** One component inside the providers and a router (for links), at `path`. */
export function renderWithProviders(
  ui: ReactNode,
  options: { path?: string; queryClient?: QueryClient } = {},
) {
  const queryClient = options.queryClient ?? createQueryClient({ retry: false });
  const path = options.path ?? '/';
  const router = createMemoryRouter([{ path: '*', element: ui }], { initialEntries: [path] });
  return renderRouter(router, queryClient);
}

function renderRouter(router: ReturnType<typeof createMemoryRouter>, queryClient: QueryClient) {
  const user = userEvent.setup();
  const view = render(
    <AppProviders queryClient={queryClient} env="test">
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return { ...view, router, queryClient, user };
}
