// First: configures zod before the contracts' schemas are created.
import './app/zod-config.ts';
import '@fontsource-variable/inter/wght.css';
import '@mantine/core/styles.css';
import { setNonce } from 'get-nonce';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { readCspNonce } from './app/csp-nonce.ts';
import { createQueryClient } from './app/query-client.ts';
import { createAppRouter } from './app/router.tsx';

const styleNonce = readCspNonce();
// Mantine's scroll lock (modals, drawers) writes a <style> element through get-nonce; the
// Content-Security-Policy blocks it unless it carries the nonce too.
if (styleNonce) setNonce(styleNonce);

const queryClient = createQueryClient();
const router = createAppRouter(queryClient);

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
createRoot(container).render(
  <StrictMode>
    <App queryClient={queryClient} router={router} styleNonce={styleNonce} />
  </StrictMode>,
);
