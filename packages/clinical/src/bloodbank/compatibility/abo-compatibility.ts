import { type AboGroup, aboAntigens } from './blood-group.types.ts';

/**
 * ABO compatibility by antigen sets (§4.7). Everything is derived from `aboAntigens`, so the 8×8 red-cell
 * and 4×4 plasma tables are consequences, not literals that could drift apart.
 */

function isSubset(inner: ReadonlySet<string>, outer: ReadonlySet<string>): boolean {
  return [...inner].every((antigen) => outer.has(antigen));
}

/** Red cells (and RBC-derived products): the donor's antigens must all be the recipient's own. */
export function rbcAboCompatible(donor: AboGroup, recipient: AboGroup): boolean {
  return isSubset(aboAntigens(donor), aboAntigens(recipient));
}

/**
 * Plasma, FFP, thawed plasma and cryo: reversed, because the donor's antibodies are the risk; the
 * recipient's antigens must all be the donor's own. RhD plays no part.
 */
export function plasmaAboCompatible(donor: AboGroup, recipient: AboGroup): boolean {
  return isSubset(aboAntigens(recipient), aboAntigens(donor));
}

/** Whole blood carries both cells and plasma, so only the identical ABO group is compatible both ways. */
export function wholeBloodAboCompatible(donor: AboGroup, recipient: AboGroup): boolean {
  return donor === recipient;
}

/** How an ABO pairing ranks for platelets, best first. */
export type PlateletAboMatch = 'identical' | 'plasma_compatible' | 'out_of_group';

/**
 * Platelet preference (§4.7): identical, then plasma-compatible (donor plasma cannot haemolyse the
 * recipient), otherwise out-of-group, which is acceptable only for protected units (caller's decision).
 */
export function plateletAboMatch(donor: AboGroup, recipient: AboGroup): PlateletAboMatch {
  if (donor === recipient) return 'identical';
  return plasmaAboCompatible(donor, recipient) ? 'plasma_compatible' : 'out_of_group';
}
