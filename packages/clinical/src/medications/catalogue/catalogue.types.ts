import type { DoseUnit, Route } from '../dosage.ts';
import type { TherapeuticClassId } from './classes.ts';

/** How a product is made up; it sets the unit a dose is counted in and the routes it is given by. */
export type DoseForm =
  | 'tablet'
  | 'modified-release-tablet'
  | 'dispersible-tablet'
  | 'orodispersible-tablet'
  | 'sublingual-tablet'
  | 'capsule'
  | 'modified-release-capsule'
  | 'oral-solution'
  | 'oral-suspension'
  | 'oral-gel'
  | 'sachet'
  | 'injection'
  | 'powder-for-injection'
  | 'inhaler'
  | 'nebuliser-solution'
  | 'inhalation-vapour'
  | 'nasal-spray'
  | 'nasal-solution'
  | 'sublingual-spray'
  | 'eye-drops'
  | 'cream'
  | 'gel'
  | 'shampoo'
  | 'patch'
  | 'suppository'
  | 'pessary';

/**
 * What one ingredient amount refers to: one tablet, capsule, sachet, suppository, puff or patch, one
 * mL of a liquid, one gram of a cream or gel, or one vial of a powder (vials are prescribed by mass).
 * A patch's amount is what it delivers in 24 hours.
 */
export type ProductUnit =
  | Extract<DoseUnit, 'tablet' | 'capsule' | 'mL' | 'g' | 'puff' | 'patch' | 'sachet' | 'suppository'>
  | 'vial';

/** An ingredient of a product: a mass in mg, or international units (insulins, heparins), per product unit. */
export type Ingredient<Id extends string = string> =
  | { drugId: Id; amountMg: number }
  | { drugId: Id; amountUnits: number };

/** A medicinal product: one or more ingredients in a dose form (`paracetamol-500mg-tablet`, co-codamol 30/500). */
export type Product<Id extends string = string> = {
  /** Stable kebab-case id: `paracetamol-500mg-tablet`, `co-codamol-30-500mg-tablet`. */
  id: string;
  /** 'Paracetamol 500 mg tablet'. */
  name: string;
  form: DoseForm;
  unit: ProductUnit;
  /** Routes the product is given by, the usual one first. */
  routes: readonly Route[];
  ingredients: readonly [Ingredient<Id>, ...Ingredient<Id>[]];
  /** Brand names of a combination product (single-ingredient brands are on the drug). */
  brands: readonly string[];
  /** ATC code of a combination product (J01CR02 amoxicillin and beta-lactamase inhibitor). */
  atc: readonly string[];
};

/**
 * Usual adult dose and the most a day for one drug by a set of routes, in mg of the drug (the salt or
 * form the product strength is labelled in). Amounts by any of the routes are added up before they
 * are compared: diclofenac's 150 mg is the most a day by mouth, rectum and injection together.
 */
export type DoseGuide = {
  routes: readonly Route[];
  /** Only products of these forms count (gliclazide modified-release has its own maximum). */
  forms?: readonly DoseForm[];
  usualDailyMg: readonly [min: number, max: number];
  /** The most a day; null where there is none to check (titrated to effect, weight- or level-guided). */
  maxDailyMg: number | null;
  /** The most in one dose, where the label states one. */
  maxSingleMg?: number;
  /** The most in seven days (once-weekly methotrexate, ergotamine). */
  maxWeeklyMg?: number;
  /** Why a maximum is absent or what it assumes, shown with a dose alert. */
  note?: string;
  /** Where the figures come from (BNF, the FDA label, WHO). */
  source: string;
};

/** One medicine of the formulary: a generic (INN) with its names, codes, classes, products and doses. */
export type Drug<Id extends string = string> = {
  /** Stable kebab-case generic name: `warfarin`, `glyceryl-trinitrate`. */
  id: Id;
  /** International non-proprietary name as written in the BNF: 'Paracetamol'. */
  name: string;
  /** Other generic names: the US adopted name (acetaminophen), older British names, salts. */
  aliases: readonly string[];
  brands: readonly string[];
  /** WHO ATC codes (7 characters); empty for a substance that has none of its own (clavulanic acid). */
  atc: readonly string[];
  /** Therapeutic classes, the most specific first; the safety rules and duplicate checks use them. */
  classes: readonly TherapeuticClassId[];
  products: readonly Product[];
  /** Adult doses by route; empty with `doseNote` where mass doses are not checked (insulin units). */
  doses: readonly DoseGuide[];
  doseNote?: string;
};
