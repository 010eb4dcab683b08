import type { DoseGuide, Product } from '../catalogue/catalogue.types.ts';
import { type DrugId, findDrug } from '../catalogue/drugs.ts';
import { type DoseUnit, maxDosesPerDay, type Route } from '../dosage.ts';
import { drugName } from './pair-checks.ts';
import type { ResolvedIngredient, ResolvedItem } from './resolve.ts';
import type { DoseAlert, UncheckedItem } from './safety.types.ts';

const MG_PER_UNIT: Partial<Record<DoseUnit, number>> = { mg: 1, g: 1000, microgram: 0.001 };
const TOLERANCE_MG = 1e-6;

/**
 * The mg of one ingredient in one dose: quantity × amount per unit when the dose is in the product's
 * own unit (2 tablets, 10 mL), or the dose itself when it is a mass of a single-ingredient medicine.
 * Null when it cannot be known (a mass dose of a combination product, drops of an eye drop).
 */
export function ingredientMgPerDose(item: ResolvedItem, ingredient: ResolvedIngredient): number | null {
  const { dosage, product } = item;
  if (!dosage) return null;
  if (product && dosage.doseUnit === product.unit && ingredient.amountMgPerUnit !== null) {
    return dosage.doseQuantity * ingredient.amountMgPerUnit;
  }
  const factor = MG_PER_UNIT[dosage.doseUnit];
  if (factor !== undefined && (product === null || product.ingredients.length === 1))
    return dosage.doseQuantity * factor;
  return null;
}

/** The dose guides that count an item: its route, and its product form where a guide is form-specific. */
function guidesFor(drugId: DrugId, route: Route, product: Product | null): readonly DoseGuide[] {
  const byRoute = (findDrug(drugId)?.doses ?? []).filter((guide) => guide.routes.includes(route));
  if (product) return byRoute.filter((guide) => !guide.forms || guide.forms.includes(product.form));
  const general = byRoute.filter((guide) => !guide.forms);
  if (general.length > 0 || byRoute.length === 0) return general;
  // A drug named without a product: the most permissive form-specific maximum, so as not to over-alert.
  const [widest] = [...byRoute].sort((a, b) => (b.maxDailyMg ?? Infinity) - (a.maxDailyMg ?? Infinity));
  return widest ? [widest] : [];
}

type Contribution = { item: ResolvedItem; perDoseMg: number; dailyMg: number; weeklyMg: number };

const round = (value: number) => Math.round(value * 1000) / 1000;

/** '8 g', '250 mg', '62.5 micrograms'. */
export function formatMass(mg: number): string {
  if (mg >= 1000 && Number.isInteger(round(mg / 100))) return `${round(mg / 1000)} g`;
  if (mg >= 1) return `${round(mg)} mg`;
  return `${round(mg * 1000)} micrograms`;
}

const LIMIT_WORDS = { single: 'in one dose', daily: 'a day', weekly: 'a week' } as const;

function doseAlert(
  drugId: DrugId,
  guide: DoseGuide,
  limit: DoseAlert['limit'],
  amountMg: number,
  limitMg: number,
  items: readonly ResolvedItem[],
): DoseAlert {
  const from = items.length > 1 ? ` from ${items.length} medications` : '';
  return {
    kind: 'dose-above-maximum',
    severity: 'major',
    drugIds: [drugId],
    itemKeys: items.map((item) => item.key).sort(),
    summary: `${drugName(drugId)} ${formatMass(amountMg)} ${LIMIT_WORDS[limit]}${from} is above the maximum of ${formatMass(limitMg)} ${LIMIT_WORDS[limit]}.`,
    mechanism: `Above the usual adult maximum (usual ${formatMass(guide.usualDailyMg[0])}–${formatMass(guide.usualDailyMg[1])} a day by ${guide.routes.join(', ')}).`,
    management:
      guide.note ??
      'Reduce the dose, or stop one of the products that contain it; confirm if a higher dose is intended.',
    references: [guide.source],
    drugId,
    limit,
    amountMg: round(amountMg),
    limitMg,
    routes: guide.routes,
  };
}

/**
 * Dose checks: each ingredient's daily (and weekly) total over all medications that contain it, by the
 * routes of its dose guide, against the maximum; and each dose against the maximum single dose.
 * Only ingredients of the focus items are reported (all when `focusKeys` is null).
 */
export function doseChecks(
  items: readonly ResolvedItem[],
  focusKeys: ReadonlySet<string> | null,
): { alerts: DoseAlert[]; unchecked: UncheckedItem[] } {
  const inFocus = (item: ResolvedItem) => focusKeys === null || focusKeys.has(item.key);
  const focusDrugs = new Set(
    items.filter(inFocus).flatMap((item) => item.ingredients.map((part) => part.drugId)),
  );
  const byGuide = new Map<DoseGuide, { drugId: DrugId; parts: Contribution[] }>();
  const unchecked: UncheckedItem[] = [];
  for (const item of items) {
    if (!item.isSystemic || !item.dosage || item.route === null) continue;
    for (const ingredient of item.ingredients) {
      if (!focusDrugs.has(ingredient.drugId)) continue;
      const guides = guidesFor(ingredient.drugId, item.route, item.product);
      if (guides.length === 0) continue;
      const perDoseMg = ingredientMgPerDose(item, ingredient);
      if (perDoseMg === null) {
        if (inFocus(item)) {
          unchecked.push({
            itemKey: item.key,
            reason: 'dose-not-computable',
            detail: `${drugName(ingredient.drugId)}: a dose in ${item.dosage.doseUnit} cannot be converted to mg for this product`,
          });
        }
        continue;
      }
      const { timing } = item.dosage;
      const dailyMg = perDoseMg * maxDosesPerDay(timing);
      const weeklyMg = dailyMg * (timing.kind === 'weekly' ? timing.weekdays.length : 7);
      for (const guide of guides) {
        const entry = byGuide.get(guide) ?? { drugId: ingredient.drugId, parts: [] };
        entry.parts.push({ item, perDoseMg, dailyMg, weeklyMg });
        byGuide.set(guide, entry);
      }
    }
  }
  const alerts: DoseAlert[] = [];
  for (const [guide, { drugId, parts }] of byGuide) {
    const contributing = parts.map((part) => part.item);
    const dailyMg = parts.reduce((sum, part) => sum + part.dailyMg, 0);
    if (guide.maxDailyMg !== null && dailyMg > guide.maxDailyMg + TOLERANCE_MG) {
      alerts.push(doseAlert(drugId, guide, 'daily', dailyMg, guide.maxDailyMg, contributing));
    }
    const weeklyMg = parts.reduce((sum, part) => sum + part.weeklyMg, 0);
    if (guide.maxWeeklyMg !== undefined && weeklyMg > guide.maxWeeklyMg + TOLERANCE_MG) {
      alerts.push(doseAlert(drugId, guide, 'weekly', weeklyMg, guide.maxWeeklyMg, contributing));
    }
    const { maxSingleMg } = guide;
    if (maxSingleMg === undefined) continue;
    for (const part of parts) {
      if (inFocus(part.item) && part.perDoseMg > maxSingleMg + TOLERANCE_MG) {
        alerts.push(doseAlert(drugId, guide, 'single', part.perDoseMg, maxSingleMg, [part.item]));
      }
    }
  }
  return { alerts, unchecked };
}
