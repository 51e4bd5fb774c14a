import type { LoadDataset } from '../lib/charts/build-chart';
import type { ChartKindName } from '../lib/charts/kinds';
import { harnessBenchChart } from './harness-bench/charts';

/** How a benchmark turns a chart component's short props into the generic chart's props. */
export type ChartPreset = (props: Readonly<Record<string, unknown>>, load: LoadDataset) => Promise<Record<string, unknown>>;

/**
 * The benchmarks that give chart components a `benchmark="..."` shorthand. A new benchmark
 * needs none: its posts name a dataset with `data` and map columns to channels.
 */
const BENCHMARKS: Readonly<Record<string, (component: ChartKindName) => ChartPreset | undefined>> = {
  'harness-bench': harnessBenchChart,
};

/** The preset of `component` for `benchmark`, or a sentence saying why there is none. */
export function chartPreset(benchmark: string, component: ChartKindName): ChartPreset | string {
  const presets = Object.hasOwn(BENCHMARKS, benchmark) ? BENCHMARKS[benchmark] : undefined;
  if (!presets) return `benchmark="${benchmark}" is not a benchmark with chart presets (${Object.keys(BENCHMARKS).join(', ')}); name a dataset with data="..." and the columns to draw instead.`;
  return presets(component) ?? `benchmark="${benchmark}" has no preset for <${component}>; name a dataset with data="..." and the columns to draw instead.`;
}
