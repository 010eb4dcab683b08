import { describe, expect, it } from 'vitest';
import { TRIAGE_LEVELS } from '../knowledge.types.ts';
import { RED_FLAG_FINDINGS } from '../red-flag-findings.ts';
import { CONDITIONS } from './conditions.ts';
import { SYMPTOMS } from './symptoms.ts';

/** Findings the triage engine defines beside its emergency rules; conditions may cite them. */
const ENGINE_FINDING_IDS: readonly string[] = RED_FLAG_FINDINGS.map((finding) => finding.id);

/** The message normalisation the matcher applies: lower case, apostrophes dropped, punctuation as one space. */
const normalise = (text: string) =>
  text
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

const duplicates = (values: readonly string[]) =>
  [...new Set(values.filter((value, index) => values.indexOf(value) !== index))].sort();

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;

describe('symptom concepts', () => {
  it('have unique kebab-case ids that do not redefine an engine finding', () => {
    const ids = SYMPTOMS.map((symptom) => symptom.id);
    expect(duplicates(ids)).toEqual([]);
    expect(ids.filter((id) => !KEBAB.test(id))).toEqual([]);
    expect(ids.filter((id) => ENGINE_FINDING_IDS.includes(id))).toEqual([]);
  });

  it('cover the ids the triage engine and conditions rely on', () => {
    const ids = new Set(SYMPTOMS.map((symptom) => symptom.id));
    const required = [
      'fever',
      'fatigue',
      'abdominal-pain',
      'lower-right-abdominal-pain',
      'blood-in-stool',
      'melaena',
      'productive-cough',
      'dysuria',
      'skin-swelling-warm',
      'pregnant',
      'recent-long-travel-or-immobility',
      'recent-tropical-travel',
      'tick-bite',
      'smoker',
      'known-diabetes',
      'recent-head-injury',
      'recent-injury',
    ];
    expect(required.filter((id) => !ids.has(id))).toEqual([]);
  });

  it('have a name, lay words, a yes/no question and at least one synonym', () => {
    for (const symptom of SYMPTOMS) {
      expect(symptom.name.trim(), symptom.id).not.toBe('');
      expect(symptom.lay.trim(), symptom.id).not.toBe('');
      expect(symptom.question.trim().endsWith('?'), symptom.id).toBe(true);
      expect(symptom.synonyms.length, symptom.id).toBeGreaterThan(0);
    }
  });

  it('write synonyms lower-case and already normalised, as the matcher sees them', () => {
    const offending = SYMPTOMS.flatMap((symptom) =>
      symptom.synonyms
        .filter((phrase) => normalise(phrase) !== phrase)
        .map((phrase) => `${symptom.id}: ${phrase}`),
    );
    expect(offending).toEqual([]);
  });

  it('leave the red-flag phrases to the engine, so a table edit cannot redirect them', () => {
    const ours = new Map(
      SYMPTOMS.flatMap((symptom) => symptom.synonyms.map((phrase) => [phrase, symptom.id])),
    );
    const shared = RED_FLAG_FINDINGS.flatMap((finding) =>
      finding.synonyms
        .filter((phrase) => ours.has(phrase))
        .map((phrase) => `${phrase}: ${finding.id} / ${ours.get(phrase)}`),
    );
    expect(shared).toEqual([]);
  });

  it('never give the same phrase to two symptoms, or twice to one', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const symptom of SYMPTOMS) {
      for (const phrase of symptom.synonyms) {
        const previous = owner.get(phrase);
        if (previous !== undefined) clashes.push(`${phrase}: ${previous} / ${symptom.id}`);
        owner.set(phrase, symptom.id);
      }
    }
    expect(clashes).toEqual([]);
  });
});

describe('condition knowledge', () => {
  const knownFindings = new Set<string>([...SYMPTOMS.map((symptom) => symptom.id), ...ENGINE_FINDING_IDS]);

  it('has unique kebab-case ids', () => {
    const ids = CONDITIONS.map((condition) => condition.id);
    expect(duplicates(ids)).toEqual([]);
    expect(ids.filter((id) => !KEBAB.test(id))).toEqual([]);
  });

  it('only cites known findings, with probabilities in (0, 1]', () => {
    const problems = CONDITIONS.flatMap((condition) =>
      Object.entries(condition.findings).flatMap(([finding, probability]) => [
        ...(knownFindings.has(finding) ? [] : [`${condition.id}: unknown finding ${finding}`]),
        ...(probability > 0 && probability <= 1 ? [] : [`${condition.id}: ${finding} = ${probability}`]),
      ]),
    );
    expect(problems).toEqual([]);
  });

  it('gives each condition at least 4 findings, a summary, advice and an https source', () => {
    for (const condition of CONDITIONS) {
      expect(Object.keys(condition.findings).length, condition.id).toBeGreaterThanOrEqual(4);
      expect(condition.summary.trim(), condition.id).not.toBe('');
      expect(condition.advice.trim(), condition.id).not.toBe('');
      expect(condition.source.title.trim(), condition.id).not.toBe('');
      expect(new URL(condition.source.url).protocol, condition.id).toBe('https:');
    }
  });

  it('uses a valid triage level, a course and a sensible age range', () => {
    for (const condition of CONDITIONS) {
      expect(TRIAGE_LEVELS, condition.id).toContain(condition.triage);
      expect(condition.course.length, condition.id).toBeGreaterThan(0);
      const { min = 0, max = 120 } = condition.ages ?? {};
      expect(min, condition.id).toBeLessThanOrEqual(max);
    }
  });

  it('has lower-case synonyms, none of which is another condition’s name', () => {
    const names = new Map(CONDITIONS.map((condition) => [normalise(condition.name), condition.id]));
    const problems = CONDITIONS.flatMap((condition) =>
      condition.synonyms.flatMap((synonym) => {
        const namedAs = names.get(normalise(synonym));
        return [
          ...(synonym === synonym.toLowerCase() ? [] : [`${condition.id}: not lower case: ${synonym}`]),
          ...(namedAs !== undefined && namedAs !== condition.id
            ? [`${condition.id}: ${synonym} names ${namedAs}`]
            : []),
        ];
      }),
    );
    expect(problems).toEqual([]);
  });

  it('names the conditions a triage assistant must recognise', () => {
    const labels = new Set(
      CONDITIONS.flatMap((condition) => [condition.name, ...condition.synonyms].map(normalise)),
    );
    const required = [
      'myocardial infarction',
      'stroke',
      'transient ischaemic attack',
      'anaphylaxis',
      'pulmonary embolism',
      'sepsis',
      'bacterial meningitis',
      'subarachnoid haemorrhage',
      'diabetic ketoacidosis',
      'ectopic pregnancy',
      'testicular torsion',
      'appendicitis',
      'cauda equina syndrome',
      'urinary tract infection',
      'influenza',
      'covid 19',
      'migraine',
      'gout',
    ];
    expect(required.filter((label) => !labels.has(label))).toEqual([]);
  });
});
