/** Centring and scaling of each column, fitted on training rows and applied unchanged to new rows. */
export type Standardizer = { means: number[]; sds: number[] };

/**
 * Column means and sample standard deviations (n − 1). A constant column keeps an SD of 1, so it
 * maps to zero instead of dividing by zero.
 */
export function fitStandardizer(x: readonly (readonly number[])[]): Standardizer {
  const first = x[0];
  if (!first) throw new RangeError('cannot standardise an empty matrix');
  const columns = first.length;
  const n = x.length;
  const means = Array.from(
    { length: columns },
    (_, j) => x.reduce((sum, row) => sum + (row[j] as number), 0) / n,
  );
  const sds = means.map((mean, j) => {
    if (n < 2) return 1;
    const variance = x.reduce((sum, row) => sum + ((row[j] as number) - mean) ** 2, 0) / (n - 1);
    return variance > 0 ? Math.sqrt(variance) : 1;
  });
  return { means, sds };
}

export function applyStandardizer(standardizer: Standardizer, x: readonly (readonly number[])[]): number[][] {
  return x.map((row) =>
    row.map((value, j) => (value - (standardizer.means[j] as number)) / (standardizer.sds[j] as number)),
  );
}
