import type { Product } from '../catalogue/catalogue.types.ts';
import { type DrugId, findDrug, isDrugId } from '../catalogue/drugs.ts';
import { findProduct } from '../catalogue/products.ts';
import type { Dosage, Route } from '../dosage.ts';
import type { MedicationOrder, UncheckedItem } from './safety.types.ts';

/** Routes with too little systemic exposure for interaction, duplicate and dose checks. */
const NON_SYSTEMIC_ROUTES: ReadonlySet<Route> = new Set(['topical', 'ophthalmic', 'otic', 'vaginal']);

/** One ingredient of a resolved medication, with its amount per product unit when the product is known. */
export type ResolvedIngredient = { drugId: DrugId; amountMgPerUnit: number | null };

/** A medication order matched to the formulary. */
export type ResolvedItem = {
  key: string;
  product: Product | null;
  ingredients: readonly ResolvedIngredient[];
  dosage: Dosage | null;
  /** The dosage's route, else the product's usual route; null for a drug named without either. */
  route: Route | null;
  /** False for topical, ophthalmic, otic and vaginal use. */
  isSystemic: boolean;
};

export type Resolution = { items: ResolvedItem[]; unchecked: UncheckedItem[] };

function resolveOne(order: MedicationOrder): ResolvedItem | UncheckedItem {
  if (order.productId !== undefined) {
    const product = findProduct(order.productId);
    if (!product) return { itemKey: order.key, reason: 'unknown-product', detail: order.productId };
    const ingredients = product.ingredients.flatMap((part): ResolvedIngredient[] =>
      isDrugId(part.drugId)
        ? [{ drugId: part.drugId, amountMgPerUnit: 'amountMg' in part ? part.amountMg : null }]
        : [],
    );
    const route = order.dosage?.route ?? product.routes[0] ?? null;
    return {
      key: order.key,
      product,
      ingredients,
      dosage: order.dosage,
      route,
      isSystemic: isSystemic(route),
    };
  }
  const drug = findDrug(order.drugId);
  if (!drug) return { itemKey: order.key, reason: 'unknown-drug', detail: order.drugId };
  const route = order.dosage?.route ?? null;
  return {
    key: order.key,
    product: null,
    ingredients: [{ drugId: drug.id, amountMgPerUnit: null }],
    dosage: order.dosage,
    route,
    isSystemic: isSystemic(route),
  };
}

const isSystemic = (route: Route | null) => route === null || !NON_SYSTEMIC_ROUTES.has(route);

/** Matches each order to its product or drug; the ones that match nothing are reported, not dropped silently. */
export function resolveOrders(orders: readonly MedicationOrder[]): Resolution {
  const items: ResolvedItem[] = [];
  const unchecked: UncheckedItem[] = [];
  for (const order of orders) {
    const resolved = resolveOne(order);
    if ('itemKey' in resolved) unchecked.push(resolved);
    else items.push(resolved);
  }
  return { items, unchecked };
}
