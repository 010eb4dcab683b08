/**
 * Seeded pseudo-random numbers for reproducible splits. mulberry32 (Tommy Ettinger's 32-bit
 * generator): not for cryptography, but every split and every metric can be re-run bit for bit.
 */
export type Random = () => number;

/** Uniform numbers in [0, 1) from a 32-bit seed. */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/**
 * A child seed for one part of a run (repeat 3, outer fold 2 …), so that changing the number of
 * repeats does not move the splits of the repeats that stay. FNV-1a over the parts.
 */
export function deriveSeed(seed: number, ...parts: number[]): number {
  let hash = 0x811c9dc5;
  for (const value of [seed, ...parts]) {
    let word = value >>> 0;
    for (let byte = 0; byte < 4; byte += 1) {
      hash ^= word & 0xff;
      hash = Math.imul(hash, 0x01000193) >>> 0;
      word >>>= 8;
    }
  }
  return hash >>> 0;
}

/** Fisher–Yates shuffle into a new array. */
export function shuffled<T>(items: readonly T[], random: Random): T[] {
  const out = [...items];
  for (let index = out.length - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1));
    const held = out[index] as T;
    out[index] = out[other] as T;
    out[other] = held;
  }
  return out;
}
