import { normaliseText } from '@nexus/clinical';
import type { DoseList, Measurement, RecordCard, RecordSummary } from '@nexus/contracts';
import { readableNumber, valueText } from '../../records/projections/index.ts';

/**
 * Questions about the patient's own record ("when is my next dose?", "what was my last HbA1c?"),
 * recognised from the words and answered from the health summary and today's doses.
 */

export type RecordQuestion =
  | { readonly kind: 'next-dose' }
  | { readonly kind: 'medicines' }
  | { readonly kind: 'allergies' }
  | { readonly kind: 'problems' }
  | { readonly kind: 'measurement'; readonly names: readonly string[]; readonly label: string };

/** What the assistant reads to answer: the summary and today's doses. */
export interface RecordFacts {
  readonly summary: RecordSummary;
  readonly doses: DoseList;
}

const MEASUREMENTS: readonly { label: string; asked: RegExp; names: readonly string[] }[] = [
  {
    label: 'HbA1c',
    asked: /\b(hba1c|a1c|haemoglobin a1c|hemoglobin a1c|glycated|average sugar)\b/,
    names: ['a1c', 'hba1c', 'hemoglobin a1c'],
  },
  { label: 'Blood pressure', asked: /\b(blood pressure|bp)\b/, names: ['blood pressure'] },
  { label: 'Cholesterol', asked: /\b(cholesterol|ldl|hdl|lipids?)\b/, names: ['cholesterol'] },
  { label: 'Blood sugar', asked: /\b(blood sugar|glucose|sugar level)\b/, names: ['glucose'] },
  { label: 'Weight', asked: /\b(weight|weigh)\b/, names: ['body weight', 'weight'] },
  { label: 'Height', asked: /\bheight\b/, names: ['body height', 'height'] },
  { label: 'BMI', asked: /\b(bmi|body mass index)\b/, names: ['body mass index', 'bmi'] },
  { label: 'Heart rate', asked: /\b(heart rate|pulse)\b/, names: ['heart rate'] },
  {
    label: 'Kidney function (eGFR)',
    asked: /\b(egfr|gfr|kidney function)\b/,
    names: ['glomerular filtration', 'egfr'],
  },
  { label: 'Creatinine', asked: /\bcreatinine\b/, names: ['creatinine'] },
  { label: 'Temperature', asked: /\btemperature\b/, names: ['body temperature', 'temperature'] },
  { label: 'Oxygen saturation', asked: /\b(oxygen|spo2|sats|saturation)\b/, names: ['oxygen saturation'] },
  {
    label: 'Haemoglobin',
    asked: /\b(haemoglobin|hemoglobin|hb)\b/,
    names: ['hemoglobin [mass/volume] in blood', 'hemoglobin'],
  },
];

const ASKS_ABOUT_OWN = /\b(my|mine|am i|do i|did i|have i|i have|when is|when do i|what is my|whats my)\b/;

/** The record question the message asks, or undefined when it asks none. */
export function recordQuestionOf(text: string): RecordQuestion | undefined {
  const t = normaliseText(text);
  if (!ASKS_ABOUT_OWN.test(t)) return undefined;
  if (
    /\b(next|upcoming|remaining) (dose|doses|pill|pills|tablet|tablets|medicine|medication|injection)\b/.test(
      t,
    ) ||
    /\bwhen (is|do i take|should i take) my\b/.test(t)
  )
    return { kind: 'next-dose' };
  if (
    /\bmy (medicines|medications|meds|tablets|pills|prescriptions)\b/.test(t) ||
    /\bwhat (medicines|medications|meds|tablets|pills) (am i|do i)\b/.test(t)
  )
    return { kind: 'medicines' };
  if (/\b(my allergies|am i allergic|allergies do i have|my allergy)\b/.test(t)) return { kind: 'allergies' };
  if (/\b(my (conditions|diagnoses|diagnosis|problems|illnesses)|what conditions do i have)\b/.test(t))
    return { kind: 'problems' };
  if (!/\bmy\b/.test(t)) return undefined;
  for (const measurement of MEASUREMENTS)
    if (measurement.asked.test(t))
      return { kind: 'measurement', names: measurement.names, label: measurement.label };
  return undefined;
}

