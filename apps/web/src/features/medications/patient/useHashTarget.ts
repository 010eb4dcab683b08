import { useEffect } from 'react';
import { useLocation } from 'react-router';

/**
 * Once the content is there, brings the element the address's fragment names (`#dose-…` from a
 * reminder, `#prescription-…`) into view and focuses it (it needs tabIndex -1), so keyboard and
 * screen-reader users land where the link pointed too.
 */
export function useHashTarget(isReady: boolean): void {
  const { hash } = useLocation();
  useEffect(() => {
    if (!isReady || hash.length < 2) return;
    const target = document.getElementById(decodeURIComponent(hash.slice(1)));
    if (!target) return;
    target.scrollIntoView?.({ block: 'center' });
    target.focus({ preventScroll: true });
  }, [isReady, hash]);
}
