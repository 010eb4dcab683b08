import { type DrugId, isDrugId } from '../catalogue/drugs.ts';
import type { InteractionRule } from './interaction.factory.ts';
import { INTERACTION_RULES } from './interaction-rules.ts';
import { membersOf, type Participant } from './membership.ts';
import { SEVERITY_RANK } from './safety.types.ts';

/** A rule that applies to a pair of drugs, with the drugs in the rule's order (its first participant first). */
export type PairInteraction = { rule: InteractionRule; drugIds: readonly [DrugId, DrugId] };

type Candidate = PairInteraction & { specificity: number; order: number };

const specificity = (participant: Participant) => (isDrugId(participant) ? 1 : 0);

/** Drug × drug beats drug × class beats class × class; then the more serious; then the earlier rule. */
function isBetter(candidate: Candidate, current: Candidate): boolean {
  if (candidate.specificity !== current.specificity) return candidate.specificity > current.specificity;
  const bySeverity = SEVERITY_RANK[candidate.rule.severity] - SEVERITY_RANK[current.rule.severity];
  if (bySeverity !== 0) return bySeverity < 0;
  return candidate.order < current.order;
}

const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

// Built once at module load: every class rule expanded to its drug pairs, one rule per concern kept.
function buildIndex(rules: readonly InteractionRule[]): ReadonlyMap<string, readonly PairInteraction[]> {
  const best = new Map<string, Map<string, Candidate>>();
  rules.forEach((rule, order) => {
    const [left, right] = rule.between;
    const ruleSpecificity = specificity(left) + specificity(right);
    const rightMembers = membersOf(right);
    for (const a of membersOf(left)) {
      for (const b of rightMembers) {
        if (a === b) continue;
        const key = pairKey(a, b);
        let byConcern = best.get(key);
        if (!byConcern) {
          byConcern = new Map();
          best.set(key, byConcern);
        }
        const current = byConcern.get(rule.concern);
        const candidate: Candidate = { rule, drugIds: [a, b], specificity: ruleSpecificity, order };
        if (!current || isBetter(candidate, current)) byConcern.set(rule.concern, candidate);
      }
    }
  });
  const index = new Map<string, readonly PairInteraction[]>();
  for (const [key, byConcern] of best) {
    const kept = [...byConcern.values()].sort(
      (a, b) => SEVERITY_RANK[a.rule.severity] - SEVERITY_RANK[b.rule.severity] || a.order - b.order,
    );
    index.set(
      key,
      kept.map(({ rule, drugIds }) => ({ rule, drugIds })),
    );
  }
  return index;
}

const PAIR_INDEX = buildIndex(INTERACTION_RULES);
const NONE: readonly PairInteraction[] = [];

/** The interaction rules that apply to two drugs, most serious first; the same in either order. */
export function interactionsBetween(a: DrugId, b: DrugId): readonly PairInteraction[] {
  if (a === b) return NONE;
  return PAIR_INDEX.get(pairKey(a, b)) ?? NONE;
}

/** How many drug pairs have at least one rule (for the documentation and the benchmark). */
export const INTERACTING_PAIR_COUNT = PAIR_INDEX.size;
