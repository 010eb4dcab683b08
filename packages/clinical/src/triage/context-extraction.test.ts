import { describe, expect, it } from 'vitest';
import { readAge, readDurationDays, readSeverity, readSex } from './context-extraction.ts';

describe('reading the facts around the symptoms', () => {
  it.each([
    ['34F, burning when I pee', 34],
    ['My 4-year-old daughter has a rash', 4],
    ['I am 67 and have a cough', 67],
    ['He is 19', 19],
    ['A 52 year old man', 52],
    ['My baby is 6 weeks old', 6 / 52],
    ['My son, aged 9, has earache', 9],
    ['I’m 5 months pregnant', undefined],
    ['The pain is 8/10', undefined],
    ['I have had a cough for 2 years', undefined],
  ])('age of "%s"', (text, age) => {
    expect(readAge(text)).toBe(age);
  });

  it.each([
    ['34F with a headache', 'female'],
    ['My husband has chest pain; his wife called', 'male'],
    ['I am a 40 year old woman', 'female'],
    ['I have a cough', undefined],
  ])('sex of "%s"', (text, sex) => {
    expect(readSex(text)).toBe(sex);
  });

  it.each([
    ['for 3 days', 3],
    ['for the past two weeks', 14],
    ['started 2 hours ago', 2 / 24],
    ['since yesterday', 1],
    ['for a couple of days', 2],
    ['about a month', 30],
    ['it came on suddenly', 0.05],
    ['I feel unwell', undefined],
  ])('duration of "%s"', (text, days) => {
    expect(readDurationDays(text)).toBe(days);
  });

  it.each([
    ['the worst pain ever', 'severe'],
    ['pain is 8/10', 'severe'],
    ['pain is 5 out of 10', 'moderate'],
    ['a mild ache', 'mild'],
    ['it hurts', undefined],
  ])('severity of "%s"', (text, severity) => {
    expect(readSeverity(text)).toBe(severity);
  });
});
