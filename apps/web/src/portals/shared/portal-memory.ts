import type { PortalId } from './portal.types.ts';

const STORAGE_KEY = 'nexus-last-portal';

/** Remembers the last portal used on this device, so someone with several roles comes back to it. */
export function rememberPortal(id: PortalId): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, id);
  } catch {
    // Storage may be blocked; the portal chooser then simply shows again.
  }
}

export function rememberedPortal(): string | null {
  try {
    return window.localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}
