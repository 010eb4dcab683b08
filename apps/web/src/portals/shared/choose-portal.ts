import type { Me } from '@nexus/contracts';
import { portalsFor } from '../registry.ts';
import type { PortalDefinition } from './portal.types.ts';

export type PortalChoice =
  | { kind: 'none' }
  | { kind: 'open'; portal: PortalDefinition }
  | { kind: 'choose'; portals: PortalDefinition[] };

/**
 * Where a signed-in user starts: their only portal, else the one they used last (if still theirs),
 * else a choice between their portals. Someone with no role anywhere gets 'none'.
 */
export function choosePortal(me: Me, rememberedId: string | null): PortalChoice {
  const portals = portalsFor(me);
  const [first, ...others] = portals;
  if (!first) return { kind: 'none' };
  if (others.length === 0) return { kind: 'open', portal: first };
  const remembered = portals.find((portal) => portal.id === rememberedId);
  return remembered ? { kind: 'open', portal: remembered } : { kind: 'choose', portals };
}
