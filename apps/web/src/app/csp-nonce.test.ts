import { afterEach, describe, expect, it } from 'vitest';
import { readCspNonce } from './csp-nonce.ts';

function addMeta(nonce: string) {
  const meta = document.createElement('meta');
  meta.setAttribute('property', 'csp-nonce');
  meta.setAttribute('nonce', nonce);
  document.head.append(meta);
}

describe('readCspNonce', () => {
  afterEach(() => {
    for (const meta of document.head.querySelectorAll('meta[property="csp-nonce"]')) meta.remove();
  });

  it('reads the nonce the server wrote into index.html', () => {
    addMeta('3f1c0ffee');
    expect(readCspNonce()).toBe('3f1c0ffee');
  });

  it('ignores the build placeholder (Vite dev server: no CSP, no nonce)', () => {
    addMeta('__NEXUS_CSP_NONCE__');
    expect(readCspNonce()).toBeUndefined();
  });

  it('is undefined without the meta element', () => {
    expect(readCspNonce()).toBeUndefined();
  });
});
