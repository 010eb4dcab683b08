/**
 * A result as people read it: whole numbers from 100, one decimal from 10, two from 1, two
 * significant digits below 1, without trailing zeros (86.4259 → "86.4", 6.1064 → "6.11",
 * 112.8 → "113", 0.00412 → "0.0041"). Results arrive with the precision of a floating-point
 * generator, which no lab reports.
 */
export function readableNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const magnitude = Math.abs(value);
  if (magnitude > 0 && magnitude < 1) return String(Number(value.toPrecision(2)));
  const decimals = magnitude >= 100 ? 0 : magnitude >= 10 ? 1 : 2;
  const rounded = Number(value.toFixed(decimals));
  // Avoid "-0" for values that round to zero.
  return String(rounded === 0 ? 0 : rounded);
}
