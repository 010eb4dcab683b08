import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractFindings, type FindingStatus } from './finding-extraction.ts';
import type { SymptomConcept } from './knowledge.types.ts';
import { createTriageKnowledge } from './triage-knowledge.ts';

const symptom = (id: string, synonyms: string[]): SymptomConcept => ({
  id,
  name: id,
  lay: id,
  system: 'general',
  synonyms,
  question: `${id}?`,
});
const knowledge = createTriageKnowledge({
  symptoms: [
    symptom('fever', ['fever', 'temperature', 'high temperature']),
    symptom('cough', ['cough', 'coughing']),
    symptom('numbness', ['numbness', 'numb']),
    symptom('blocked-nose', ['blocked nose', 'cant breathe through my nose']),
  ],
  conditions: [],
});

const statusOf = (text: string): Record<string, FindingStatus> =>
  Object.fromEntries(extractFindings(text, knowledge.matcher).map((f) => [f.id, f.status]));

describe('extractFindings', () => {
  it.each([
    ['I have a fever and a cough', { fever: 'present', cough: 'present' }],
    ['no fever', { fever: 'absent' }],
    ['No fever but chest pain since this morning', { fever: 'absent', 'chest-pain': 'present' }],
    ['I don’t have a cough', { cough: 'absent' }],
    ['Denies fever, cough or chest pain', { fever: 'absent', cough: 'absent', 'chest-pain': 'absent' }],
    ['Not sure if I have a fever', { fever: 'present' }],
    ['No, I have a cough', { cough: 'present' }],
    ['I had chest pain last year, what tests exist?', { 'chest-pain': 'past' }],
    ['I have had chest pain for the last year', { 'chest-pain': 'present' }],
    ['The chest pain started 3 months ago', { 'chest-pain': 'present' }],
    ['History of seizures as a child', { seizure: 'past' }],
    ['The numbness in my arm went away after ten minutes', { numbness: 'resolved' }],
    ['I fainted two days ago', { fainting: 'resolved' }],
    ['What causes seizures?', { seizure: 'mentioned' }],
    ['What should I do? My chest hurts', { 'chest-pain': 'present' }],
    ['I can’t breathe through my nose', { 'blocked-nose': 'present' }],
    ['I can’t breathe', { dyspnoea: 'present' }],
    [
      'My husband’s face is drooping and he can’t talk',
      { 'facial-droop': 'present', 'speech-difficulty': 'present' },
    ],
  ] as const)('reads "%s"', (text, expected) => {
    expect(statusOf(text)).toEqual(expected);
  });

  it('keeps a symptom present when another sentence denies it (the safer reading)', () => {
    expect(statusOf('I have chest pain. No chest pain when resting.')).toEqual({ 'chest-pain': 'present' });
  });

  it('never lets a later clause deny a present symptom named before a "but"', () => {
    const fillers = fc.constantFrom('no fever', 'not a cough', 'never numb', 'without a temperature');
    fc.assert(
      fc.property(fc.array(fillers, { maxLength: 4 }), (denials) => {
        const text = `I have chest pain but ${denials.join(', ')}`;
        expect(statusOf(text)['chest-pain']).toBe('present');
      }),
    );
  });
});
