import type { DrugId } from '../catalogue/drugs.ts';
import type { Dosage, Route } from '../dosage.ts';

/**
 * How serious an alert is, most serious first:
 * - `contraindicated`: do not combine or give (a label contraindication or its equivalent).
 * - `major`: may be life-threatening or cause lasting harm; avoid, or act (change drug, cap the dose,
 *   monitor closely) before going ahead.
 * - `moderate`: may worsen the patient's condition; monitor or adjust.
 * - `minor`: limited clinical effect; be aware.
 * Contraindicated and major alerts interrupt prescribing; moderate and minor ones are shown passively.
 */
export const SEVERITIES = ['contraindicated', 'major', 'moderate', 'minor'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** 0 for contraindicated up to 3 for minor: lower is more serious. */
export const SEVERITY_RANK: Readonly<Record<Severity, number>> = {
  contraindicated: 0,
  major: 1,
  moderate: 2,
  minor: 3,
};

/** What an interaction puts at risk; rules of the same concern for one pair are not shown twice. */
export type InteractionConcern =
  | 'bleeding'
  | 'qt-prolongation'
  | 'serotonin-toxicity'
  | 'hypertensive-crisis'
  | 'cns-depression'
  | 'hyperkalaemia'
  | 'hypotension'
  | 'bradycardia'
  | 'myopathy'
  | 'ergotism'
  | 'raised-exposure'
  | 'reduced-exposure'
  | 'reduced-absorption'
  | 'kidney-injury'
  | 'myelosuppression'
  | 'lithium-toxicity'
  | 'digoxin-toxicity'
  | 'dysglycaemia'
  | 'angioedema'
  | 'seizures'
  | 'opposing-effects'
  | 'rebound-hypertension'
  | 'hepatotoxicity'
  | 'tendon-rupture'
  | 'ototoxicity';

/** One medication: the one being prescribed, or one the patient takes. */
export type MedicationOrder = {
  /** The caller's key for the item (a MedicationRequest id), so that alerts can point at it. */
  key: string;
  /** How it is taken; without it the item is checked for interactions and allergies, not for dose. */
  dosage: Dosage | null;
} & ({ productId: string; drugId?: never } | { drugId: string; productId?: never });

/** An allergy as recorded: a formulary drug, a class (`penicillin`), or free text mapped when possible. */
export type Allergen =
  | { kind: 'drug'; drugId: string }
  | { kind: 'class'; classId: string }
  | { kind: 'substance'; text: string };

type AlertBase = {
  severity: Severity;
  /** The drugs the alert is about, in a stable order that does not depend on the input order. */
  drugIds: readonly DrugId[];
  /** The keys of the medications involved, in the order of `drugIds`. */
  itemKeys: readonly string[];
  /** One line for the prescriber. */
  summary: string;
  mechanism: string;
  /** What to do. */
  management: string;
  /** Citations. */
  references: readonly string[];
};

export type InteractionAlert = AlertBase & {
  kind: 'interaction';
  ruleId: string;
  concern: InteractionConcern;
};

export type DuplicateTherapyAlert = AlertBase & {
  kind: 'duplicate-therapy';
  basis: { kind: 'same-ingredient'; drugId: DrugId } | { kind: 'same-class'; classId: string };
};

/** An alert about one drug of one or more medications. */
type OneDrugAlert = AlertBase & { drugId: DrugId };

/** An alert raised by a recorded allergy. */
type RecordedAllergyAlert = OneDrugAlert & {
  /** The recorded allergy that matched. */
  allergen: Allergen;
};

export type DoseAlert = OneDrugAlert & {
  kind: 'dose-above-maximum';
  /** Which maximum is exceeded: one dose, a day's total or a week's total. */
  limit: 'single' | 'daily' | 'weekly';
  amountMg: number;
  limitMg: number;
  routes: readonly Route[];
};

export type AllergyAlert = RecordedAllergyAlert & { kind: 'allergy' };

export type CrossReactivityAlert = RecordedAllergyAlert & {
  kind: 'allergy-cross-reactivity';
  ruleId: string;
};

export type SafetyAlert =
  | InteractionAlert
  | DuplicateTherapyAlert
  | DoseAlert
  | AllergyAlert
  | CrossReactivityAlert;

export type AlertKind = SafetyAlert['kind'];

/** A medication or dose that could not be checked, so the prescriber knows the check is incomplete. */
export type UncheckedItem = {
  itemKey: string;
  reason: 'unknown-product' | 'unknown-drug' | 'dose-not-computable';
  detail: string;
};

export type SafetyReport = {
  /** Most serious first. */
  alerts: SafetyAlert[];
  unchecked: UncheckedItem[];
  /** Recorded allergies that match nothing in the formulary; they were not checked. */
  unmatchedAllergens: Allergen[];
};
