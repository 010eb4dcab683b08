import { PortalHome } from './PortalHome.tsx';

/** The home page of portals that have nothing of their own to add to it. */
export function PortalHomePage() {
  return <PortalHome />;
}
