import type { z } from 'zod';
import type { Dataset } from '../data/load-dataset';
import { chartData, ChartPropError } from './chart-data';
import type { ChartKind, ChartLayout, ChartModel } from './chart-kind';
import { CHART_KINDS, type ChartKindName } from './kinds';

/** A component's props checked against its schema; a bad or unknown prop names the component and the prop. */
export function parseProps<P>(component: string, schema: z.ZodType<P>, props: Readonly<Record<string, unknown>>): P {
  const parsed = schema.safeParse(props);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const prop = String(issue?.path[0] ?? '');
  if (issue?.code === 'unrecognized_keys') {
    const keys = (issue as { keys?: string[] }).keys ?? [];
    const known = Object.keys((schema as unknown as { shape?: Record<string, unknown> }).shape ?? {});
    throw new ChartPropError(component, keys[0] ?? '', `unknown prop ${keys.map((k) => `"${k}"`).join(', ')}; its props are ${known.join(', ')}.`);
  }
  const got = prop in props ? `, got ${JSON.stringify(props[prop]) ?? String(props[prop])}` : '';
  throw new ChartPropError(component, prop, `${prop ? `prop "${prop}": ` : ''}${issue?.message ?? 'invalid props'}${got}.`);
}

/** A chart's props checked against its kind's schema. */
export function chartProps<P>(kind: ChartKind<P>, props: Readonly<Record<string, unknown>>): P {
  return parseProps(kind.component, kind.props, props);
}

/** The data a chart reads, from its props: the dataset named by `data`. */
export type LoadDataset = (name: string) => Promise<Dataset>;

/**
 * One chart from its component name and props: props checked, dataset loaded, columns checked
 * against it, and the kind's model built. Pure but for `load`, so tests and the figures CLI
 * build the very charts the pages do.
 */
export async function buildChart(component: ChartKindName, props: Readonly<Record<string, unknown>>, load: LoadDataset, layout: ChartLayout = {}): Promise<ChartModel> {
  const kind = CHART_KINDS[component] as ChartKind<{ data: string; where?: Record<string, string | number | boolean | null> | undefined }>;
  const p = chartProps(kind, props);
  const ds = await load(p.data);
  const data = chartData(component, ds, kind.columns(p), p.where ?? {});
  return kind.build(data, p, layout);
}
