import { describe, expect, it } from 'vitest';
import { defaultTriageKnowledge } from './default-knowledge.ts';
import { absorbMessage, EMPTY_TRIAGE, emergenciesOf } from './triage-dialogue.ts';

/**
 * The emergency rules on the shipped knowledge base, against the situations NHS "When to call 999"
 * lists, in the words people use, and against messages that only look like emergencies.
 */
const knowledge = defaultTriageKnowledge();
const rulesFor = (text: string) =>
  emergenciesOf(knowledge, absorbMessage(knowledge, EMPTY_TRIAGE, text)).map((rule) => rule.id);

describe('emergency rules', () => {
  it.each([
    ['My husband’s face is drooping and he can’t talk', 'stroke'],
    ['mum suddenly can’t lift her arm and her speech is slurred', 'stroke'],
    ['I have crushing chest pain and I’m sweating', 'heart-attack'],
    ['chest pain spreading to my left arm', 'heart-attack'],
    ['I’ve got chest pain and can’t catch my breath', 'heart-attack'],
    ['my lips are swelling after eating peanuts', 'anaphylaxis'],
    ['stung by a wasp, hives everywhere and I feel faint', 'anaphylaxis'],
    ['I want to end my life', 'suicide-risk'],
    ['I’ve been thinking about killing myself', 'suicide-risk'],
    ['the worst headache of my life came on suddenly', 'brain-bleed'],
    ['she has a high temperature and a stiff neck', 'meningitis'],
    ['purple spots on his legs that don’t fade under a glass', 'meningitis'],
    ['my son took too many pills', 'poisoning'],
    ['my dad collapsed and is not breathing', 'unresponsive'],
    ['I’m vomiting blood', 'bleeding'],
    ['he is having a seizure', 'seizure'],
    ['my 6 week old baby has a fever', 'young-infant-fever'],
    ['his lips are turning blue', 'breathing'],
    ['her inhaler isn’t working and she can only say one or two words', 'breathing'],
    ['I can’t feel the toilet paper when I wipe and my back hurts', 'cauda-equina'],
    ['sudden tearing pain in my chest going through to my back', 'aortic-dissection'],
  ])('"%s" → %s', (text, rule) => {
    expect(rulesFor(text)).toContain(rule);
  });

  it.each([
    'I had chest pain last year, what tests exist?',
    'No chest pain, no shortness of breath, just a dry cough for 4 days',
    'What are the signs of a stroke?',
    'I can’t see my GP until Friday',
    'I’m confused about my medication times',
    'I have heavy periods',
    'I think I have food poisoning',
    'pain on one side of my face when I chew',
    'my 12 year old had anaphylaxis to nuts when he was little; today he is sneezing',
    'I can’t breathe through my nose',
    'I feel a bit tight in my calves after running',
  ])('"%s" is not an emergency', (text) => {
    expect(rulesFor(text)).toEqual([]);
  });

  it('keeps an emergency found earlier when a later message adds to it', () => {
    const first = absorbMessage(knowledge, EMPTY_TRIAGE, 'I have chest pain');
    expect(emergenciesOf(knowledge, first)).toEqual([]);
    const second = absorbMessage(knowledge, { ...first, pending: 'finding:sweating' }, 'yes');
    expect(emergenciesOf(knowledge, second).map((rule) => rule.id)).toContain('heart-attack');
  });
});
