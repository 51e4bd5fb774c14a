import { z } from 'zod';

/** A column, or several: `by="model"` or `by={["model", "retriever"]}`. */
export const columnList = z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]);

export function asList(v: string | readonly string[]): string[] {
  return typeof v === 'string' ? [v] : [...v];
}

export type AxisScale = 'log' | 'linear';

/**
 * The scale of a numeric axis: the author's choice, else log when every value is positive and
 * they span more than two orders of magnitude (a linear axis would crowd most of them into a corner).
 */
export function scaleOf(chosen: AxisScale | undefined, values: readonly number[]): AxisScale {
  if (chosen) return chosen;
  const min = Math.min(...values);
  const max = Math.max(...values);
  return min > 0 && max / min > 100 ? 'log' : 'linear';
}

/** An axis title that says its scale is logarithmic: "Time (s)" -> "Time (s, log scale)", "Cost" -> "Cost (log scale)". */
export function titleWithScale(title: string, scale: AxisScale): string {
  if (scale !== 'log') return title;
  return title.endsWith(')') ? `${title.slice(0, -1)}, log scale)` : `${title} (log scale)`;
}
