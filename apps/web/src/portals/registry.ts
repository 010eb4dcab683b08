import type { Me, Membership } from '@nexus/contracts';
import { adminPortal } from './admin/navigation.ts';
import { bloodBankPortal } from './blood-bank/navigation.ts';
import { dietitianPortal } from './dietitian/navigation.ts';
import { doctorPortal } from './doctor/navigation.ts';
import { donorPortal } from './donor/navigation.ts';
import { nursePortal } from './nurse/navigation.ts';
import { patientPortal } from './patient/navigation.ts';
import { pharmacistPortal } from './pharmacist/navigation.ts';
import type { PortalDefinition, PortalId } from './shared/portal.types.ts';

/** Every portal, in the order they are offered to someone who holds several roles. */
export const PORTALS: readonly PortalDefinition[] = [
  patientPortal,
  doctorPortal,
  nursePortal,
  pharmacistPortal,
  dietitianPortal,
  bloodBankPortal,
  donorPortal,
  adminPortal,
];

export function portalById(id: PortalId): PortalDefinition | undefined {
  return PORTALS.find((portal) => portal.id === id);
}

/** The user's memberships that give access to a portal (one per organisation where they hold its role). */
export function membershipsIn(portal: PortalDefinition, me: Me): Membership[] {
  return me.memberships.filter((membership) => portal.roles.includes(membership.role));
}

/** The portals a user may use, in registry order. */
export function portalsFor(me: Me): PortalDefinition[] {
  return PORTALS.filter((portal) => membershipsIn(portal, me).length > 0);
}
