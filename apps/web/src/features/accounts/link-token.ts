import { useLocation } from 'react-router';

/**
 * The token of an e-mailed link. It travels in the URL's fragment (`#token=…`), which browsers never
 * send to a server, so it stays out of access logs and Referer headers.
 */
export function tokenFromHash(hash: string): string | null {
  const token = new URLSearchParams(hash.replace(/^#/, '')).get('token');
  return token && /^[A-Za-z0-9_-]{20,200}$/.test(token) ? token : null;
}

export function useLinkToken(): string | null {
  return tokenFromHash(useLocation().hash);
}
