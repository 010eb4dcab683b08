/**
 * Pure clinical knowledge and logic shared by the server and the web app: curated code tables (LOINC,
 * SNOMED CT, ICD-10) with reference ranges, and the rules that read results against them. No I/O.
 */
export {};
