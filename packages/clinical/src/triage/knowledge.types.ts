/**
 * The shape of the triage knowledge base: the symptoms the assistant recognises (with the lay and
 * clinical words people use for them) and the conditions it weighs (with how often each symptom
 * shows in each). Written from clinical knowledge and shipped in the repo; no I/O.
 */

/** The four outcomes of triage, from most to least urgent. */
export const TRIAGE_LEVELS = ['emergency', 'urgent', 'doctor', 'self-care'] as const;
export type TriageLevel = (typeof TRIAGE_LEVELS)[number];

export type BodySystem =
  | 'general'
  | 'cardiovascular'
  | 'respiratory'
  | 'ent'
  | 'eye'
  | 'gastrointestinal'
  | 'urinary'
  | 'reproductive'
  | 'musculoskeletal'
  | 'neurological'
  | 'skin'
  | 'mental-health'
  | 'endocrine'
  | 'blood';

/**
 * One symptom or finding. `id` is a stable kebab-case key; `synonyms` are the lower-case phrases that
 * name it in a message (lay words first: "can't breathe", "short of breath"; then clinical words:
 * "dyspnoea", "dyspnea"). Phrases are matched on word boundaries after the message is lower-cased,
 * apostrophes are dropped ("can't" -> "cant") and runs of spaces and punctuation become one space,
 * so write them the same way ("cant breathe", not "can't breathe" - both spellings are normalised).
 */
export interface SymptomConcept {
  readonly id: string;
  /** Clinical name, e.g. "Shortness of breath (dyspnoea)". */
  readonly name: string;
  /** Plain words for the patient, e.g. "shortness of breath". */
  readonly lay: string;
  readonly system: BodySystem;
  readonly synonyms: readonly string[];
  /** The follow-up question that asks for it, answerable yes/no: "Are you short of breath?" */
  readonly question: string;
}

/** How common a condition is among people who consult with symptoms (the prior). */
export type Prevalence = 'very-common' | 'common' | 'uncommon' | 'rare';

/** How long the condition's symptoms have usually lasted when people ask about them. */
export type Course = 'sudden' | 'days' | 'weeks' | 'chronic';

export interface KnowledgeSource {
  readonly title: string;
  readonly url: string;
}

/**
 * One condition. `findings` maps symptom ids to the probability (0..1) that a person with the
 * condition reports that symptom; symptoms not listed are taken as rare in it. `triage` is the level
 * the condition usually needs when it is the likely explanation.
 */
export interface ConditionKnowledge {
  readonly id: string;
  readonly name: string;
  /** Other names it goes by, lay and clinical ("heart attack", "myocardial infarction", "MI"). */
  readonly synonyms: readonly string[];
  readonly prevalence: Prevalence;
  readonly course: readonly Course[];
  readonly findings: Readonly<Record<string, number>>;
  /** Ages (years) in which it occurs; outside them it is very unlikely. */
  readonly ages?: { readonly min?: number; readonly max?: number };
  readonly sex?: 'female' | 'male';
  readonly triage: TriageLevel;
  /** One or two plain sentences on what it is, for the patient. */
  readonly summary: string;
  /** What the person can do now (self-care, or what to expect at the appointment). */
  readonly advice: string;
  readonly source: KnowledgeSource;
}
