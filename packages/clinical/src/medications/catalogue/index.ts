/**
 * The formulary: generic drugs with their names, ATC codes, classes, products and adult doses, the
 * combination products, and search-as-you-type over names and brands.
 */
export type { DoseForm, DoseGuide, Drug, Ingredient, Product, ProductUnit } from './catalogue.types.ts';
export {
  isTherapeuticClassId,
  THERAPEUTIC_CLASS_IDS,
  THERAPEUTIC_CLASSES,
  type TherapeuticClassId,
} from './classes.ts';
export { COMBINATION_PRODUCTS } from './combination-products.table.ts';
export { DRUGS, type DrugId, findDrug, isDrugId } from './drugs.ts';
export { findProduct, PRODUCTS } from './products.ts';
export {
  type CatalogueMatch,
  MATCH_RANKS,
  type MatchedField,
  type MatchRank,
  searchCatalogue,
} from './search.ts';
