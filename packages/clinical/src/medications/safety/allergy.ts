import { normalizeSearchText } from '../../codes/conditions.ts';
import { type DrugId, isDrugId } from '../catalogue/drugs.ts';
import { searchCatalogue } from '../catalogue/search.ts';
import { ALLERGEN_TERMS, type AllergenTarget } from './allergen-terms.table.ts';
import { ALLERGY_CLASS_POLICIES, CROSS_REACTIVITY_RULES } from './allergy-rules.table.ts';
import type { ClassId } from './groups.ts';
import { className, isClassId, membersOf } from './membership.ts';
import { drugName } from './pair-checks.ts';
import { citation } from './references.ts';
import type { ResolvedItem } from './resolve.ts';
import {
  type Allergen,
  type AllergyAlert,
  type CrossReactivityAlert,
  SEVERITY_RANK,
  type Severity,
} from './safety.types.ts';

/** A recorded allergy and the drugs or classes it was matched to. */
export type ResolvedAllergen = { recorded: Allergen; targets: readonly AllergenTarget[] };

function targetsOfText(text: string): AllergenTarget[] {
  const normalized = normalizeSearchText(text);
  const term = ALLERGEN_TERMS[normalized];
  if (term) return [...term];
  const drugIds = searchCatalogue(text, { limit: 10 })
    .filter((match) => match.rank === 'exact')
    .flatMap((match) =>
      match.kind === 'drug'
        ? [match.drug.id]
        : match.product.ingredients.map((part) => part.drugId).filter(isDrugId),
    );
  return [...new Set(drugIds)].map((drugId) => ({ kind: 'drug', drugId }));
}

function targetsOf(allergen: Allergen): AllergenTarget[] {
  switch (allergen.kind) {
    case 'drug':
      return isDrugId(allergen.drugId)
        ? [{ kind: 'drug', drugId: allergen.drugId }]
        : targetsOfText(allergen.drugId);
    case 'class':
      return isClassId(allergen.classId) ? [{ kind: 'class', classId: allergen.classId }] : [];
    case 'substance':
      return targetsOfText(allergen.text);
  }
}

/** Matches recorded allergies to formulary drugs and classes; free text through allergy words and exact names. */
export function resolveAllergens(allergens: readonly Allergen[]): {
  resolved: ResolvedAllergen[];
  unmatched: Allergen[];
} {
  const resolved: ResolvedAllergen[] = [];
  const unmatched: Allergen[] = [];
  for (const recorded of allergens) {
    const targets = targetsOf(recorded);
    if (targets.length === 0) unmatched.push(recorded);
    else resolved.push({ recorded, targets });
  }
  return { resolved, unmatched };
}

const POLICIES = ALLERGY_CLASS_POLICIES.map((policy) => ({ policy, members: membersOf(policy.classId) }));
const POLICY_BY_CLASS = new Map<ClassId, (typeof POLICIES)[number]>(
  POLICIES.map((entry) => [entry.policy.classId, entry]),
);
const CROSS_RULES = CROSS_REACTIVITY_RULES.map((rule) => ({
  rule,
  allergenMembers: membersOf(rule.allergen),
  candidateMembers: membersOf(rule.candidate),
}));

const DEFAULT_MANAGEMENT =
  'Do not give; choose a drug of another class. If the allergy label is doubtful, refer for allergy assessment rather than avoid the drug for life.';

const isSubset = (inner: ReadonlySet<DrugId>, outer: ReadonlySet<DrugId>) =>
  inner.size > 0 && [...inner].every((drugId) => outer.has(drugId));

type Finding = {
  severity: Severity;
  summary: string;
  mechanism: string;
  management: string;
  references: readonly string[];
};

type CrossFinding = Finding & { ruleId: string };

