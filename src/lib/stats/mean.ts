/** The arithmetic mean, summed in the order given so the result is the same everywhere. Empty input is an error. */
export function mean(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError('mean: there are no values to average.');
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}
