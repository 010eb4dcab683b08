import { createRandom } from './random.ts';

/**
 * Seeded synthetic data for the pipeline tests (no real data set is read by any test):
 * a signal column x1, a noise column x2, and y ~ Bernoulli(sigmoid(−0.5 + 1.5·x1)).
 */
export function syntheticRows(n: number, seed: number): { rows: (number | null)[][]; y: (0 | 1)[] } {
  const random = createRandom(seed);
  const normal = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const rows: (number | null)[][] = [];
  const y: (0 | 1)[] = [];
  for (let i = 0; i < n; i += 1) {
    const x1 = normal();
    const x2 = normal();
    rows.push([x1, x2]);
    y.push(random() < 1 / (1 + Math.exp(-(-0.5 + 1.5 * x1))) ? 1 : 0);
  }
  return { rows, y };
}