function directFinding(target: AllergenTarget, drugId: DrugId): Finding | null {
  if (target.kind === 'drug' && target.drugId === drugId) {
    return {
      severity: 'contraindicated',
      summary: `Recorded allergy to ${drugName(drugId)}.`,
      mechanism: 'The patient has a recorded allergy to this drug.',
      management: DEFAULT_MANAGEMENT,
      references: [citation('nice-cg183-drug-allergy')],
    };
  }
  if (target.kind === 'class') {
    if (!membersOf(target.classId).has(drugId)) return null;
    const entry = POLICY_BY_CLASS.get(target.classId);
    return {
      severity: entry?.policy.classSeverity ?? 'major',
      summary: `Recorded allergy to ${className(target.classId)}; ${drugName(drugId)} is one of them.`,
      mechanism: entry?.policy.rationale ?? 'The patient has a recorded allergy to this class.',
      management: DEFAULT_MANAGEMENT,
      references: (entry?.policy.references ?? ['nice-cg183-drug-allergy']).map(citation),
    };
  }
  let best: Finding | null = null;
  for (const { policy, members } of POLICIES) {
    if (policy.siblingSeverity === null || !members.has(target.drugId) || !members.has(drugId)) continue;
    if (best && SEVERITY_RANK[best.severity] <= SEVERITY_RANK[policy.siblingSeverity]) continue;
    best = {
      severity: policy.siblingSeverity,
      summary: `Recorded allergy to ${drugName(target.drugId)}; ${drugName(drugId)} is of the same class (${className(policy.classId)}).`,
      mechanism: policy.rationale,
      management: DEFAULT_MANAGEMENT,
      references: policy.references.map(citation),
    };
  }
  return best;
}

function crossFinding(target: AllergenTarget, drugId: DrugId): CrossFinding | null {
  let best: CrossFinding | null = null;
  for (const { rule, allergenMembers, candidateMembers } of CROSS_RULES) {
    if (!candidateMembers.has(drugId)) continue;
    const matches =
      target.kind === 'drug'
        ? target.drugId !== drugId && allergenMembers.has(target.drugId)
        : target.classId === rule.allergen || isSubset(membersOf(target.classId), allergenMembers);
    if (!matches || (best && SEVERITY_RANK[best.severity] <= SEVERITY_RANK[rule.severity])) continue;
    const recordedName = target.kind === 'drug' ? drugName(target.drugId) : className(target.classId);
    best = {
      severity: rule.severity,
      summary: `Possible cross-reactivity: recorded allergy to ${recordedName}, prescribing ${drugName(drugId)}.`,
      mechanism: rule.rationale,
      management: rule.management,
      references: rule.references.map(citation),
      ruleId: rule.id,
    };
  }
  return best;
}

const moreSerious = <F extends Finding>(a: F | null, b: F | null): F | null =>
  a === null ? b : b === null || SEVERITY_RANK[a.severity] <= SEVERITY_RANK[b.severity] ? a : b;

/**
 * Allergy alerts for one medication: the recorded drug itself, a drug of a recorded class, a drug of the
 * same class as a recorded drug where that class cross-reacts as a whole, and otherwise cross-reactivity
 * by structure or mechanism (side chains, COX-1). One alert per recorded allergy and ingredient, the most
 * serious. Non-antibacterial sulfonamides are not flagged for a sulfonamide antibacterial allergy.
 */
export function allergyAlerts(
  item: ResolvedItem,
  allergens: readonly ResolvedAllergen[],
): (AllergyAlert | CrossReactivityAlert)[] {
  const alerts: (AllergyAlert | CrossReactivityAlert)[] = [];
  for (const { drugId } of item.ingredients) {
    for (const { recorded, targets } of allergens) {
      let direct: Finding | null = null;
      let cross: CrossFinding | null = null;
      for (const target of targets) {
        direct = moreSerious(direct, directFinding(target, drugId));
        if (!direct) cross = moreSerious(cross, crossFinding(target, drugId));
      }
      const base = { drugIds: [drugId], itemKeys: [item.key], drugId, allergen: recorded };
      if (direct) alerts.push({ kind: 'allergy', ...base, ...direct });
      else if (cross) alerts.push({ kind: 'allergy-cross-reactivity', ...base, ...cross });
    }
  }
  return alerts;
}
