import { type DrugId, findDrug } from '../catalogue/drugs.ts';
import { DUPLICATE_CLASS_RULES, type DuplicateClassRule } from './duplicate-classes.table.ts';
import { interactionsBetween } from './interaction-index.ts';
import { className, membersOf } from './membership.ts';
import { citation } from './references.ts';
import type { ResolvedItem } from './resolve.ts';
import type { DuplicateTherapyAlert, InteractionAlert } from './safety.types.ts';

/** The drug's name for alert text. */
export const drugName = (drugId: DrugId) => findDrug(drugId)?.name ?? drugId;

/** The product or drug name of an item for alert text. */
export const itemName = (item: ResolvedItem) =>
  item.product?.name ?? item.ingredients.map((part) => drugName(part.drugId)).join(' + ');

/** Interaction alerts between two medications (each ingredient of one against each of the other). */
export function interactionAlerts(a: ResolvedItem, b: ResolvedItem): InteractionAlert[] {
  if (!a.isSystemic || !b.isSystemic) return [];
  const alerts = new Map<string, InteractionAlert>();
  for (const first of a.ingredients) {
    for (const second of b.ingredients) {
      for (const { rule, drugIds } of interactionsBetween(first.drugId, second.drugId)) {
        const itemKeys = drugIds[0] === first.drugId ? [a.key, b.key] : [b.key, a.key];
        const id = `${rule.id}|${drugIds.join('|')}|${itemKeys.join('|')}`;
        if (alerts.has(id)) continue;
        alerts.set(id, {
          kind: 'interaction',
          severity: rule.severity,
          drugIds,
          itemKeys,
          summary: `${drugName(drugIds[0])} with ${drugName(drugIds[1])}: ${rule.effect}`,
          mechanism: rule.mechanism,
          management: rule.management,
          references: rule.references.map(citation),
          ruleId: rule.id,
          concern: rule.concern,
        });
      }
    }
  }
  return [...alerts.values()];
}

const DUPLICATE_RULES_BY_DRUG = new Map<DrugId, DuplicateClassRule[]>();
for (const rule of DUPLICATE_CLASS_RULES) {
  for (const drugId of membersOf(rule.classId)) {
    const rules = DUPLICATE_RULES_BY_DRUG.get(drugId) ?? [];
    rules.push(rule);
    DUPLICATE_RULES_BY_DRUG.set(drugId, rules);
  }
}

const inOrder = (first: [DrugId, string], second: [DrugId, string]) =>
  first[0] < second[0] || (first[0] === second[0] && first[1] <= second[1])
    ? [first, second]
    : [second, first];

function sameIngredientAlert(drugId: DrugId, x: ResolvedItem, y: ResolvedItem): DuplicateTherapyAlert {
  const [a, b] = x.key <= y.key ? [x, y] : [y, x];
  return {
    kind: 'duplicate-therapy',
    severity: 'moderate',
    drugIds: [drugId],
    itemKeys: [a.key, b.key],
    summary: `${drugName(drugId)} is in both ${itemName(a)} and ${itemName(b)}.`,
    mechanism: 'The same ingredient in two products: the doses add up.',
    management:
      'Check that both are intended (two strengths to make one dose, or a planned switch); the daily maximum applies to the total.',
    references: [citation('bnf')],
    basis: { kind: 'same-ingredient', drugId },
  };
}

/** Duplicate therapy between two medications: the same ingredient, or two drugs of a duplicate-checked class. */
export function duplicateAlerts(a: ResolvedItem, b: ResolvedItem): DuplicateTherapyAlert[] {
  if (!a.isSystemic || !b.isSystemic) return [];
  const alerts = new Map<string, DuplicateTherapyAlert>();
  for (const first of a.ingredients) {
    for (const second of b.ingredients) {
      if (first.drugId === second.drugId) {
        alerts.set(`same|${first.drugId}`, sameIngredientAlert(first.drugId, a, b));
        continue;
      }
      const secondRules = DUPLICATE_RULES_BY_DRUG.get(second.drugId) ?? [];
      for (const rule of DUPLICATE_RULES_BY_DRUG.get(first.drugId) ?? []) {
        if (!secondRules.includes(rule)) continue;
        const [one, other] = inOrder([first.drugId, a.key], [second.drugId, b.key]);
        if (!one || !other) continue;
        const id = `class|${rule.classId}|${one[0]}|${other[0]}`;
        if (alerts.has(id)) continue;
        alerts.set(id, {
          kind: 'duplicate-therapy',
          severity: rule.severity,
          drugIds: [one[0], other[0]],
          itemKeys: [one[1], other[1]],
          summary: `${drugName(one[0])} and ${drugName(other[0])} are in the same class: ${className(rule.classId)}.`,
          mechanism: `Two drugs of the same class (${className(rule.classId)}).`,
          management: rule.management,
          references: rule.references.map(citation),
          basis: { kind: 'same-class', classId: rule.classId },
        });
      }
    }
  }
  return [...alerts.values()];
}
