/**
 * Medication safety checks (pure): interactions (class and drug rules, each with severity, mechanism,
 * management and references), duplicate therapy, doses above the maximum, allergies and
 * cross-reactivity — for one medication being prescribed, or a whole list in a medication review.
 */
export type { AllergenTarget } from './allergen-terms.table.ts';
export { resolveAllergens } from './allergy.ts';
export type { AllergyClassPolicy, CrossReactivityRule } from './allergy-rules.table.ts';
export { ALLERGY_CLASS_POLICIES, CROSS_REACTIVITY_RULES } from './allergy-rules.table.ts';
export { checkMedicationSafety, reviewMedicationList } from './check.ts';
export { formatMass, ingredientMgPerDose } from './dose.ts';
export type { DrugGroup, GroupMember } from './drug-group.factory.ts';
export { DUPLICATE_CLASS_RULES, type DuplicateClassRule } from './duplicate-classes.table.ts';
export { type ClassId, DRUG_GROUPS, type GroupId } from './groups.ts';
export type { InteractionRule } from './interaction.factory.ts';
export { INTERACTING_PAIR_COUNT, interactionsBetween, type PairInteraction } from './interaction-index.ts';
export { INTERACTION_RULES } from './interaction-rules.ts';
export { classesOf, className, isClassId, membersOf, type Participant } from './membership.ts';
export { citation, REFERENCES, type ReferenceId } from './references.ts';
export type {
  AlertKind,
  Allergen,
  AllergyAlert,
  CrossReactivityAlert,
  DoseAlert,
  DuplicateTherapyAlert,
  InteractionAlert,
  InteractionConcern,
  MedicationOrder,
  SafetyAlert,
  SafetyReport,
  Severity,
  UncheckedItem,
} from './safety.types.ts';
export { SEVERITIES, SEVERITY_RANK } from './safety.types.ts';
