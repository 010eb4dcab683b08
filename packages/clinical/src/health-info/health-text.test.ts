import { describe, expect, it } from 'vitest';
import {
  canonicalTerm,
  contentTerms,
  editDistanceWithin,
  isGenericTerm,
  normalizeText,
} from './health-text.ts';

describe('normalizeText', () => {
  it('lower-cases, drops accents and apostrophes, and collapses punctuation', () => {
    expect(normalizeText("  Alzheimer's — Café-au-lait  ")).toBe('alzheimers cafe au lait');
    expect(normalizeText('COVID-19?')).toBe('covid 19');
  });
});

describe('canonicalTerm', () => {
  it.each([
    ['anaemia', 'anemia'],
    ['haemoglobin', 'hemoglobin'],
    ['coeliac', 'celiac'],
    ['diarrhoea', 'diarrhea'],
    ['oesophagus', 'esophagus'],
    ['apnoea', 'apnea'],
    ['immunisation', 'immunization'],
    ['tumour', 'tumor'],
    ['acetaminophen', 'paracetamol'],
    ['albuterol', 'salbutamol'],
    ['GERD', 'GORD'],
  ])('folds British and American spellings: %s = %s', (british, american) => {
    expect(canonicalTerm(normalizeText(british))).toBe(canonicalTerm(normalizeText(american)));
  });

  it.each([
    ['headaches', 'headache'],
    ['allergies', 'allergy'],
    ['vaccines', 'vaccine'],
    ['testing', 'tests'],
    ['dizziness', 'dizzy'],
    ['worried', 'worry'],
    ['statins', 'statin'],
    ['ppis', 'ppi'],
    ['smoking', 'smoke'],
  ])('stems inflections to one form: %s = %s', (a, b) => {
    expect(canonicalTerm(a)).toBe(canonicalTerm(b));
  });

  it('keeps words that only look plural, and abbreviations with digits', () => {
    expect(canonicalTerm('psoriasis')).toBe('psoriasis');
    expect(canonicalTerm('virus')).toBe('virus');
    expect(canonicalTerm('hba1c')).toBe('hba1c');
    expect(canonicalTerm('copd')).not.toBe(canonicalTerm('cold'));
  });
});

describe('contentTerms and isGenericTerm', () => {
  it('drops stopwords and keeps topic words in order', () => {
    expect(contentTerms('What are the side effects of metformin?')).toEqual(['side', 'effect', 'metformin']);
  });

  it('treats intent words as generic, also mistyped, but not topic words', () => {
    expect(isGenericTerm(canonicalTerm('symptoms'))).toBe(true);
    expect(isGenericTerm(canonicalTerm('symtoms'))).toBe(true);
    expect(isGenericTerm(canonicalTerm('treatment'))).toBe(true);
    expect(isGenericTerm('2')).toBe(true);
    expect(isGenericTerm(canonicalTerm('fever'))).toBe(false);
    expect(isGenericTerm(canonicalTerm('asthma'))).toBe(false);
  });
});

describe('editDistanceWithin', () => {
  it('counts insertions, deletions, substitutions and swaps', () => {
    expect(editDistanceWithin('asthma', 'astma', 1)).toBe(true);
    expect(editDistanceWithin('alzheimer', 'alzhiemer', 1)).toBe(true);
    expect(editDistanceWithin('migraine', 'migrane', 1)).toBe(true);
    expect(editDistanceWithin('mastectomy', 'vasectomy', 1)).toBe(false);
    expect(editDistanceWithin('cold', 'copd', 1)).toBe(true);
    expect(editDistanceWithin('cold', 'copd', 0)).toBe(false);
  });
});
