import { createHash } from 'node:crypto';

/** A deterministic source of numbers and ids for one synthetic patient: same key, same sequence. */
export type SyntheticRandom = {
  /** Uniform in [0, 1). */
  next(): number;
  float(min: number, max: number): number;
  int(min: number, max: number): number;
  /** Normally distributed (Box–Muller). */
  normal(mean: number, sd: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** A UUID derived from the key and a counter by SHA-256: stable across runs, unique within a key. */
  uuid(): string;
};

function seedFromKey(key: string): number {
  return createHash('sha256').update(`lifecare-nexus-synthetic\0${key}`).digest().readUInt32LE(0);
}

/** Creates the random source for `key` (mulberry32 seeded from a hash of the key). */
export function createSyntheticRandom(key: string): SyntheticRandom {
  let state = seedFromKey(key);
  let uuidCounter = 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const random: SyntheticRandom = {
    next,
    float: (min, max) => min + (max - min) * next(),
    int: (min, max) => Math.floor(min + (max - min + 1) * next()),
    normal: (mean, sd) => {
      const u = 1 - next();
      const v = next();
      return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    },
    chance: (probability) => next() < probability,
    pick: (items) => {
      const item = items[Math.floor(next() * items.length)];
      if (item === undefined) throw new Error('pick from an empty list');
      return item;
    },
    uuid: () => {
      uuidCounter += 1;
      const hex = createHash('sha256')
        .update(`lifecare-nexus-synthetic-id\0${key}\0${uuidCounter}`)
        .digest('hex');
      // Version 4 and RFC 4122 variant bits, so every UUID parser accepts it.
      const variant = ((Number.parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16);
      return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
    },
  };
  return random;
}

/** Rounds to `decimals` places, the precision a device or laboratory would report. */
export function roundTo(value: number, decimals: number): number {
  const scale = 10 ** decimals;
  return Math.round(value * scale) / scale;
}

/** Keeps a value within [min, max]. */
export function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
