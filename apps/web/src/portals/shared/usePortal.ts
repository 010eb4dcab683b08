import type { Membership } from '@nexus/contracts';
import { createContext, use } from 'react';
import type { PortalDefinition } from './portal.types.ts';

export type PortalContextValue = {
  portal: PortalDefinition;
  /** The user's memberships that give access to this portal. */
  memberships: Membership[];
};

export const PortalContext = createContext<PortalContextValue | null>(null);

/** The portal the current page belongs to; only inside a portal's routes. */
export function usePortal(): PortalContextValue {
  const value = use(PortalContext);
  if (!value) throw new Error('usePortal is only available inside a portal route');
  return value;
}

/** Like usePortal, for components that also appear outside portals (the account page). */
export function useOptionalPortal(): PortalContextValue | null {
  return use(PortalContext);
}
