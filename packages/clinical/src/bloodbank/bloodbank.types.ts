/** Types every part of the blood bank rules shares. */

/** The kinds of blood component (spec §3.6). */
export type ComponentCategory = 'rbc' | 'platelets' | 'plasma' | 'cryo' | 'whole_blood' | 'granulocytes';

/**
 * How well a rule is sourced (spec, "Evidence tags"): V verified against the primary text, S two or
 * more secondary sources, P a project default configurable per site, U unverified.
 */
export type EvidenceTag = 'V' | 'S' | 'P' | 'U';
