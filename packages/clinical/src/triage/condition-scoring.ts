import type { ConditionKnowledge, Course, Prevalence } from './knowledge.types.ts';
import type { TriageKnowledge } from './triage-knowledge.ts';

/**
 * Ranks the conditions that could explain what a person reports, by a naive Bayes reading of the
 * knowledge base: a prior from how common each condition is, times how often each reported symptom
 * shows in it, times how often each denied symptom would have been missing. Symptoms not mentioned
 * either way do not count, because a message seldom lists everything.
 */

export interface ScoringFacts {
  readonly present: ReadonlySet<string>;
  readonly absent: ReadonlySet<string>;
  readonly ageYears: number | undefined;
  readonly sex: 'female' | 'male' | undefined;
  readonly durationDays: number | undefined;
}

export interface ScoredCondition {
  readonly condition: ConditionKnowledge;
  /** Posterior probability among the conditions in the knowledge base (0..1). */
  readonly probability: number;
  readonly supporting: readonly string[];
  readonly against: readonly string[];
}

const LOG_PRIOR: Readonly<Record<Prevalence, number>> = {
  'very-common': 0,
  common: -1.2,
  uncommon: -2.6,
  rare: -4,
};
/** How likely a condition is to come with a symptom its profile does not list. */
const UNLISTED_FINDING = 0.03;
const OUT_OF_AGE_RANGE = Math.log(0.02);
const COURSE_ORDER: readonly Course[] = ['sudden', 'days', 'weeks', 'chronic'];

function courseOf(days: number): Course {
  if (days <= 1) return 'sudden';
  if (days <= 14) return 'days';
  if (days <= 60) return 'weeks';
  return 'chronic';
}

function courseFit(condition: ConditionKnowledge, durationDays: number | undefined): number {
  if (durationDays === undefined || condition.course.length === 0) return 0;
  const course = courseOf(durationDays);
  if (condition.course.includes(course)) return 0;
  const at = COURSE_ORDER.indexOf(course);
  const nearest = Math.min(...condition.course.map((c) => Math.abs(COURSE_ORDER.indexOf(c) - at)));
  return nearest === 1 ? Math.log(0.35) : Math.log(0.08);
}

function ageFit(condition: ConditionKnowledge, ageYears: number | undefined): number {
  if (ageYears === undefined || !condition.ages) return 0;
  const { min, max } = condition.ages;
  if (min !== undefined && ageYears < min) return OUT_OF_AGE_RANGE;
  if (max !== undefined && ageYears > max) return OUT_OF_AGE_RANGE;
  return 0;
}

/** The conditions with at least one reported symptom, most probable first. */
export function scoreConditions(knowledge: TriageKnowledge, facts: ScoringFacts): ScoredCondition[] {
  const scored: {
    condition: ConditionKnowledge;
    logScore: number;
    supporting: string[];
    against: string[];
  }[] = [];
  for (const condition of knowledge.conditions) {
    if (condition.sex && facts.sex && condition.sex !== facts.sex) continue;
    let logScore =
      LOG_PRIOR[condition.prevalence] +
      ageFit(condition, facts.ageYears) +
      courseFit(condition, facts.durationDays);
    const supporting: string[] = [];
    const against: string[] = [];
    for (const id of facts.present) {
      const p = condition.findings[id];
      logScore += Math.log(p ?? UNLISTED_FINDING);
      if (p !== undefined) supporting.push(id);
    }
    if (supporting.length === 0) continue;
    for (const id of facts.absent) {
      const p = condition.findings[id] ?? UNLISTED_FINDING;
      logScore += Math.log(1 - Math.min(p, 0.97));
      if (p >= 0.5) against.push(id);
    }
    scored.push({ condition, logScore, supporting, against });
  }
  const best = Math.max(...scored.map((s) => s.logScore));
  const total = scored.reduce((sum, s) => sum + Math.exp(s.logScore - best), 0);
  return scored
    .map((s) => ({
      condition: s.condition,
      probability: Math.exp(s.logScore - best) / total,
      supporting: s.supporting.sort(
        (a, b) => (s.condition.findings[b] ?? 0) - (s.condition.findings[a] ?? 0),
      ),
      against: s.against,
    }))
    .sort((a, b) => b.probability - a.probability);
}
