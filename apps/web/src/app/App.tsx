import { MantineProvider } from '@mantine/core';
import { type QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { DataRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { colorSchemeManager } from './color-scheme.ts';
import { cssVariablesResolver, theme } from './theme.ts';

type ProvidersProps = {
  queryClient: QueryClient;
  /** The CSP nonce for the <style> elements Mantine writes; none in tests and Vite's dev server. */
  styleNonce?: string;
  /** 'test' turns off transitions and portals. */
  env?: 'default' | 'test';
  children: ReactNode;
};

/** Theme, colour scheme and data: everything a component needs around it, in the app and in tests. */
export function AppProviders({ queryClient, styleNonce, env = 'default', children }: ProvidersProps) {
  return (
    <MantineProvider
      theme={theme}
      cssVariablesResolver={cssVariablesResolver}
      colorSchemeManager={colorSchemeManager}
      defaultColorScheme="auto"
      getStyleNonce={styleNonce ? () => styleNonce : undefined}
      env={env}
    >
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    </MantineProvider>
  );
}

type AppProps = { queryClient: QueryClient; router: DataRouter; styleNonce?: string };

export function App({ queryClient, router, styleNonce }: AppProps) {
  return (
    <AppProviders queryClient={queryClient} styleNonce={styleNonce}>
      <RouterProvider router={router} />
    </AppProviders>
  );
}
