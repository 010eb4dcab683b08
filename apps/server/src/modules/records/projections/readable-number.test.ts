import { describe, expect, it } from 'vitest';
import { readableNumber } from './readable-number.ts';

describe('numbers as people read them', () => {
  it.each([
    [86.42593971044111, '86.4'],
    [6.106429878032881, '6.11'],
    [112.80033780552651, '113'],
    [0.004123, '0.0041'],
    [-0.001, '-0.001'],
    [0, '0'],
    [5, '5'],
    [140, '140'],
  ])('%d → %s', (value, shown) => {
    expect(readableNumber(value)).toBe(shown);
  });
});
