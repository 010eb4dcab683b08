import type { TherapeuticClassId } from '../catalogue/classes.ts';
import type { DrugId } from '../catalogue/drugs.ts';

/** A drug or a whole therapeutic class, as a member of a pharmacological group. */
export type GroupMember = DrugId | TherapeuticClassId;

/**
 * A pharmacological group the interaction rules name: drugs that share a property (strong CYP3A4
 * inhibitors, drugs with a known risk of torsades de pointes) rather than a therapeutic use.
 */
export type DrugGroup<Id extends string = string> = {
  id: Id;
  name: string;
  members: readonly GroupMember[];
  /** Where the membership comes from. */
  source: string;
};

/** A group; members may be drugs or therapeutic classes (all of whose drugs then belong). */
export function group<const Id extends string>(
  id: Id,
  name: string,
  members: readonly GroupMember[],
  source: string,
): DrugGroup<Id> {
  return { id, name, members, source };
}
