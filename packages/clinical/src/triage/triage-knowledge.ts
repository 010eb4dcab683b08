import type { ConditionKnowledge, SymptomConcept } from './knowledge.types.ts';
import { normaliseText } from './message-text.ts';
import { createPhraseMatcher, type PhraseMatcher } from './phrase-matcher.ts';
import { RED_FLAG_FINDINGS } from './red-flag-findings.ts';

/**
 * A specific finding implies the general one ("pain low on the right of the tummy" is tummy pain),
 * so conditions described in general terms still count the specific words.
 */
const IMPLIES: Readonly<Record<string, readonly string[]>> = {
  'upper-abdominal-pain': ['abdominal-pain'],
  'right-upper-abdominal-pain': ['upper-abdominal-pain', 'abdominal-pain'],
  'lower-right-abdominal-pain': ['abdominal-pain'],
  'lower-left-abdominal-pain': ['abdominal-pain'],
  'lower-abdominal-pain': ['abdominal-pain'],
  'abdominal-cramps': ['abdominal-pain'],
  'loin-to-groin-pain': ['flank-pain'],
  'productive-cough': ['cough'],
  'dry-cough': ['cough'],
  'persistent-cough': ['cough'],
  'barking-cough': ['cough'],
  haemoptysis: ['cough'],
  'thunderclap-headache': ['headache'],
  'one-sided-throbbing-headache': ['headache'],
  'band-like-headache': ['headache'],
  'headache-behind-one-eye': ['headache'],
  'non-blanching-rash': ['rash'],
  hives: ['rash'],
  blisters: ['rash'],
  'exertional-chest-pain': ['chest-pain'],
  'tearing-pain-to-back': ['chest-pain'],
  'painful-swallowing': ['sore-throat'],
  'one-leg-swollen': ['leg-swelling'],
  'bloody-diarrhoea': ['diarrhoea', 'blood-in-stool'],
  'hot-red-joint': ['joint-pain', 'joint-swelling'],
  'big-toe-pain': ['joint-pain'],
  'breathless-speech': ['dyspnoea'],
};

/** Where it hurts: "my knee has ached for a year" is joint pain, "pain across my chest" chest pain. */
const PAINFUL_PARTS: readonly (readonly [string, string])[] = [
  ['chest', 'chest-pain'],
  ['stomach', 'abdominal-pain'],
  ['abdomen', 'abdominal-pain'],
  ['abdominal', 'abdominal-pain'],
  ['belly button', 'abdominal-pain'],
  ['lower back', 'back-pain'],
  ['upper back', 'back-pain'],
  ['knee', 'joint-pain'],
  ['hip', 'joint-pain'],
  ['shoulder', 'joint-pain'],
  ['elbow', 'joint-pain'],
  ['wrist', 'joint-pain'],
  ['ankle', 'joint-pain'],
  ['joint', 'joint-pain'],
  ['finger', 'joint-pain'],
  ['knuckle', 'joint-pain'],
  ['ear', 'ear-pain'],
  ['eye', 'eye-pain'],
  ['throat', 'sore-throat'],
  ['tooth', 'toothache'],
  ['testicle', 'testicular-pain'],
  ['scrotum', 'testicular-pain'],
  ['neck', 'neck-pain'],
  ['calf', 'calf-pain'],
  ['pelvis', 'pelvic-pain'],
  ['pelvic', 'pelvic-pain'],
  ['heel', 'heel-pain'],
  ['muscle', 'muscle-aches'],
];
const PAIN_WORDS = ['pain', 'ache', 'hurt', 'sore', 'painful', 'tender', 'throbbing'];

export interface TriageKnowledge {
  readonly symptoms: ReadonlyMap<string, SymptomConcept>;
  readonly conditions: readonly ConditionKnowledge[];
  readonly matcher: PhraseMatcher;
  /** Condition names and synonyms, normalised, to the condition. */
  readonly conditionByName: ReadonlyMap<string, ConditionKnowledge>;
  /** The general findings a finding implies. */
  impliedBy(id: string): readonly string[];
}

/**
 * Builds the knowledge the engine reads: the emergency findings first (so their phrases can never be
 * taken over by the tables), then the symptom tables, and the conditions checked against them.
 */
export function createTriageKnowledge(input: {
  symptoms: readonly SymptomConcept[];
  conditions: readonly ConditionKnowledge[];
}): TriageKnowledge {
  const symptoms = new Map<string, SymptomConcept>();
  for (const concept of [...RED_FLAG_FINDINGS, ...input.symptoms]) {
    if (symptoms.has(concept.id)) throw new Error(`symptom ${concept.id} is defined twice`);
    symptoms.set(concept.id, concept);
  }
  for (const condition of input.conditions)
    for (const id of Object.keys(condition.findings))
      if (!symptoms.has(id)) throw new Error(`condition ${condition.id} names unknown finding ${id}`);

  const phrases: (readonly [string, string])[] = [];
  for (const concept of symptoms.values())
    for (const phrase of concept.synonyms) phrases.push([phrase, concept.id]);
  for (const [part, id] of PAINFUL_PARTS)
    if (symptoms.has(id)) for (const word of PAIN_WORDS) phrases.push([`${part} ${word}`, id]);
  const conditionByName = new Map<string, ConditionKnowledge>();
  for (const condition of input.conditions)
    for (const name of [condition.name, ...condition.synonyms]) {
      const key = normaliseText(name);
      if (!conditionByName.has(key)) conditionByName.set(key, condition);
    }
  return {
    symptoms,
    conditions: input.conditions,
    matcher: createPhraseMatcher(phrases),
    conditionByName,
    impliedBy: (id) => (IMPLIES[id] ?? []).filter((general) => symptoms.has(general)),
  };
}
