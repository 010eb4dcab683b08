import type { Participant } from './membership.ts';
import type { ReferenceId } from './references.ts';
import type { InteractionConcern, Severity } from './safety.types.ts';

/**
 * One interaction rule: two participants (a drug, a therapeutic class or a pharmacological group each),
 * what the combination risks, why, what to do, and the sources. A class-level rule stands for every
 * pair of members; for one pair, the most specific rule of each concern is shown (drug × drug over
 * drug × class over class × class), and among equally specific ones the most serious.
 */
export type InteractionRule = {
  /** Stable kebab-case id: `simvastatin-lovastatin-strong-cyp3a4-inhibitors`. */
  id: string;
  between: readonly [Participant, Participant];
  concern: InteractionConcern;
  severity: Severity;
  /** What happens, in one line for the prescriber. */
  effect: string;
  mechanism: string;
  management: string;
  references: readonly [ReferenceId, ...ReferenceId[]];
};

/** An interaction rule (the factory keeps the tables short and typed). */
export function interaction(
  id: string,
  between: readonly [Participant, Participant],
  details: Omit<InteractionRule, 'id' | 'between'>,
): InteractionRule {
  return { id, between, ...details };
}
