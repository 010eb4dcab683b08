import type { Drug } from './catalogue.types.ts';
import { ANALGESIC_DRUGS } from './drugs-analgesic.table.ts';
import { ANTIBACTERIAL_DRUGS } from './drugs-antibacterial.table.ts';
import { ANTIDEPRESSANT_DRUGS } from './drugs-antidepressant.table.ts';
import { ANTIFUNGAL_ANTIVIRAL_DRUGS } from './drugs-antifungal-antiviral.table.ts';
import { ANTIHYPERTENSIVE_DRUGS } from './drugs-antihypertensive.table.ts';
import { ANTIPSYCHOTIC_AND_HYPNOTIC_DRUGS } from './drugs-antipsychotic-hypnotic.table.ts';
import { ANTITHROMBOTIC_AND_LIPID_DRUGS } from './drugs-antithrombotic-lipid.table.ts';
import { BETA_LACTAM_DRUGS } from './drugs-beta-lactam.table.ts';
import { CARDIAC_DRUGS } from './drugs-cardiac.table.ts';
import { DIURETIC_DRUGS } from './drugs-diuretic.table.ts';
import { ENDOCRINE_DRUGS } from './drugs-endocrine.table.ts';
import { GASTROINTESTINAL_DRUGS } from './drugs-gastrointestinal.table.ts';
import { HORMONE_AND_MINERAL_DRUGS } from './drugs-hormone-mineral.table.ts';
import { IMMUNOLOGY_ONCOLOGY_UROLOGY_DRUGS } from './drugs-immunology-oncology-urology.table.ts';
import { MIGRAINE_GOUT_MUSCLE_DRUGS } from './drugs-migraine-gout-muscle.table.ts';
import { NEUROLOGY_DRUGS } from './drugs-neurology.table.ts';
import { OPIOID_DRUGS } from './drugs-opioid.table.ts';
import { RESPIRATORY_DRUGS } from './drugs-respiratory.table.ts';
import { STIMULANT_AND_SYMPATHOMIMETIC_DRUGS } from './drugs-stimulant-sympathomimetic.table.ts';

const ALL_DRUGS = [
  ...ANTITHROMBOTIC_AND_LIPID_DRUGS,
  ...ANTIHYPERTENSIVE_DRUGS,
  ...DIURETIC_DRUGS,
  ...CARDIAC_DRUGS,
  ...ANALGESIC_DRUGS,
  ...OPIOID_DRUGS,
  ...MIGRAINE_GOUT_MUSCLE_DRUGS,
  ...BETA_LACTAM_DRUGS,
  ...ANTIBACTERIAL_DRUGS,
  ...ANTIFUNGAL_ANTIVIRAL_DRUGS,
  ...ANTIDEPRESSANT_DRUGS,
  ...ANTIPSYCHOTIC_AND_HYPNOTIC_DRUGS,
  ...STIMULANT_AND_SYMPATHOMIMETIC_DRUGS,
  ...NEUROLOGY_DRUGS,
  ...ENDOCRINE_DRUGS,
  ...HORMONE_AND_MINERAL_DRUGS,
  ...RESPIRATORY_DRUGS,
  ...GASTROINTESTINAL_DRUGS,
  ...IMMUNOLOGY_ONCOLOGY_UROLOGY_DRUGS,
];

/** The id of a formulary drug: a union of the literal ids in the tables, so a rule naming a drug that is not there does not compile. */
export type DrugId = (typeof ALL_DRUGS)[number]['id'];

/** The formulary: generics of primary and hospital care, each with its names, ATC codes, classes, products and doses. */
export const DRUGS: readonly Drug<DrugId>[] = ALL_DRUGS;

const byId: ReadonlyMap<string, Drug<DrugId>> = new Map(DRUGS.map((entry) => [entry.id, entry]));

/** Whether a string (from a database row or a request) is the id of a formulary drug. */
export function isDrugId(id: string): id is DrugId {
  return byId.has(id);
}

/** The formulary drug with this id. */
export function findDrug(id: string): Drug<DrugId> | undefined {
  return byId.get(id);
}
