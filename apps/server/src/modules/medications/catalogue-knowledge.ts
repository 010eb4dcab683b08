import {
  type Allergen,
  type SafetyAlert as ClinicalSafetyAlert,
  checkMedicationSafety,
  DRUGS,
  type Drug,
  findDrug,
  findProduct,
  type Product,
  searchCatalogue,
} from '@nexus/clinical';
import type { CatalogueDrug, SafetyAlert } from '@nexus/contracts';
import { ATC_SYSTEM, CATALOGUE_SYSTEM, type CatalogueEntry } from './medication-resources.ts';
import type { MedicineKnowledge } from './medicine-knowledge.ts';

const UNIT_NAMES: Record<Product['unit'], string> = {
  tablet: 'tablet',
  capsule: 'capsule',
  mL: 'mL',
  g: 'g',
  puff: 'puff',
  patch: 'patch',
  sachet: 'sachet',
  suppository: 'suppository',
  vial: 'vial',
};

/** The drug a product belongs to: its first ingredient's, for a single-ingredient product. */
const drugOf = (product: Product): Drug | undefined =>
  product.ingredients.length === 1 ? findDrug(product.ingredients[0].drugId) : undefined;

const strengthOf = (product: Product) =>
  product.ingredients
    .map((ingredient) =>
      'amountMg' in ingredient ? `${ingredient.amountMg} mg` : `${ingredient.amountUnits} units`,
    )
    .join(' / ');

export function catalogueEntry(productId: string): CatalogueEntry | null {
  const product = findProduct(productId);
  if (!product) return null;
  return {
    productId: product.id,
    display: product.name,
    atc: product.atc.length > 0 ? product.atc : (drugOf(product)?.atc ?? []),
    unit: UNIT_NAMES[product.unit],
  };
}

const productView = (product: Product, drugId: string) => ({
  id: product.id,
  drugId,
  name: product.name,
  form: product.form,
  strength: strengthOf(product),
});

/** Search-as-you-type: each drug with its products; a combination product (co-codamol) as its own entry. */
export function searchCatalogueDrugs(query: string, limit: number): CatalogueDrug[] {
  return searchCatalogue(query, { limit }).map((match) =>
    match.kind === 'drug'
      ? {
          id: match.drug.id,
          name: match.drug.name,
          brandNames: [...match.drug.brands],
          atc: [...match.drug.atc],
          products: match.drug.products.map((product) => productView(product, match.drug.id)),
        }
      : {
          id: match.product.id,
          name: match.product.name,
          brandNames: [...match.product.brands],
          atc: [...match.product.atc],
          products: [productView(match.product, match.product.id)],
        },
  );
}

const NUMBER = /(\d+(?:\.\d+)?)\s*(mg|g|mcg|microgram)/i;

/** The product of a drug whose strength the text names ("lisinopril 10 MG Oral Tablet"), else its first. */
function productByText(drug: Drug, text: string): Product | undefined {
  const match = NUMBER.exec(text);
  if (match) {
    const unit = (match[2] ?? 'mg').toLowerCase();
    const mg = Number(match[1]) * (unit === 'g' ? 1000 : unit === 'mg' ? 1 : 0.001);
    const exact = drug.products.find((product) =>
      product.ingredients.some((ingredient) => 'amountMg' in ingredient && ingredient.amountMg === mg),
    );
    if (exact) return exact;
  }
  return drug.products[0];
}

/**
 * The catalogue product a record's medicine is: by the catalogue's own code, then by ATC code, then by
 * the name it is written with (imported records name a medicine as RxNorm does, "lisinopril 10 MG Oral
 * Tablet"): the drug whose generic name, other name or brand the text begins with.
 */
