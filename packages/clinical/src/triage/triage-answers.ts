import { readAge, readDurationDays, readSeverity, readSex, type Severity } from './context-extraction.ts';
import { normaliseText } from './message-text.ts';

/**
 * Reads the reply to a follow-up question: yes, no or "I don't know" to a symptom question, and the
 * age, sex, duration or severity asked for. Undefined means the reply did not answer the question.
 */

export type YesNo = 'yes' | 'no' | 'unknown';

const UNKNOWN =
  /^(i )?(dont|do not|dunno|not) ?(know|sure|certain)|^(unsure|no idea|idk|maybe|possibly|perhaps|not sure|unknown|rather not say|prefer not to say|skip)\b|^\?+$/;
const YES =
  /^(yes|yeah|yea|yep|yup|y|ya|aye|sure|correct|right|i do|i have|i am|it is|it does|he does|she does|he is|she is|he has|she has|definitely|a little|a bit|slightly|true)\b/;
const NO =
  /^(no|nope|nah|n|not really|not at all|none|never|i dont|i do not|i havent|i have not|im not|i am not|it isnt|it doesnt|he doesnt|she doesnt|he isnt|she isnt|false|neither)\b/;

export function readYesNo(text: string): YesNo | undefined {
  const raw = text.trim().toLowerCase();
  if (/^\?+$/.test(raw)) return 'unknown';
  const t = normaliseText(text);
  if (UNKNOWN.test(t)) return 'unknown';
  if (NO.test(t)) return 'no';
  if (YES.test(t)) return 'yes';
  return undefined;
}

const isUnknown = (text: string) => UNKNOWN.test(normaliseText(text)) || /^\?+$/.test(text.trim());

export type Answer<T> = { readonly value: T } | { readonly value: null } | undefined;

export function readAgeAnswer(text: string): Answer<number> {
  if (isUnknown(text)) return { value: null };
  const bare = normaliseText(text).match(/^(\d{1,3})( years?| yrs?)?$/);
  const age = bare?.[1] ? Number(bare[1]) : readAge(text);
  return age !== undefined && age > 0 && age < 120 ? { value: age } : undefined;
}

export function readSexAnswer(text: string): Answer<'female' | 'male'> {
  if (isUnknown(text) || /other|non binary|nonbinary/.test(normaliseText(text))) return { value: null };
  const t = normaliseText(text);
  if (/^(f|female|woman|girl|she)$/.test(t)) return { value: 'female' };
  if (/^(m|male|man|boy|he)$/.test(t)) return { value: 'male' };
  const sex = readSex(text);
  return sex ? { value: sex } : undefined;
}

export const DURATION_CHOICES: readonly { readonly label: string; readonly days: number }[] = [
  { label: 'Less than a day', days: 0.5 },
  { label: '1 to 3 days', days: 2 },
  { label: 'About a week', days: 7 },
  { label: 'More than 2 weeks', days: 21 },
];

export function readDurationAnswer(text: string): Answer<number> {
  if (isUnknown(text)) return { value: null };
  const choice = DURATION_CHOICES.find((c) => normaliseText(c.label) === normaliseText(text));
  if (choice) return { value: choice.days };
  const days = readDurationDays(text);
  return days !== undefined ? { value: days } : undefined;
}

export function readSeverityAnswer(text: string): Answer<Severity> {
  if (isUnknown(text)) return { value: null };
  const bare = normaliseText(text).match(/^(\d{1,2})$/);
  if (bare?.[1]) {
    const score = Number(bare[1]);
    if (score <= 10) return { value: score >= 7 ? 'severe' : score >= 4 ? 'moderate' : 'mild' };
  }
  const severity = readSeverity(text);
  return severity ? { value: severity } : undefined;
}
