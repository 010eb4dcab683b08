/**
 * Logistic regression fitted by iteratively reweighted least squares (Newton–Raphson on the
 * log-likelihood), with an optional ridge (L2) penalty on the slopes. The intercept is never
 * penalised. Maximises  Σ [y log p + (1 − y) log(1 − p)] − (λ / 2) Σ β_j².
 */
export type LogisticFit = {
  intercept: number;
  coefficients: number[];
  iterations: number;
  converged: boolean;
  /** The penalised log-likelihood at the solution. */
  objective: number;
};

export type LogisticOptions = {
  /** Ridge penalty λ on the slopes (0 gives maximum likelihood). */
  lambda?: number;
  /** A fixed term added to each linear predictor (used for calibration-in-the-large). */
  offset?: readonly number[];
  maxIterations?: number;
  /** Stop when no parameter moves by more than this in one Newton step. */
  tolerance?: number;
};

export class LogisticFitError extends Error {
  readonly code = 'logistic_fit';
}

/** log(1 + e^z) without overflow. */
export function softplus(z: number): number {
  return Math.max(z, 0) + Math.log1p(Math.exp(-Math.abs(z)));
}

export function sigmoid(z: number): number {
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
}

export function logit(p: number): number {
  return Math.log(p / (1 - p));
}

/** Solves A x = b for a symmetric positive-definite A by Cholesky factorisation. */
export function solveSymmetricPositiveDefinite(
  a: readonly (readonly number[])[],
  b: readonly number[],
): number[] {
  const n = b.length;
  const lower: number[][] = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i += 1) {
    const rowI = lower[i] as number[];
    for (let j = 0; j <= i; j += 1) {
      const rowJ = lower[j] as number[];
      let sum = (a[i] as readonly number[])[j] as number;
      for (let k = 0; k < j; k += 1) sum -= (rowI[k] as number) * (rowJ[k] as number);
      if (i === j) {
        if (!(sum > 0)) throw new LogisticFitError('the information matrix is not positive definite');
        rowI[i] = Math.sqrt(sum);
      } else {
        rowI[j] = sum / (rowJ[j] as number);
      }
    }
  }
  const forward = new Array<number>(n).fill(0);
  for (let i = 0; i < n; i += 1) {
    const row = lower[i] as number[];
    let sum = b[i] as number;
    for (let k = 0; k < i; k += 1) sum -= (row[k] as number) * (forward[k] as number);
    forward[i] = sum / (row[i] as number);
  }
  const solution = new Array<number>(n).fill(0);
  for (let i = n - 1; i >= 0; i -= 1) {
    let sum = forward[i] as number;
    for (let k = i + 1; k < n; k += 1) sum -= ((lower[k] as number[])[i] as number) * (solution[k] as number);
    solution[i] = sum / ((lower[i] as number[])[i] as number);
  }
  return solution;
}

function linearPredictors(
  x: readonly (readonly number[])[],
  beta: readonly number[],
  offset: readonly number[] | undefined,
): number[] {
  return x.map((row, i) => {
    let eta = (beta[0] as number) + (offset?.[i] ?? 0);
    for (let j = 0; j < row.length; j += 1) eta += (beta[j + 1] as number) * (row[j] as number);
    return eta;
  });
}

function penalisedLogLikelihood(
  eta: readonly number[],
  y: readonly number[],
  beta: readonly number[],
  lambda: number,
) {
  let value = 0;
  for (let i = 0; i < eta.length; i += 1) {
    const z = eta[i] as number;
    value -= (y[i] as number) === 1 ? softplus(-z) : softplus(z);
  }
  for (let j = 1; j < beta.length; j += 1) value -= (lambda / 2) * (beta[j] as number) ** 2;
  return value;
}