export function identifyMedicine(concept: {
  coding?: readonly { system?: string; code?: string; display?: string }[];
  text?: string;
}): string | null {
  const codings = concept.coding ?? [];
  const own = codings.find(
    (coding) => coding.system === CATALOGUE_SYSTEM && coding.code && findProduct(coding.code),
  );
  if (own?.code) return own.code;
  const text = concept.text ?? codings.find((coding) => coding.display)?.display ?? '';
  for (const coding of codings) {
    if (coding.system !== ATC_SYSTEM || !coding.code) continue;
    const drug = DRUGS.find((candidate) => candidate.atc.includes(coding.code ?? ''));
    const product = drug ? productByText(drug, text) : undefined;
    if (product) return product.id;
  }
  if (!text) return null;
  // RxNorm-style names: "naproxen sodium 220 MG Oral Tablet", "24 HR metformin hydrochloride 500 MG
  // Extended Release Oral Tablet", "200 ACTUAT albuterol 0.09 MG/ACTUAT Metered Dose Inhaler": the
  // words before the strength, without a leading release period or pack size,
  // then fewer of them ("naproxen sodium" → "naproxen").
  const name = text.replace(/^(\d+(\.\d+)?\s*(HR|ACTUAT|ML)\s+)+/i, '');
  const words = (name.split(/\s+\d/)[0] ?? name).trim().split(/\s+/);
  for (let count = words.length; count > 0; count--) {
    const [best] = searchCatalogue(words.slice(0, count).join(' '), { limit: 1 });
    if (!best || (best.rank !== 'exact' && best.rank !== 'prefix')) continue;
    if (best.kind === 'product') return best.product.id;
    return productByText(best.drug, name)?.id ?? null;
  }
  return null;
}

const OVERRIDE_SEVERITIES = new Set(['contraindicated', 'major']);

/**
 * The substance a recorded allergy names: records say "Allergy to penicillin" (SNOMED CT's wording),
 * "Penicillin allergy" or "Allergic to penicillin"; the rules match the substance.
 */
export const allergenText = (label: string) =>
  label
    .trim()
    .replace(/^(allergy|allergic|hypersensitivity|intolerance)\s+(to\s+)?/i, '')
    .replace(/\s+(allergy|hypersensitivity|intolerance)$/i, '')
    .trim();

/** A finding as the API shows it; its key names the rule and the drugs, so it is the same on every check. */
function toApiAlert(alert: ClinicalSafetyAlert, allergyLabels: ReadonlyMap<string, string>): SafetyAlert {
  const basis =
    alert.kind === 'interaction' || alert.kind === 'allergy-cross-reactivity'
      ? alert.ruleId
      : alert.kind === 'duplicate-therapy'
        ? alert.basis.kind === 'same-ingredient'
          ? `ingredient-${alert.basis.drugId}`
          : `class-${alert.basis.classId}`
        : alert.kind === 'dose-above-maximum'
          ? `${alert.drugId}-${alert.limit}`
          : alert.drugId;
  const drugs = alert.drugIds.map((id) => findDrug(id)?.name ?? id);
  const allergen =
    alert.kind === 'allergy' || alert.kind === 'allergy-cross-reactivity'
      ? [allergyLabels.get(JSON.stringify(alert.allergen)) ?? 'recorded allergy']
      : [];
  return {
    key: `${alert.kind}:${basis}:${[...alert.drugIds].join('+')}`,
    kind: alert.kind,
    severity: alert.severity,
    title: alert.summary,
    involves: [...drugs, ...allergen],
    mechanism: alert.mechanism,
    management: alert.management,
    reference: alert.references.join('; '),
    needsOverride: OVERRIDE_SEVERITIES.has(alert.severity),
  };
}

/** The catalogue and the safety rules of packages/clinical, as the prescribing service uses them. */
export const catalogueKnowledge: MedicineKnowledge = {
  entry: catalogueEntry,
  search: searchCatalogueDrugs,
  identify: identifyMedicine,
  check(proposal, current, allergies) {
    const allergens: Allergen[] = allergies.map((allergy) => ({
      kind: 'substance',
      text: allergenText(allergy.label),
    }));
    const labels = new Map(
      allergens.map((allergen, index) => [JSON.stringify(allergen), allergies[index]?.label ?? '']),
    );
    const report = checkMedicationSafety({
      candidate: { key: 'proposed', productId: proposal.productId, dosage: proposal.dosage },
      current: current.flatMap((medicine, index) =>
        medicine.productId
          ? [{ key: `current-${index}`, productId: medicine.productId, dosage: medicine.dosage }]
          : [],
      ),
      allergies: allergens,
    });
    return {
      alerts: report.alerts.map((alert) => toApiAlert(alert, labels)),
      unrecognisedAllergies: report.unmatchedAllergens.flatMap((allergen) => {
        const label = labels.get(JSON.stringify(allergen));
        return label === undefined ? [] : [label];
      }),
    };
  },
};
