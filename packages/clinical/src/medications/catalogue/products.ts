import type { Product } from './catalogue.types.ts';
import { COMBINATION_PRODUCTS } from './combination-products.table.ts';
import { DRUGS } from './drugs.ts';

/** Every product of the formulary: each drug's own strengths and the combination products. */
export const PRODUCTS: readonly Product[] = [
  ...DRUGS.flatMap((entry) => entry.products),
  ...COMBINATION_PRODUCTS,
];

const byId: ReadonlyMap<string, Product> = new Map(PRODUCTS.map((product) => [product.id, product]));

/** The product with this id. */
export function findProduct(id: string): Product | undefined {
  return byId.get(id);
}
