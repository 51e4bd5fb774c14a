import type { Summary } from '../aggregate/measure';
import { decimalsFor, formatDecimal, formatRate, formatRateWithCount } from '../format';

/** A summary as a chart draws it (a number) and prints it (text), with its interval if it has one. */
export interface Shown {
  value: number;
  text: string;
  /** Values the summary is over. */
  n: number;
  lo: number | null;
  hi: number | null;
  /** "72.0% to 88.6%"; "" without an interval. */
  intervalText: string;
}

/**
 * A summary for charts and tables: rates print as "65/80, 81.2%" with their Wilson interval in
 * percent; other numbers with `decimals` places (see decimalsFor), intervals likewise.
 */
export function shownSummary(s: Summary, decimals: number): Shown {
  switch (s.kind) {
    case 'rate':
      return {
        value: s.value,
        text: formatRateWithCount(s.successes, s.n),
        n: s.n,
        lo: s.interval.lo,
        hi: s.interval.hi,
        intervalText: `${formatRate(s.interval.lo)} to ${formatRate(s.interval.hi)}`,
      };
    case 'mean':
      return {
        value: s.value,
        text: formatDecimal(s.value, decimals),
        n: s.n,
        lo: s.interval?.lo ?? null,
        hi: s.interval?.hi ?? null,
        intervalText: s.interval ? `${formatDecimal(s.interval.lo, decimals)} to ${formatDecimal(s.interval.hi, decimals)}` : '',
      };
    case 'number':
      return { value: s.value, text: formatDecimal(s.value, Number.isInteger(s.value) ? 0 : decimals), n: s.n, lo: null, hi: null, intervalText: '' };
    case 'empty':
      return { value: Number.NaN, text: '', n: 0, lo: null, hi: null, intervalText: '' };
  }
}

/** Decimals for printing a set of summaries alike (rates print as percentages and are left out). */
export function decimalsOf(summaries: readonly Summary[]): number {
  return decimalsFor(summaries.flatMap((s) => (s.kind === 'mean' || s.kind === 'number' ? [s.value] : [])));
}
