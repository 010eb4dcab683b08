/**
 * Missing values: `null` in a feature matrix. Medians are learned from training rows only and then
 * fill both training and held-out rows, so nothing about a test fold leaks into its own imputation.
 */
export type FeatureRow = readonly (number | null)[];

export type Imputer = {
  /** Median per column for the columns that are imputed, null for the others. */
  medians: (number | null)[];
  /** Columns that also get a 0/1 "was missing" indicator, appended after the features in this order. */
  indicatorColumns: number[];
};

/** Pima (and similar) files write a missing measurement as 0; a 0 BMI or glucose is not a value. */
export function zeroAsMissing(value: number): number | null {
  return value === 0 ? null : value;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError('the median of no values is undefined');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/**
 * Learns the medians of `imputeColumns` from the observed values of the training rows. A column not
 * listed must have no missing values, here and later in `applyImputer`.
 */
export function fitImputer(
  rows: readonly FeatureRow[],
  imputeColumns: readonly number[],
  indicatorColumns: readonly number[] = [],
): Imputer {
  const columns = rows[0]?.length ?? 0;
  const unlisted = indicatorColumns.filter((column) => !imputeColumns.includes(column));
  if (unlisted.length > 0) throw new RangeError(`indicator columns ${unlisted.join(', ')} are not imputed`);
  const medians = Array.from({ length: columns }, (_, column) => {
    if (!imputeColumns.includes(column)) return null;
    const observed = rows
      .map((row) => row[column])
      .filter((value): value is number => typeof value === 'number');
    return median(observed);
  });
  return { medians, indicatorColumns: [...indicatorColumns] };
}

/** Fills missing values with the training medians and appends the missing-value indicators. */
export function applyImputer(imputer: Imputer, rows: readonly FeatureRow[]): number[][] {
  return rows.map((row, rowIndex) => {
    const filled = row.map((value, column) => {
      if (value !== null) return value;
      const fill = imputer.medians[column];
      if (fill === null || fill === undefined)
        throw new RangeError(`row ${rowIndex} has a missing value in column ${column}, which is not imputed`);
      return fill;
    });
    const indicators = imputer.indicatorColumns.map((column) => (row[column] === null ? 1 : 0));
    return [...filled, ...indicators];
  });
}
