import { describe, expect, it } from 'vitest';
import {
  fitLogistic,
  predictProbabilities,
  sigmoid,
  solveSymmetricPositiveDefinite,
  standardErrors,
} from './logistic-regression.ts';

// Hours of study and exam passes: the worked example of the Wikipedia "Logistic regression" article,
// whose maximum-likelihood fit is intercept −4.0777 (SE 1.7610), hours 1.5046 (SE 0.6287).
const HOURS = [
  0.5, 0.75, 1, 1.25, 1.5, 1.75, 1.75, 2, 2.25, 2.5, 2.75, 3, 3.25, 3.5, 4, 4.25, 4.5, 4.75, 5, 5.5,
];
const PASSED = [0, 0, 0, 0, 0, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 1, 1, 1, 1, 1];

describe('logistic regression by IRLS', () => {
  it('reproduces the published hours-and-passing fit and its standard errors', () => {
    const x = HOURS.map((hours) => [hours]);
    const fit = fitLogistic(x, PASSED);
    expect(fit.converged).toBe(true);
    expect(fit.intercept).toBeCloseTo(-4.0777, 4);
    expect(fit.coefficients[0]).toBeCloseTo(1.5046, 4);
    const [seIntercept, seHours] = standardErrors(fit, x);
    expect(seIntercept).toBeCloseTo(1.761, 3);
    expect(seHours).toBeCloseTo(0.6287, 4);
  });

  it('matches the closed form for one binary predictor: logit of the base rate and the log odds ratio', () => {
    // x = 0: 3 events in 10; x = 1: 6 events in 8.
    const x = [...new Array<number>(10).fill(0), ...new Array<number>(8).fill(1)].map((value) => [value]);
    const y = [1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 0, 0];
    const fit = fitLogistic(x, y);
    expect(fit.intercept).toBeCloseTo(Math.log(3 / 7), 10);
    expect(fit.coefficients[0]).toBeCloseTo(Math.log(6 / 2 / (3 / 7)), 10);
  });

  it('with a ridge penalty solves the penalised score equations and shrinks the slope', () => {
    const x = HOURS.map((hours) => [hours]);
    const lambda = 2;
    const fit = fitLogistic(x, PASSED, { lambda });
    const p = predictProbabilities(fit, x);
    const residualSum = PASSED.reduce((sum, y, i) => sum + y - (p[i] as number), 0);
    const slopeScore = PASSED.reduce((sum, y, i) => sum + (HOURS[i] as number) * (y - (p[i] as number)), 0);
    expect(residualSum).toBeCloseTo(0, 9); // the intercept is not penalised
    expect(slopeScore - lambda * (fit.coefficients[0] as number)).toBeCloseTo(0, 9);
    expect(fit.coefficients[0] as number).toBeLessThan(1.5046);
    const heavy = fitLogistic(x, PASSED, { lambda: 1e9 });
    expect(heavy.coefficients[0]).toBeCloseTo(0, 6);
    expect(sigmoid(heavy.intercept + (heavy.coefficients[0] as number) * 2.7875)).toBeCloseTo(10 / 20, 4);
  });

  it('fits an intercept alone with an offset', () => {
    const offset = [-1, 0, 1, 2, -2, 0.5];
    const y = [0, 1, 1, 1, 0, 0];
    const fit = fitLogistic(
      offset.map(() => []),
      y,
      { offset },
    );
    const score = y.reduce(
      (sum, value, i) => sum + value - sigmoid(fit.intercept + (offset[i] as number)),
      0,
    );
    expect(score).toBeCloseTo(0, 10);
  });

  it('reports non-convergence under complete separation without a penalty', () => {
    const fit = fitLogistic([[1], [2], [3], [4]], [0, 0, 1, 1], { maxIterations: 25 });
    expect(fit.converged).toBe(false);
    expect(fitLogistic([[1], [2], [3], [4]], [0, 0, 1, 1], { lambda: 0.1 }).converged).toBe(true);
  });

  it('rejects bad input', () => {
    expect(() => fitLogistic([[1]], [2])).toThrow(/0 or 1/);
    expect(() => fitLogistic([[1], [2]], [1])).toThrow(/same length/);
    expect(() => fitLogistic([[1], [2]], [0, 1], { lambda: -1 })).toThrow(/lambda/);
  });
});

describe('Cholesky solve', () => {
  it('solves a symmetric positive-definite system', () => {
    const a = [
      [4, 12, -16],
      [12, 37, -43],
      [-16, -43, 98],
    ];
    expect(solveSymmetricPositiveDefinite(a, [1, 2, 3]).map((value) => Number(value.toFixed(10)))).toEqual([
      28.5833333333, -7.6666666667, 1.3333333333,
    ]);
    expect(() =>
      solveSymmetricPositiveDefinite(
        [
          [1, 2],
          [2, 4],
        ],
        [1, 1],
      ),
    ).toThrow(/positive definite/);
  });
});
