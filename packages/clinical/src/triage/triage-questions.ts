import { scoreConditions } from './condition-scoring.ts';
import type { Severity } from './context-extraction.ts';
import type { FindingStatus } from './finding-extraction.ts';
import { DURATION_CHOICES } from './triage-answers.ts';
import type { TriageKnowledge } from './triage-knowledge.ts';

/**
 * Which follow-up question to ask next: first the facts triage cannot do without (age, how long, how
 * bad), then the emergency signs that go with the complaint, then the symptom that best tells the
 * likely conditions apart. A handful of questions at most: people in distress should not fill forms.
 */

export type QuestionKey = 'age' | 'sex' | 'duration' | 'severity' | `finding:${string}`;

export interface TriageQuestion {
  readonly key: QuestionKey;
  readonly text: string;
  readonly suggestions: readonly string[];
}

interface KnownFacts {
  readonly present: ReadonlySet<string>;
  readonly resolved: ReadonlySet<string>;
  readonly absent: ReadonlySet<string>;
  readonly ageYears: number | undefined;
  readonly sex: 'female' | 'male' | undefined;
  readonly durationDays: number | undefined;
  readonly severity: Severity | undefined;
}

interface QuestionState {
  readonly findings: Readonly<Record<string, Exclude<FindingStatus, 'mentioned'>>>;
  readonly ageYears?: number | null;
  readonly sex?: 'female' | 'male' | null;
  readonly durationDays?: number | null;
  readonly severity?: Severity | null;
  readonly asked: readonly QuestionKey[];
}

const MAX_SYMPTOM_QUESTIONS = 3;
const YES_NO = ['Yes', 'No', 'I don’t know'];

/** The emergency signs to rule out for each complaint, in the order to ask them. */
const SCREENS: readonly { readonly when: readonly string[]; readonly ask: readonly string[] }[] = [
  { when: ['chest-pain'], ask: ['dyspnoea', 'sweating', 'radiating-arm-or-jaw-pain'] },
  { when: ['dyspnoea'], ask: ['chest-pain', 'cyanosis'] },
  { when: ['headache'], ask: ['thunderclap-headache', 'neck-stiffness'] },
  { when: ['back-pain'], ask: ['saddle-numbness', 'loss-of-bladder-or-bowel-control'] },
  { when: ['low-mood', 'anxiety', 'insomnia'], ask: ['suicidal-thoughts'] },
  { when: ['hives', 'lip-or-tongue-swelling'], ask: ['dyspnoea', 'throat-tightness'] },
  { when: ['dizziness', 'numbness'], ask: ['limb-weakness', 'speech-difficulty'] },
  { when: ['calf-pain', 'leg-swelling'], ask: ['dyspnoea'] },
  { when: ['testicular-pain'], ask: ['vomiting'] },
];

const PAIN_WORDS = /pain|ache|headache|toothache/;

function isPainComplaint(knowledge: TriageKnowledge, present: ReadonlySet<string>): boolean {
  return [...present].some(
    (id) => PAIN_WORDS.test(id) || PAIN_WORDS.test(knowledge.symptoms.get(id)?.lay ?? ''),
  );
}

function isKnown(state: QuestionState, facts: KnownFacts, id: string): boolean {
  return id in state.findings || facts.present.has(id) || state.asked.includes(`finding:${id}`);
}

function findingQuestion(knowledge: TriageKnowledge, id: string): TriageQuestion | undefined {
  const concept = knowledge.symptoms.get(id);
  return concept ? { key: `finding:${id}`, text: concept.question, suggestions: YES_NO } : undefined;
}

const entropy = (ps: readonly number[]) => -ps.reduce((sum, p) => (p > 0 ? sum + p * Math.log2(p) : sum), 0);
const normalise = (ps: readonly number[]) => {
  const total = ps.reduce((a, b) => a + b, 0);
  return total > 0 ? ps.map((p) => p / total) : ps;
};

/** The unasked symptom whose answer would most change the ranking of the likely conditions. */
function mostInformative(
  knowledge: TriageKnowledge,
  state: QuestionState,
  facts: KnownFacts,
): string | undefined {
  const ranked = scoreConditions(knowledge, {
    ...facts,
    present: new Set([...facts.present, ...facts.resolved]),
  }).slice(0, 6);
  if (ranked.length < 2) return undefined;
  const prior = normalise(ranked.map((r) => r.probability));
  const candidates = new Set(ranked.flatMap((r) => Object.keys(r.condition.findings)));
  let best: { id: string; gain: number } | undefined;
  for (const id of candidates) {
    if (isKnown(state, facts, id)) continue;
    const likelihoods = ranked.map((r) => r.condition.findings[id] ?? 0.03);
    const pYes = prior.reduce((sum, p, i) => sum + p * (likelihoods[i] ?? 0), 0);
    const yes = normalise(prior.map((p, i) => p * (likelihoods[i] ?? 0)));
    const no = normalise(prior.map((p, i) => p * (1 - (likelihoods[i] ?? 0))));
    const gain = entropy(prior) - (pYes * entropy(yes) + (1 - pYes) * entropy(no));
    if (!best || gain > best.gain) best = { id, gain };
  }
  return best && best.gain > 0.08 ? best.id : undefined;
}

export function nextQuestion(
  knowledge: TriageKnowledge,
  state: QuestionState,
  facts: KnownFacts,
): TriageQuestion | undefined {
  const asked = (key: QuestionKey) => state.asked.includes(key);
  if (state.ageYears === undefined && !asked('age'))
    return { key: 'age', text: 'How old is the person with the symptoms?', suggestions: ['I don’t know'] };
  if (state.durationDays === undefined && !asked('duration'))
    return {
      key: 'duration',
      text: 'How long has this been going on?',
      suggestions: [...DURATION_CHOICES.map((c) => c.label), 'I don’t know'],
    };
  if (state.severity === undefined && !asked('severity') && isPainComplaint(knowledge, facts.present))
    return {
      key: 'severity',
      text: 'How bad is it, from 0 (none) to 10 (the worst imaginable)?',
      suggestions: ['Mild (1 to 3)', 'Moderate (4 to 6)', 'Severe (7 to 10)', 'I don’t know'],
    };
  const symptomQuestions = state.asked.filter((key) => key.startsWith('finding:')).length;
  if (symptomQuestions >= MAX_SYMPTOM_QUESTIONS) return undefined;
  for (const screen of SCREENS) {
    if (!screen.when.some((id) => facts.present.has(id))) continue;
    const id = screen.ask.find((candidate) => !isKnown(state, facts, candidate));
    if (id) return findingQuestion(knowledge, id);
  }
  const couldBePregnant =
    facts.sex === 'female' && facts.ageYears !== undefined && facts.ageYears >= 12 && facts.ageYears <= 52;
  if (
    couldBePregnant &&
    knowledge.symptoms.has('pregnant') &&
    !isKnown(state, facts, 'pregnant') &&
    ['abdominal-pain', 'pelvic-pain', 'vaginal-bleeding', 'nausea', 'missed-period'].some((id) =>
      facts.present.has(id),
    )
  )
    return findingQuestion(knowledge, 'pregnant');
  const informative = mostInformative(knowledge, state, facts);
  return informative ? findingQuestion(knowledge, informative) : undefined;
}
