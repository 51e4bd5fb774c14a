import { buildChart, type LoadDataset } from '../../lib/charts/build-chart';
import type { ChartModel } from '../../lib/charts/chart-kind';
import type { ChartKindName } from '../../lib/charts/kinds';
import type { Dataset } from '../../lib/data/load-dataset';
import { harnessBenchChart } from './charts';

/** The write-up's figures, by the file names the original pipeline gave them. */
export const FIGURES = [
  { name: 'task_difficulty', component: 'RankingBars', props: { of: 'task' } },
  { name: 'speed_vs_accuracy', component: 'Frontier', props: {} },
  { name: 'size_vs_pass_rate', component: 'Scatter', props: {} },
  { name: 'harness_ranking', component: 'RankingBars', props: { of: 'harness' } },
  { name: 'model_harness_heatmap', component: 'Heatmap', props: {} },
  { name: 'q4_vs_q8', component: 'Slope', props: {} },
] as const satisfies ReadonlyArray<{ name: string; component: ChartKindName; props: Record<string, string> }>;

export type FigureName = (typeof FIGURES)[number]['name'];

export interface SweepChoice {
  /** The sweep of the size, harness and heatmap figures; undefined: the one with most models. */
  primary?: string | undefined;
  /** The two sweeps of the slope chart; undefined: the only two. */
  a?: string | undefined;
  b?: string | undefined;
}

/**
 * The write-up's six figures drawn from one folder of harness-bench data: each through the
 * harness-bench preset of its chart component, so they are the charts the post shows. The slope
 * chart is left out (with the reason) when the data has a single sweep.
 */
export async function harnessBenchFigures(
  datasets: ReadonlyMap<string, Dataset>,
  choice: SweepChoice,
): Promise<{ figures: Array<{ name: FigureName; model: ChartModel }>; skipped: Array<{ name: FigureName; reason: string }> }> {
  const load: LoadDataset = async (name) => {
    const ds = datasets.get(name.replace(/^harness-bench\//, ''));
    if (!ds) throw new Error(`harness-bench has no dataset "${name}".`);
    return ds;
  };
  const sweeps = new Set((await load('runs')).rows.map((r) => String(r['sweep'])));
  const figures: Array<{ name: FigureName; model: ChartModel }> = [];
  const skipped: Array<{ name: FigureName; reason: string }> = [];
  for (const f of FIGURES) {
    if (f.component === 'Slope' && sweeps.size < 2 && choice.a === undefined) {
      skipped.push({ name: f.name, reason: 'the data has a single sweep, so there is nothing to pair' });
      continue;
    }
    const preset = harnessBenchChart(f.component);
    if (!preset) throw new Error(`harness-bench has no preset for ${f.component}.`);
    const own: Record<string, unknown> = { ...f.props };
    if (f.component === 'Slope') {
      if (choice.a !== undefined) own['a'] = choice.a;
      if (choice.b !== undefined) own['b'] = choice.b;
    } else if (f.component !== 'Frontier' && !(f.component === 'RankingBars' && f.props.of === 'task') && choice.primary !== undefined) {
      own['sweep'] = choice.primary;
    }
    figures.push({ name: f.name, model: await buildChart(f.component, await preset(own, load), load) });
  }
  return { figures, skipped };
}
