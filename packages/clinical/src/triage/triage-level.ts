import type { ScoredCondition } from './condition-scoring.ts';
import type { Severity } from './context-extraction.ts';
import { TRIAGE_LEVELS, type TriageLevel } from './knowledge.types.ts';
import type { RedFlagRule } from './red-flags.ts';

/**
 * Decides the triage level, with its reasons. The emergency rules come first; then the rules that
 * need a clinician today whatever the likely cause (NHS 111 "get help today" criteria); then the
 * level the likely conditions usually need; then the rules that move self-care up to a doctor.
 * The most urgent of these wins: triage errs towards being seen.
 */

export interface LevelFacts {
  readonly present: ReadonlySet<string>;
  readonly resolved: ReadonlySet<string>;
  readonly redFlags: readonly RedFlagRule[];
  readonly conditions: readonly ScoredCondition[];
  readonly ageYears: number | undefined;
  readonly durationDays: number | undefined;
  readonly severity: Severity | undefined;
}

interface UrgentRule {
  readonly reason: string;
  readonly matches: (facts: LevelFacts) => boolean;
}

const some = (set: ReadonlySet<string>, ...ids: string[]) => ids.some((id) => set.has(id));
const PAIN_FINDINGS = [
  'abdominal-pain',
  'upper-abdominal-pain',
  'lower-right-abdominal-pain',
  'lower-abdominal-pain',
  'flank-pain',
  'pelvic-pain',
  'back-pain',
  'headache',
  'chest-pain',
  'ear-pain',
  'eye-pain',
  'joint-pain',
  'testicular-pain',
  'toothache',
  'facial-pain',
  'neck-pain',
  'calf-pain',
];

const URGENT_RULES: readonly UrgentRule[] = [
  {
    reason: 'Stroke-like symptoms that have passed (a possible mini-stroke) need checking today.',
    matches: (f) => some(f.resolved, 'facial-droop', 'limb-weakness', 'speech-difficulty', 'vision-loss'),
  },
  {
    reason: 'Chest pain, even when it has eased, needs a clinician to check it today.',
    // Chest pain on exertion that has settled for weeks (stable angina) is for a doctor's appointment.
    matches: (f) =>
      (some(f.present, 'chest-pain') || some(f.resolved, 'chest-pain')) &&
      !(f.present.has('exertional-chest-pain') && isLongStanding(f)),
  },
  {
    reason: 'New shortness of breath needs checking today.',
    matches: (f) =>
      f.present.has('dyspnoea') && !(f.present.has('shortness-of-breath-on-exertion') && isLongStanding(f)),
  },
  {
    reason: 'Fainting needs checking today.',
    matches: (f) => f.present.has('fainting') || f.resolved.has('fainting'),
  },
  {
    reason: 'Coughing up blood or passing black stools needs checking today.',
    matches: (f) => some(f.present, 'haemoptysis', 'melaena'),
  },
  {
    reason: 'A baby under 6 months with a fever needs to be seen today.',
    matches: (f) => f.present.has('fever') && f.ageYears !== undefined && f.ageYears < 0.5,
  },
  {
    reason: 'Pain, bleeding or headache in pregnancy needs checking today.',
    matches: (f) =>
      f.present.has('pregnant') &&
      some(f.present, 'abdominal-pain', 'pelvic-pain', 'headache', 'blurred-vision', 'leg-swelling'),
  },
  {
    reason: 'Severe pain needs a clinician today.',
    matches: (f) =>
      f.severity === 'severe' &&
      (f.durationDays === undefined || f.durationDays <= 3) &&
      PAIN_FINDINGS.some((id) => f.present.has(id)),
  },
  {
    reason: 'A painful testicle needs checking today.',
    matches: (f) => f.present.has('testicular-pain'),
  },
  {
    reason: 'Fever with pain in the side or back can be a kidney infection.',
    matches: (f) => f.present.has('fever') && some(f.present, 'flank-pain'),
  },
  {
    reason: 'A painful, swollen calf can be a blood clot.',
    matches: (f) => f.present.has('calf-pain') && f.present.has('leg-swelling'),
  },
  {
    reason: 'Signs of dehydration need attention today.',
    matches: (f) => some(f.present, 'dehydration', 'reduced-urine'),
  },
  {
    reason: 'A painful red eye with blurred sight needs checking today.',
    matches: (f) => f.present.has('eye-pain') && some(f.present, 'red-eye', 'blurred-vision', 'photophobia'),
  },
];

