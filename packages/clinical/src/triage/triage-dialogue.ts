import { type ScoredCondition, scoreConditions } from './condition-scoring.ts';
import { readAge, readDurationDays, readSeverity, readSex, type Severity } from './context-extraction.ts';
import { type ExtractedFinding, extractFindings, type FindingStatus } from './finding-extraction.ts';
import type { TriageLevel } from './knowledge.types.ts';
import { type RedFlagRule, redFlagsOf } from './red-flags.ts';
import {
  readAgeAnswer,
  readDurationAnswer,
  readSeverityAnswer,
  readSexAnswer,
  readYesNo,
} from './triage-answers.ts';
import type { TriageKnowledge } from './triage-knowledge.ts';
import { decideLevel, LEVEL_LABELS } from './triage-level.ts';
import { nextQuestion, type QuestionKey, type TriageQuestion } from './triage-questions.ts';

/**
 * A symptom conversation as plain data (it is stored encrypted between turns): what has been said
 * about each symptom, the facts around them, and which questions have been asked. `null` means
 * asked and not known.
 */
export interface TriageState {
  readonly findings: Readonly<Record<string, Exclude<FindingStatus, 'mentioned'>>>;
  readonly ageYears?: number | null;
  readonly sex?: 'female' | 'male' | null;
  readonly durationDays?: number | null;
  readonly severity?: Severity | null;
  readonly asked: readonly QuestionKey[];
  readonly pending: QuestionKey | null;
  /** The patient's own words about their symptoms, for the summary they may share. */
  readonly words: readonly string[];
}

export const EMPTY_TRIAGE: TriageState = { findings: {}, asked: [], pending: null, words: [] };

export type Likelihood = 'more likely' | 'possible' | 'less likely';

export interface TriageOutcome {
  readonly level: TriageLevel;
  readonly levelLabel: string;
  readonly reasons: readonly string[];
  readonly redFlags: readonly RedFlagRule[];
  readonly conditions: readonly (ScoredCondition & { readonly likelihood: Likelihood })[];
  readonly present: readonly string[];
  readonly absent: readonly string[];
}

export type TriageStep =
  | { readonly kind: 'question'; readonly question: TriageQuestion }
  | { readonly kind: 'outcome'; readonly outcome: TriageOutcome };

function withFindings(
  state: TriageState,
  found: readonly { id: string; status: FindingStatus }[],
): TriageState {
  const findings = { ...state.findings };
  for (const { id, status } of found) {
    if (status === 'mentioned') continue;
    // A symptom once reported stays reported unless the person now says it has settled or is gone.
    if (findings[id] === 'present' && status === 'past') continue;
    findings[id] = status;
  }
  return { ...state, findings };
}

function withContext(state: TriageState, text: string): TriageState {
  return {
    ...state,
    ageYears: state.ageYears ?? readAge(text) ?? state.ageYears,
    sex: state.sex ?? readSex(text) ?? state.sex,
    durationDays: state.durationDays ?? readDurationDays(text) ?? state.durationDays,
    severity: readSeverity(text) ?? state.severity,
  };
}

function answerPending(state: TriageState, text: string): TriageState {
  const key = state.pending;
  if (!key) return state;
  const answered = { ...state, pending: null };
  if (key === 'age') {
    const answer = readAgeAnswer(text);
    return answer
      ? { ...answered, ageYears: answer.value }
      : { ...answered, ageYears: state.ageYears ?? null };
  }
  if (key === 'sex') {
    const answer = readSexAnswer(text);
    return { ...answered, sex: answer ? answer.value : null };
  }
  if (key === 'duration') {
    const answer = readDurationAnswer(text);
    return { ...answered, durationDays: answer ? answer.value : null };
  }
  if (key === 'severity') {
    const answer = readSeverityAnswer(text);
    return { ...answered, severity: answer ? answer.value : null };
  }
  const id = key.slice('finding:'.length);
  const reply = readYesNo(text);
  if (reply === 'yes') return withFindings(answered, [{ id, status: 'present' }]);
  if (reply === 'no') return withFindings(answered, [{ id, status: 'absent' }]);
  return answered;
}

/**
 * Takes in one message: the answer to the pending question, then any symptoms and facts it names.
 * `found` is the message's findings when the caller has already read them.
 */
