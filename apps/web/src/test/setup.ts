import '../app/zod-config.ts';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// findBy*/waitFor wait up to 5 s, not 1 s: on a busy two-core CI machine a page's first render and
// its fake API round trip can take longer than a second without anything being wrong.
configure({ asyncUtilTimeout: 5_000 });

/**
 * No test talks to a server: a WebSocket the app opens (live notifications) stays connecting for
 * ever. Tests of the live connection give it a socket of their own.
 */
class OfflineWebSocket {
  static readonly CONNECTING = 0;
  readonly readyState = 0;
  onopen = null;
  onmessage = null;
  onclose = null;
  onerror = null;
  addEventListener() {}
  removeEventListener() {}
  send() {}
  close() {}
}
globalThis.WebSocket = OfflineWebSocket as unknown as typeof WebSocket;

afterEach(() => {
  cleanup();
  window.localStorage.clear();
});
