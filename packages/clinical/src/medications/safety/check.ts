import { allergyAlerts, resolveAllergens } from './allergy.ts';
import { doseChecks } from './dose.ts';
import { duplicateAlerts, interactionAlerts } from './pair-checks.ts';
import { type ResolvedItem, resolveOrders } from './resolve.ts';
import {
  type AlertKind,
  type Allergen,
  type MedicationOrder,
  type SafetyAlert,
  type SafetyReport,
  SEVERITY_RANK,
} from './safety.types.ts';

const KIND_ORDER: Readonly<Record<AlertKind, number>> = {
  allergy: 0,
  'allergy-cross-reactivity': 1,
  interaction: 2,
  'dose-above-maximum': 3,
  'duplicate-therapy': 4,
};

const detailOf = (alert: SafetyAlert) =>
  alert.kind === 'interaction' || alert.kind === 'allergy-cross-reactivity'
    ? alert.ruleId
    : alert.kind === 'duplicate-therapy'
      ? alert.basis.kind
      : alert.kind === 'dose-above-maximum'
        ? alert.limit
        : '';

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Most serious first, then by kind and content, so that the order never depends on the input order. */
function compareAlerts(a: SafetyAlert, b: SafetyAlert): number {
  return (
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
    KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
    compareText(a.drugIds.join('|'), b.drugIds.join('|')) ||
    compareText(detailOf(a), detailOf(b)) ||
    compareText(a.itemKeys.join('|'), b.itemKeys.join('|')) ||
    compareText(a.summary, b.summary)
  );
}

function runChecks(
  orders: readonly MedicationOrder[],
  allergies: readonly Allergen[],
  focusKeys: ReadonlySet<string> | null,
): SafetyReport {
  const { items, unchecked } = resolveOrders(orders);
  const inFocus = (item: ResolvedItem) => focusKeys === null || focusKeys.has(item.key);
  const alerts: SafetyAlert[] = [];
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const a = items[i];
      const b = items[j];
      if (!a || !b || !(inFocus(a) || inFocus(b))) continue;
      alerts.push(...interactionAlerts(a, b), ...duplicateAlerts(a, b));
    }
  }
  const dose = doseChecks(items, focusKeys);
  alerts.push(...dose.alerts);
  const { resolved, unmatched } = resolveAllergens(allergies);
  if (resolved.length > 0)
    for (const item of items.filter(inFocus)) alerts.push(...allergyAlerts(item, resolved));
  return {
    alerts: alerts.sort(compareAlerts),
    unchecked: [...unchecked, ...dose.unchecked],
    unmatchedAllergens: unmatched,
  };
}

/**
 * The checks for a medication about to be prescribed: its interactions with and duplication of the
 * current medications, its ingredients' total doses (current ones included) and single doses, and the
 * patient's recorded allergies. A current medication with the candidate's key is left out.
 */
export function checkMedicationSafety(input: {
  candidate: MedicationOrder;
  current: readonly MedicationOrder[];
  allergies?: readonly Allergen[];
}): SafetyReport {
  const current = input.current.filter((order) => order.key !== input.candidate.key);
  return runChecks([input.candidate, ...current], input.allergies ?? [], new Set([input.candidate.key]));
}

/** A medication review: every pair of the list, every ingredient's total dose, and every allergy. */
export function reviewMedicationList(input: {
  medications: readonly MedicationOrder[];
  allergies?: readonly Allergen[];
}): SafetyReport {
  return runChecks(input.medications, input.allergies ?? [], null);
}
