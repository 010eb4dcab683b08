import type { Dosage } from '@nexus/clinical';
import type { CatalogueDrug, SafetyAlert } from '@nexus/contracts';
import type { CatalogueEntry } from './medication-resources.ts';

/** A medicine on the patient's record, as the safety check sees it. */
export type CurrentMedicine = {
  /** What the record calls it (shown to the prescriber). */
  label: string;
  /** The catalogue product it is, when it could be identified; unidentified ones are listed as unchecked. */
  productId: string | null;
  /** Structured dosage where the platform prescribed or recorded it; null for imported records. */
  dosage: Dosage | null;
};

/** An allergy on the record: its coding and text (the catalogue maps them to drugs and classes). */
export type RecordedAllergy = {
  label: string;
  codings: readonly { system?: string; code?: string; display?: string }[];
};

/**
 * What the server needs of the medicine catalogue and the safety rules (packages/clinical): the port
 * the prescribing service is written against, so that the knowledge stays pure and testable alone.
 */
export type MedicineKnowledge = {
  entry(productId: string): CatalogueEntry | null;
  search(query: string, limit: number): CatalogueDrug[];
  /** The catalogue product a record's medicine is, by catalogue code or by name; null if unknown. */
  identify(concept: {
    coding?: readonly { system?: string; code?: string; display?: string }[];
    text?: string;
  }): string | null;
  /**
   * The findings for a proposed medicine against the current ones and the allergies: interactions,
   * duplicate therapy, daily dose above the maximum (summed over every product with the ingredient),
   * allergy and cross-reactivity. Each finding's key is stable for the same medicines. Also says which
   * recorded allergies the rules could not match to a drug or class (those were not checked).
   */
  check(
    proposal: { productId: string; dosage: Dosage },
    current: readonly CurrentMedicine[],
    allergies: readonly RecordedAllergy[],
  ): { alerts: SafetyAlert[]; unrecognisedAllergies: string[] };
};
