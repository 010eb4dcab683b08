/**
 * Pure clinical knowledge and logic shared by the server and the web app: curated code tables (LOINC,
 * SNOMED CT, ICD-10) with reference ranges, the rules that read results against them, and published
 * equations (eGFR). No I/O.
 */

/** The blood bank's rules, under one name: several of its words (units, categories, dates) mean other things elsewhere. */
export * as bloodbank from './bloodbank/index.ts';
export * from './cds/index.ts';
export * from './codes/index.ts';
export * from './health-info/index.ts';
export { creatinineForEgfr, egfrCkdEpi2021, kdigoGfrCategory } from './kidney/egfr-ckd-epi.ts';
export * from './medications/index.ts';
export * from './triage/index.ts';
