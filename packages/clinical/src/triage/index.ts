/**
 * Symptom triage for the health assistant: the knowledge base (symptoms with their lay and clinical
 * words, conditions with how often each symptom shows in them), reading a message (negation, time,
 * age, duration, severity), the emergency rules, the follow-up questions and the triage level.
 */
export { type ScoredCondition, scoreConditions } from './condition-scoring.ts';
export {
  readAge,
  readDurationDays,
  readSeverity,
  readSex,
  type Severity as SymptomSeverity,
} from './context-extraction.ts';
export { defaultTriageKnowledge } from './default-knowledge.ts';
export { type ExtractedFinding, extractFindings, type FindingStatus } from './finding-extraction.ts';
export * from './knowledge.types.ts';
export { normaliseText } from './message-text.ts';
export { RED_FLAG_FINDINGS } from './red-flag-findings.ts';
export { RED_FLAG_RULES, type RedFlagRule, redFlagsOf } from './red-flags.ts';
export { readYesNo } from './triage-answers.ts';
export {
  absorbMessage,
  EMPTY_TRIAGE,
  emergenciesOf,
  hasSymptoms,
  type Likelihood,
  nextStep,
  outcomeOf,
  type TriageOutcome,
  type TriageState,
  type TriageStep,
} from './triage-dialogue.ts';
export { createTriageKnowledge, type TriageKnowledge } from './triage-knowledge.ts';
export { LEVEL_LABELS } from './triage-level.ts';
export type { QuestionKey, TriageQuestion } from './triage-questions.ts';
