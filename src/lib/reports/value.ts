import { z } from 'zod';
import { parseMeasure, summarise, summaryValue, type Summary } from '../aggregate/measure';
import { ChartPropError } from '../charts/chart-data';
import { whereSchema, type Where } from '../charts/chart-kind';
import { decimalsOf, shownSummary } from '../charts/shown-summary';
import type { Dataset } from '../data/load-dataset';
import { formatPasses, formatRatePasses } from '../format';
import { measuredData } from './summary-table';

/** The props of one number in prose: `<Value data where value />`. */
export const valueProps = z
  .object({
    /** The dataset: a CSV's path under data/ without ".csv". */
    data: z.string().min(1),
    /** The measure: "mean(faithful)", "sum(cost_usd)", "count()". */
    value: z.string().min(1),
    /** Keep only the rows whose columns hold these values. */
    where: whereSchema.optional(),
    /** For a rate: "rate" prints only "68.8%", "count" only "44/64". Default: both, as tables print it. */
    format: z.enum(['rate', 'count']).optional(),
  })
  .strict();
export type ValueProps = z.output<typeof valueProps>;

/** A measure over the rows of `ds` that `where` keeps, its columns checked as a chart's are. */
export function summaryOf(ds: Dataset, measureText: string, where: Where = {}, component = 'Value'): Summary {
  let m;
  try {
    m = parseMeasure(measureText);
  } catch (e) {
    throw new ChartPropError(component, 'value', e instanceof Error ? e.message : String(e));
  }
  const data = measuredData(component, ds, [], [m], where);
  return summarise(data.rows, m, m.column !== undefined && data.binary(m.column));
}

/**
 * The number a measure gives, for conditions in a post: `measure(runs, 'mean(faithful)', { model: 'A' })`.
 * A 0/1 column's mean is its rate; NaN when no row has a value.
 */
export function measure(ds: Dataset, measureText: string, where: Where = {}): number {
  return summaryValue(summaryOf(ds, measureText, where, 'measure'));
}

/** One measure printed as tables print it ("44/64, 68.8%", "3.42"), or only a rate's percentage or count. */
export function valueText(ds: Dataset, props: ValueProps): string {
  const s = summaryOf(ds, props.value, props.where ?? {});
  if (props.format !== undefined) {
    if (s.kind !== 'rate') throw new ChartPropError('Value', 'format', `format="${props.format}" is for the mean of a 0/1 column, and ${props.value} is not one.`);
    return props.format === 'rate' ? formatRatePasses(s.successes, s.n) : formatPasses(s.successes, s.n);
  }
  if (s.kind === 'empty') throw new ChartPropError('Value', 'value', `${props.value} has no value over the rows ${JSON.stringify(props.where ?? {})} keeps.`);
  return shownSummary(s, decimalsOf([s])).text;
}
