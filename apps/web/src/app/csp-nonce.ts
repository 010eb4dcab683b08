/** What the build writes into index.html; the server replaces it with each response's nonce. */
const NONCE_PLACEHOLDER = '__NEXUS_CSP_NONCE__';

/**
 * The Content-Security-Policy nonce for <style> elements, from the <meta property="csp-nonce"> Vite
 * puts into index.html. Read through the `nonce` property: browsers hide the attribute's value from
 * the DOM once parsed. Undefined when there is none (Vite's dev server, tests).
 */
export function readCspNonce(doc: Document = document): string | undefined {
  const meta = doc.querySelector<HTMLMetaElement>('meta[property="csp-nonce"]');
  const nonce = meta?.nonce || meta?.getAttribute('nonce') || undefined;
  return nonce && nonce !== NONCE_PLACEHOLDER ? nonce : undefined;
}