export interface RecordAnswer {
  readonly text: string;
  readonly card: RecordCard;
}

const dateOf = (iso: string | null) => (iso ? iso.slice(0, 10) : null);

function latestMatching(summary: RecordSummary, names: readonly string[]): Measurement | undefined {
  const all = [...summary.labs, ...summary.vitals].filter((m) => m.value);
  const matches = all.filter((m) => names.some((name) => m.code.display.toLowerCase().includes(name)));
  return matches.sort((a, b) => (b.effective ?? '').localeCompare(a.effective ?? ''))[0];
}

/** Answers a record question from the record; says plainly when the record does not hold it. */
export function answerRecordQuestion(question: RecordQuestion, facts: RecordFacts): RecordAnswer {
  const { summary, doses } = facts;
  switch (question.kind) {
    case 'next-dose': {
      const open = doses.doses.filter((d) => d.canRecord && !d.takenAt && d.status !== 'skipped');
      const next = open[0];
      const items = open
        .slice(0, 5)
        .map((d) => ({ label: d.medicine, value: d.dosageText, when: `${d.localTime} (${doses.zone})` }));
      return {
        text: next
          ? `Your next dose is ${next.medicine} (${next.dosageText}) at ${next.localTime}.`
          : 'You have no more doses planned for today.',
        card: { kind: 'record', items, link: { label: 'Today’s doses', path: '/patient/medications' } },
      };
    }
    case 'medicines': {
      const items = summary.medications.map((m) => ({
        label: m.medication.display,
        value: m.dosage ?? m.status,
        when: dateOf(m.since),
      }));
      return {
        text:
          items.length > 0
            ? `Your record lists ${items.length} current medicine${items.length === 1 ? '' : 's'}.`
            : 'Your record lists no current medicines.',
        card: { kind: 'record', items, link: { label: 'Medicines', path: '/patient/medications' } },
      };
    }
    case 'allergies': {
      const items = summary.allergies.map((a) => ({
        label: a.substance.display,
        value: a.reactions.join(', ') || (a.criticality ?? 'recorded'),
        when: dateOf(a.recordedAt),
      }));
      return {
        text:
          items.length > 0
            ? `Your record lists ${items.length} allerg${items.length === 1 ? 'y' : 'ies'}.`
            : 'Your record lists no allergies.',
        card: { kind: 'record', items, link: { label: 'Health summary', path: '/patient' } },
      };
    }
    case 'problems': {
      const items = summary.problems.map((p) => ({
        label: p.code.display,
        value: p.clinicalStatus ?? 'recorded',
        when: dateOf(p.onset ?? p.recordedAt),
      }));
      return {
        text:
          items.length > 0
            ? `Your record lists ${items.length} condition${items.length === 1 ? '' : 's'}.`
            : 'Your record lists no conditions.',
        card: { kind: 'record', items, link: { label: 'Health summary', path: '/patient' } },
      };
    }
    case 'measurement': {
      const found = latestMatching(summary, question.names);
      if (!found?.value)
        return {
          text: `I could not find a ${question.label} result in your record.`,
          card: { kind: 'record', items: [], link: { label: 'Health summary', path: '/patient' } },
        };
      const value = valueText(found.value, readableNumber);
      const range = found.flag && found.flag !== 'normal' ? ` It is marked ${found.flag}.` : '';
      return {
        text: `Your last ${question.label} was ${value}${found.effective ? ` on ${dateOf(found.effective)}` : ''}.${range}`,
        card: {
          kind: 'record',
          items: [{ label: found.code.display, value, when: dateOf(found.effective) }],
          link: { label: 'Results', path: '/patient' },
        },
      };
    }
  }
}