const CONDITION_THRESHOLD: Readonly<Record<TriageLevel, number>> = {
  emergency: 0.3,
  urgent: 0.25,
  doctor: 0.2,
  'self-care': 0,
};

/** Thoughts of suicide with a plan, or self-harm now: an emergency rather than same-day help. */
const isImmediateCrisis = (facts: LevelFacts) =>
  facts.present.has('suicide-plan') || facts.present.has('self-harm');
const isLongStanding = (facts: LevelFacts) => facts.durationDays !== undefined && facts.durationDays >= 14;

const rank = (level: TriageLevel) => TRIAGE_LEVELS.indexOf(level);
const moreUrgent = (a: TriageLevel, b: TriageLevel) => (rank(a) <= rank(b) ? a : b);

export interface LevelDecision {
  readonly level: TriageLevel;
  readonly reasons: readonly string[];
}

export function decideLevel(facts: LevelFacts): LevelDecision {
  const emergencies = facts.redFlags.filter((rule) => rule.kind === 'emergency' || isImmediateCrisis(facts));
  if (emergencies.length > 0) return { level: 'emergency', reasons: emergencies.map((rule) => rule.title) };
  if (facts.redFlags.length > 0)
    return {
      level: 'urgent',
      reasons: ['Thoughts of suicide need support from a professional today, even without a plan.'],
    };
  const reasons: string[] = [];
  let level: TriageLevel = 'self-care';
  for (const rule of URGENT_RULES)
    if (rule.matches(facts)) {
      level = 'urgent';
      reasons.push(rule.reason);
    }
  const [top] = facts.conditions;
  for (const scored of facts.conditions) {
    const usual = scored.condition.triage;
    const isCandidate = scored === top || scored.probability >= CONDITION_THRESHOLD[usual];
    if (!isCandidate || rank(usual) > rank(level)) continue;
    if (rank(usual) < rank(level))
      reasons.push(
        `${scored.condition.name} is a possible cause, and usually needs ${LEVEL_PHRASES[usual]}.`,
      );
    level = moreUrgent(level, usual);
  }
  if (level === 'self-care') {
    if (facts.durationDays !== undefined && facts.durationDays >= 21) {
      level = 'doctor';
      reasons.push('Symptoms that have lasted three weeks or more should be checked by a doctor.');
    } else if (facts.severity === 'severe') {
      level = 'doctor';
      reasons.push('Symptoms you describe as severe should be checked by a doctor.');
    } else if (facts.ageYears !== undefined && facts.ageYears >= 80) {
      level = 'doctor';
      reasons.push('At 80 and over, even milder symptoms are best checked by a doctor.');
    }
  }
  if (reasons.length === 0 && top)
    reasons.push(`What you describe fits ${top.condition.name} best, which can usually be managed at home.`);
  return { level, reasons };
}

const LEVEL_PHRASES: Readonly<Record<TriageLevel, string>> = {
  emergency: 'emergency care',
  urgent: 'to be seen today',
  doctor: 'a doctor’s appointment',
  'self-care': 'care at home',
};

/** What to do, in plain words, for each level. */
export const LEVEL_LABELS: Readonly<Record<TriageLevel, string>> = {
  emergency: 'Call the emergency number or go to the emergency department now',
  urgent: 'Get medical help today',
  doctor: 'Book an appointment with a doctor',
  'self-care': 'You can probably look after this at home',
};