export function absorbMessage(
  knowledge: TriageKnowledge,
  state: TriageState,
  text: string,
  found: readonly ExtractedFinding[] = extractFindings(text, knowledge.matcher),
): TriageState {
  let next = answerPending(state, text);
  next = withFindings(next, found);
  next = withContext(next, text);
  const namesSymptoms = found.some((f) => f.status === 'present' || f.status === 'resolved');
  return namesSymptoms ? { ...next, words: [...next.words, text.trim()] } : next;
}

function withImplied(knowledge: TriageKnowledge, ids: Iterable<string>): Set<string> {
  const all = new Set<string>();
  for (const id of ids) {
    all.add(id);
    for (const general of knowledge.impliedBy(id)) all.add(general);
  }
  return all;
}

/** The findings of a state by status, the specific ones implying the general. */
export function factsOf(knowledge: TriageKnowledge, state: TriageState) {
  const ids = (status: FindingStatus) =>
    Object.entries(state.findings)
      .filter(([, s]) => s === status)
      .map(([id]) => id);
  const present = withImplied(knowledge, ids('present'));
  const resolved = withImplied(knowledge, ids('resolved'));
  const absent = new Set(ids('absent').filter((id) => !present.has(id)));
  return {
    present,
    resolved,
    absent,
    ageYears: state.ageYears ?? undefined,
    sex: state.sex ?? undefined,
    durationDays: state.durationDays ?? undefined,
    severity: state.severity ?? undefined,
  };
}

/** Whether anything the person has said is a symptom they have or had recently. */
export function hasSymptoms(state: TriageState): boolean {
  return Object.values(state.findings).some((status) => status === 'present' || status === 'resolved');
}

/** The emergency rules the conversation meets now. */
export function emergenciesOf(knowledge: TriageKnowledge, state: TriageState): RedFlagRule[] {
  const facts = factsOf(knowledge, state);
  return redFlagsOf({
    present: facts.present,
    absent: facts.absent,
    ageYears: facts.ageYears,
    severity: facts.severity,
  });
}

const likelihoodOf = (probability: number): Likelihood =>
  probability >= 0.4 ? 'more likely' : probability >= 0.12 ? 'possible' : 'less likely';

/** The triage outcome for what is known now, whether or not questions remain. */
export function outcomeOf(knowledge: TriageKnowledge, state: TriageState): TriageOutcome {
  const facts = factsOf(knowledge, state);
  const redFlags = redFlagsOf({
    present: facts.present,
    absent: facts.absent,
    ageYears: facts.ageYears,
    severity: facts.severity,
  });
  // Symptoms that have settled still point to their causes (a passing weakness to a mini-stroke).
  const scoringPresent = new Set([...facts.present, ...facts.resolved]);
  const ranked = scoreConditions(knowledge, { ...facts, present: scoringPresent });
  // When an emergency rule fires, the dangerous explanations lead the list (a heart attack before a
  // panic attack for crushing chest pain with sweating), whatever their priors.
  const ordered =
    redFlags.length === 0
      ? ranked
      : [
          ...ranked.filter((s) => s.condition.triage === 'emergency' && s.probability >= 0.01),
          ...ranked.filter((s) => !(s.condition.triage === 'emergency' && s.probability >= 0.01)),
        ];
  const conditions = ordered
    .filter((scored, index) => index < 5 && (index < 3 || scored.probability >= 0.02))
    .map((scored) => ({ ...scored, likelihood: likelihoodOf(scored.probability) }));
  const decision = decideLevel({ ...facts, redFlags, conditions });
  const lay = (id: string) => knowledge.symptoms.get(id)?.lay ?? id;
  return {
    level: decision.level,
    levelLabel: LEVEL_LABELS[decision.level],
    reasons: decision.reasons,
    redFlags,
    conditions,
    present: [...scoringPresent].map(lay),
    absent: [...facts.absent].map(lay),
  };
}

/** The next question, or the outcome once none is worth asking or an emergency is found. */
export function nextStep(
  knowledge: TriageKnowledge,
  state: TriageState,
): { state: TriageState; step: TriageStep } {
  if (emergenciesOf(knowledge, state).length > 0)
    return {
      state: { ...state, pending: null },
      step: { kind: 'outcome', outcome: outcomeOf(knowledge, state) },
    };
  const question = nextQuestion(knowledge, state, factsOf(knowledge, state));
  if (!question)
    return {
      state: { ...state, pending: null },
      step: { kind: 'outcome', outcome: outcomeOf(knowledge, state) },
    };
  return {
    state: { ...state, pending: question.key, asked: [...state.asked, question.key] },
    step: { kind: 'question', question },
  };
}
