import { describe, expect, it } from 'vitest';
import { createRandom, deriveSeed, shuffled } from './random.ts';

describe('seeded random numbers', () => {
  it('repeats the same sequence for the same seed and differs for another', () => {
    const a = createRandom(42);
    const b = createRandom(42);
    const c = createRandom(43);
    const first = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(first);
    expect(Array.from({ length: 5 }, () => c())).not.toEqual(first);
  });

  it('stays in [0, 1) with a mean near ½', () => {
    const random = createRandom(7);
    const draws = Array.from({ length: 20_000 }, () => random());
    expect(Math.min(...draws)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...draws)).toBeLessThan(1);
    expect(draws.reduce((sum, value) => sum + value, 0) / draws.length).toBeCloseTo(0.5, 2);
  });

  it('derives distinct, stable child seeds', () => {
    expect(deriveSeed(1, 0)).toBe(deriveSeed(1, 0));
    expect(new Set([deriveSeed(1, 0), deriveSeed(1, 1), deriveSeed(2, 0), deriveSeed(1, 0, 0)]).size).toBe(4);
  });

  it('shuffles into a permutation and leaves the input alone', () => {
    const items = [1, 2, 3, 4, 5, 6, 7, 8];
    const out = shuffled(items, createRandom(3));
    expect([...out].sort((a, b) => a - b)).toEqual(items);
    expect(items).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(shuffled(items, createRandom(3))).toEqual(out);
  });
});
