import { describe, expect, it } from 'vitest';
import { isTherapeuticClassId, THERAPEUTIC_CLASS_IDS } from '../catalogue/classes.ts';
import { DRUGS, isDrugId } from '../catalogue/drugs.ts';
import { ALLERGY_CLASS_POLICIES, CROSS_REACTIVITY_RULES } from './allergy-rules.table.ts';
import { DUPLICATE_CLASS_RULES } from './duplicate-classes.table.ts';
import { DRUG_GROUPS } from './groups.ts';
import { INTERACTION_RULES } from './interaction-rules.ts';
import { isClassId, membersOf } from './membership.ts';
import { REFERENCES, type ReferenceId } from './references.ts';
import { SEVERITIES } from './safety.types.ts';

const duplicates = (values: readonly string[]) =>
  values.filter((value, index) => values.indexOf(value) !== index);
const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const isParticipant = (id: string) => isDrugId(id) || isClassId(id);

describe('interaction rules (data)', () => {
  it('have unique kebab-case ids', () => {
    expect(duplicates(INTERACTION_RULES.map((rule) => rule.id))).toEqual([]);
    for (const rule of INTERACTION_RULES) expect(rule.id).toMatch(KEBAB);
  });

  it('each has a severity, an effect, a mechanism, management and at least one known reference', () => {
    for (const rule of INTERACTION_RULES) {
      expect(SEVERITIES, rule.id).toContain(rule.severity);
      expect(rule.effect.length, rule.id).toBeGreaterThan(10);
      expect(rule.mechanism.length, rule.id).toBeGreaterThan(10);
      expect(rule.management.length, rule.id).toBeGreaterThan(5);
      expect(rule.references.length, rule.id).toBeGreaterThan(0);
      for (const reference of rule.references)
        expect(Object.hasOwn(REFERENCES, reference), rule.id).toBe(true);
    }
  });

  it('name only formulary drugs, classes and groups, each with members', () => {
    for (const rule of INTERACTION_RULES) {
      for (const participant of rule.between) {
        expect(isParticipant(participant), `${rule.id}: ${participant}`).toBe(true);
        expect(membersOf(participant).size, `${rule.id}: ${participant}`).toBeGreaterThan(0);
      }
    }
  });
});

describe('groups and classes (data)', () => {
  it('have unique ids that are not drug ids', () => {
    const groupIds = DRUG_GROUPS.map((group) => group.id);
    expect(duplicates([...groupIds, ...THERAPEUTIC_CLASS_IDS])).toEqual([]);
    for (const id of [...groupIds, ...THERAPEUTIC_CLASS_IDS]) expect(isDrugId(id), id).toBe(false);
  });

  it('list only formulary drugs and therapeutic classes, each group with a source', () => {
    for (const group of DRUG_GROUPS) {
      expect(group.source.length, group.id).toBeGreaterThanOrEqual(3);
      expect(duplicates([...group.members]), group.id).toEqual([]);
      for (const member of group.members) {
        expect(isDrugId(member) || isTherapeuticClassId(member), `${group.id}: ${member}`).toBe(true);
      }
    }
  });

  it('give every therapeutic class at least one drug', () => {
    const used = new Set(DRUGS.flatMap((drug) => drug.classes));
    expect(THERAPEUTIC_CLASS_IDS.filter((id) => !used.has(id))).toEqual([]);
  });
});

describe('duplicate and allergy tables (data)', () => {
  it('check classes with at least two drugs, each with management and references', () => {
    expect(duplicates(DUPLICATE_CLASS_RULES.map((rule) => rule.classId))).toEqual([]);
    for (const rule of DUPLICATE_CLASS_RULES) {
      expect(membersOf(rule.classId).size, rule.classId).toBeGreaterThanOrEqual(2);
      expect(rule.management.length, rule.classId).toBeGreaterThan(10);
      expect(rule.references.length, rule.classId).toBeGreaterThan(0);
    }
  });

  it('name known classes, drugs and references', () => {
    for (const policy of ALLERGY_CLASS_POLICIES) {
      expect(membersOf(policy.classId).size, policy.classId).toBeGreaterThan(0);
      expect(policy.references.length).toBeGreaterThan(0);
    }
    expect(duplicates(CROSS_REACTIVITY_RULES.map((rule) => rule.id))).toEqual([]);
    for (const rule of CROSS_REACTIVITY_RULES) {
      expect(isParticipant(rule.allergen) && isParticipant(rule.candidate), rule.id).toBe(true);
      expect(rule.management.length, rule.id).toBeGreaterThan(5);
      expect(rule.references.length, rule.id).toBeGreaterThan(0);
    }
  });

  it('cite every reference somewhere', () => {
    const used = new Set<ReferenceId>([
      ...INTERACTION_RULES.flatMap((rule) => rule.references),
      ...DUPLICATE_CLASS_RULES.flatMap((rule) => rule.references),
      ...ALLERGY_CLASS_POLICIES.flatMap((policy) => policy.references),
      ...CROSS_REACTIVITY_RULES.flatMap((rule) => rule.references),
    ]);
    expect((Object.keys(REFERENCES) as ReferenceId[]).filter((id) => !used.has(id))).toEqual([]);
  });
});
