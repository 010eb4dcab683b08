/**
 * Differences between two JSON values, numbers compared within a tolerance (relative above 1),
 * everything else exactly. Each difference is reported with its path (`evaluation.primary.auc.mean`).
 */
export function jsonDifferences(
  expected: unknown,
  actual: unknown,
  tolerance: number,
  path = '(root)',
): string[] {
  if (typeof expected === 'number' && typeof actual === 'number') {
    const allowed = tolerance * Math.max(1, Math.abs(expected));
    return Math.abs(expected - actual) <= allowed
      ? []
      : [`${path}: recorded ${expected}, reproduced ${actual}`];
  }
  if (Array.isArray(expected) && Array.isArray(actual)) {
    if (expected.length !== actual.length)
      return [`${path}: recorded ${expected.length} items, reproduced ${actual.length}`];
    return expected.flatMap((item, index) =>
      jsonDifferences(item, actual[index], tolerance, `${path}[${index}]`),
    );
  }
  if (isRecord(expected) && isRecord(actual)) {
    const keys = [...new Set([...Object.keys(expected), ...Object.keys(actual)])].sort();
    return keys.flatMap((key) => {
      const at = path === '(root)' ? key : `${path}.${key}`;
      if (!(key in expected)) return [`${at}: not recorded, reproduced ${JSON.stringify(actual[key])}`];
      if (!(key in actual)) return [`${at}: recorded, not reproduced`];
      return jsonDifferences(expected[key], actual[key], tolerance, at);
    });
  }
  return Object.is(expected, actual)
    ? []
    : [`${path}: recorded ${JSON.stringify(expected)}, reproduced ${JSON.stringify(actual)}`];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
