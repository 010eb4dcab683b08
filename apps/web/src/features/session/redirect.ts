const PLACEHOLDER_ORIGIN = 'http://nexus.invalid';

/**
 * The in-app path to go to after signing in, from an untrusted `next` parameter. Anything that is not
 * a plain path on this origin (//evil.example, /\evil, javascript:, absolute URLs) becomes '/'.
 */
export function safeNextPath(next: string | null | undefined): string {
  if (!next?.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  let url: URL;
  try {
    url = new URL(next, PLACEHOLDER_ORIGIN);
  } catch {
    return '/';
  }
  if (url.origin !== PLACEHOLDER_ORIGIN || url.pathname.startsWith('/sign-in')) return '/';
  return `${url.pathname}${url.search}${url.hash}`;
}

/** The sign-in page's address that comes back to `target` afterwards. */
export function signInHref(
  target: { pathname: string; search: string; hash: string },
  reason?: 'expired',
): string {
  const params = new URLSearchParams();
  const next = safeNextPath(`${target.pathname}${target.search}${target.hash}`);
  if (next !== '/') params.set('next', next);
  if (reason) params.set('reason', reason);
  const query = params.toString();
  return query ? `/sign-in?${query}` : '/sign-in';
}