/** Fits the model; `x` holds the covariates without an intercept column, `y` is 0/1. */
export function fitLogistic(
  x: readonly (readonly number[])[],
  y: readonly number[],
  options: LogisticOptions = {},
): LogisticFit {
  const lambda = options.lambda ?? 0;
  const maxIterations = options.maxIterations ?? 100;
  const tolerance = options.tolerance ?? 1e-10;
  if (x.length !== y.length || x.length === 0)
    throw new LogisticFitError('x and y must be non-empty and the same length');
  if (options.offset && options.offset.length !== y.length) throw new LogisticFitError('offset must match y');
  if (!(lambda >= 0)) throw new LogisticFitError('lambda must be zero or positive');
  if (y.some((value) => value !== 0 && value !== 1)) throw new LogisticFitError('y must be 0 or 1');
  const p = (x[0] as readonly number[]).length + 1;
  let beta = new Array<number>(p).fill(0);
  let eta = linearPredictors(x, beta, options.offset);
  let objective = penalisedLogLikelihood(eta, y, beta, lambda);
  for (let iteration = 1; iteration <= maxIterations; iteration += 1) {
    const gradient = new Array<number>(p).fill(0);
    const information: number[][] = Array.from({ length: p }, () => new Array<number>(p).fill(0));
    for (let i = 0; i < x.length; i += 1) {
      const row = x[i] as readonly number[];
      const prob = sigmoid(eta[i] as number);
      const residual = (y[i] as number) - prob;
      const weight = prob * (1 - prob);
      for (let j = 0; j < p; j += 1) {
        const xj = j === 0 ? 1 : (row[j - 1] as number);
        gradient[j] = (gradient[j] as number) + xj * residual;
        const infoRow = information[j] as number[];
        for (let k = 0; k <= j; k += 1) {
          const xk = k === 0 ? 1 : (row[k - 1] as number);
          infoRow[k] = (infoRow[k] as number) + weight * xj * xk;
        }
      }
    }
    for (let j = 0; j < p; j += 1) {
      const infoRow = information[j] as number[];
      for (let k = j + 1; k < p; k += 1) infoRow[k] = (information[k] as number[])[j] as number;
      if (j > 0) {
        gradient[j] = (gradient[j] as number) - lambda * (beta[j] as number);
        infoRow[j] = (infoRow[j] as number) + lambda;
      }
    }
    const step = solveSymmetricPositiveDefinite(information, gradient);
    // Step halving keeps each iteration an ascent step when a full Newton step overshoots.
    let scale = 1;
    let candidate = beta;
    let candidateEta = eta;
    let candidateObjective = Number.NEGATIVE_INFINITY;
    for (let halving = 0; halving < 30; halving += 1) {
      candidate = beta.map((value, j) => value + scale * (step[j] as number));
      candidateEta = linearPredictors(x, candidate, options.offset);
      candidateObjective = penalisedLogLikelihood(candidateEta, y, candidate, lambda);
      if (candidateObjective >= objective - 1e-12) break;
      scale /= 2;
    }
    const largestMove = Math.max(...step.map((value) => Math.abs(scale * value)));
    beta = candidate;
    eta = candidateEta;
    objective = candidateObjective;
    if (largestMove < tolerance)
      return {
        intercept: beta[0] as number,
        coefficients: beta.slice(1),
        iterations: iteration,
        converged: true,
        objective,
      };
  }
  return {
    intercept: beta[0] as number,
    coefficients: beta.slice(1),
    iterations: maxIterations,
    converged: false,
    objective,
  };
}

/** Linear predictor (log-odds) of each row. */
export function predictLogOdds(
  fit: Pick<LogisticFit, 'intercept' | 'coefficients'>,
  x: readonly (readonly number[])[],
): number[] {
  return linearPredictors(x, [fit.intercept, ...fit.coefficients], undefined);
}

export function predictProbabilities(
  fit: Pick<LogisticFit, 'intercept' | 'coefficients'>,
  x: readonly (readonly number[])[],
): number[] {
  return predictLogOdds(fit, x).map(sigmoid);
}

/**
 * Wald standard errors of the intercept and slopes: the square roots of the diagonal of the inverse
 * (penalised) information matrix at the fit.
 */
export function standardErrors(
  fit: Pick<LogisticFit, 'intercept' | 'coefficients'>,
  x: readonly (readonly number[])[],
  lambda = 0,
): number[] {
  const p = fit.coefficients.length + 1;
  const information: number[][] = Array.from({ length: p }, () => new Array<number>(p).fill(0));
  const probabilities = predictProbabilities(fit, x);
  x.forEach((row, i) => {
    const prob = probabilities[i] as number;
    const weight = prob * (1 - prob);
    const full = [1, ...row];
    for (let j = 0; j < p; j += 1)
      for (let k = 0; k < p; k += 1)
        (information[j] as number[])[k] =
          ((information[j] as number[])[k] as number) + weight * (full[j] as number) * (full[k] as number);
  });
  for (let j = 1; j < p; j += 1)
    (information[j] as number[])[j] = ((information[j] as number[])[j] as number) + lambda;
  return Array.from({ length: p }, (_, j) => {
    const unit = Array.from({ length: p }, (_, k) => (k === j ? 1 : 0));
    return Math.sqrt(solveSymmetricPositiveDefinite(information, unit)[j] as number);
  });
}
