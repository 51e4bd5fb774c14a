import { chartPreset } from '../../benchmarks';
import { buildChart } from '../../lib/charts/build-chart';
import { ChartPropError } from '../../lib/charts/chart-data';
import { NARROW_PLOT_WIDTH, narrowSpec } from '../../lib/charts/narrow-spec';
import type { ChartKindName } from '../../lib/charts/kinds';
import { dataset } from '../../lib/data/dataset';
import type { ChartInput } from './prepare-chart';

/** Props every chart component takes besides its chart's: the figure's, and a benchmark's shorthand. */
export interface FigureProps {
  /** Cross-reference label ("fig:frontier"); the numbering plugin turns it into `number` and `id`. */
  label?: string;
  number?: number | string;
  id?: string;
  /** A benchmark whose preset fills in the chart's props (`benchmark="harness-bench"`). */
  benchmark?: string;
  [prop: string]: unknown;
}

/** Props the cross-reference plugin and the page add to every chart component. */
const FIGURE_PROPS = new Set(['label', 'number', 'id']);

/**
 * Everything VegaChart needs for one chart component of a post: the props split into the
 * figure's (label, number, id) and the chart's, a `benchmark="..."` shorthand expanded through
 * that benchmark's preset, then the chart built from its dataset by its kind, once for a desktop
 * column and once for a phone (the kind's plot at NARROW_PLOT_WIDTH, then fitted by narrowSpec).
 */
export async function chartFigure(component: ChartKindName, props: Readonly<Record<string, unknown>>, page: string): Promise<ChartInput> {
  const figure: Record<string, unknown> = {};
  let chart: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(props)) (FIGURE_PROPS.has(k) ? figure : chart)[k] = v;
  if (typeof chart['benchmark'] === 'string') {
    const { benchmark, ...rest } = chart;
    const preset = chartPreset(benchmark as string, component);
    if (typeof preset === 'string') throw new ChartPropError(component, 'benchmark', preset);
    if (rest['data'] !== undefined) throw new ChartPropError(component, 'data', 'give either benchmark or data, not both.');
    chart = await preset(rest, (name) => dataset(name));
  }
  const model = await buildChart(component, chart, (name) => dataset(name));
  const phone = await buildChart(component, chart, (name) => dataset(name), { width: NARROW_PLOT_WIDTH });
  const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined);
  return {
    spec: model.spec,
    narrow: narrowSpec(phone.spec),
    caption: model.caption,
    description: model.description,
    label: str(figure['label']),
    number: str(figure['number']),
    id: str(figure['id']),
    interactions: model.interactions,
    table: model.table,
    drill: model.drill,
    method: model.method,
    minScale: model.minScale,
    kind: component,
    page,
  };
}
