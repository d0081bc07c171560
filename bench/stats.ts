/** Small number helpers for the bench: medians of samples, rounding for the table. */

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function round(value: number, places = 2): number {
  const factor = 10 ** places;
  return Math.round(value * factor) / factor;
}

/** min / median / max of samples, for the raw part of results.json. */
export function summary(values: readonly number[]): { n: number; min: number; median: number; max: number } {
  return {
    n: values.length,
    min: round(Math.min(...values), 3),
    median: round(median(values), 3),
    max: round(Math.max(...values), 3),
  };
}
