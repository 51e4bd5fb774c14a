import { byName } from '../../lib/by-name';
import type { LoadDataset } from '../../lib/charts/build-chart';
import { ChartPropError } from '../../lib/charts/chart-data';
import type { ChartKindName } from '../../lib/charts/kinds';

/**
 * What `benchmark="harness-bench"` means on each chart component: the write-up's figures as
 * column mappings of the generic charts, with their titles and captions. A post can write the
 * same charts with `data="harness-bench/runs"` and these props; the presets keep the shorter
 * form the write-up was written in.
 */

const RUNS = 'harness-bench/runs';
const TITLES = { xTitle: 'Mean agent time per task (s)', yTitle: 'Pass rate' } as const;

type Props = Readonly<Record<string, unknown>>;
type Preset = (props: Props, load: LoadDataset) => Promise<Record<string, unknown>>;

/** Sweeps with the number of models in each, in name order. */
async function sweeps(load: LoadDataset): Promise<Array<{ sweep: string; models: number }>> {
  const runs = await load(RUNS);
  const models = new Map<string, Set<string>>();
  for (const r of runs.rows) {
    const s = String(r['sweep']);
    let set = models.get(s);
    if (!set) models.set(s, (set = new Set()));
    set.add(String(r['model']));
  }
  return [...models].map(([sweep, m]) => ({ sweep, models: m.size })).sort((a, b) => byName(a.sweep, b.sweep));
}

/** The sweep of the single-sweep figures: the author's, else the one with most models (ties: first by name). */
async function primarySweep(component: string, props: Props, load: LoadDataset): Promise<string> {
  const all = await sweeps(load);
  if (typeof props['sweep'] === 'string') {
    if (!all.some((s) => s.sweep === props['sweep'])) {
      throw new ChartPropError(component, 'sweep', `sweep="${props['sweep']}" has no runs; the sweeps are ${all.map((s) => `"${s.sweep}"`).join(', ')}.`);
    }
    return props['sweep'];
  }
  let best = all[0];
  for (const s of all) if (best === undefined || s.models > best.models) best = s;
  if (!best) throw new ChartPropError(component, 'benchmark', 'harness-bench has no runs.');
  return best.sweep;
}

/** The props a preset passes through: cross-reference and wording props the author may set. */
function passThrough(props: Props): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of ['caption', 'description', 'title']) if (props[k] !== undefined) out[k] = props[k];
  return out;
}

function known(component: string, props: Props, allowed: readonly string[]): void {
  for (const k of Object.keys(props)) {
    if (!allowed.includes(k) && !['caption', 'description', 'title'].includes(k)) {
      throw new ChartPropError(component, k, `unknown prop "${k}" with benchmark="harness-bench"; its props are ${[...allowed, 'caption', 'description', 'title'].join(', ')}.`);
    }
  }
}

const presets: Partial<Record<ChartKindName, Preset>> = {
  Frontier: async (props) => {
    known('Frontier', props, []);
    return {
      data: RUNS,
      x: 'agent_time_s',
      y: 'passed',
      by: ['sweep', 'model', 'quant', 'harness'],
      color: 'model',
      shape: 'harness',
      pointLabel: '{model} {quant} + {harness}',
      xScale: 'log',
      ...TITLES,
      title: 'Speed against accuracy per cell, with the Pareto frontier',
      caption: 'Every model, quant and harness cell placed by mean agent time per task and pass rate. The dashed steps trace the Pareto frontier; its cells are ringed and named.',
      ...passThrough(props),
    };
  },
  Heatmap: async (props, load) => {
    known('Heatmap', props, ['sweep']);
    const sweep = await primarySweep('Heatmap', props, load);
    return {
      data: RUNS,
      where: { sweep },
      row: 'model',
      column: 'harness',
      value: 'passed',
      drill: 'task',
      valueTitle: 'Pass rate',
      title: `Pass rate per model and harness, sweep ${sweep}`,
      caption: `Pass rate of each model under each harness in the ${sweep} sweep, strongest rows and columns first; every cell prints its passes out of its runs.`,
      ...passThrough(props),
    };
  },
  Slope: async (props, load) => {
    known('Slope', props, ['a', 'b']);
    const all = (await sweeps(load)).map((s) => s.sweep);
    const a = typeof props['a'] === 'string' ? props['a'] : undefined;
    const b = typeof props['b'] === 'string' ? props['b'] : undefined;
    if ((a === undefined) !== (b === undefined)) throw new ChartPropError('Slope', a === undefined ? 'a' : 'b', 'name both sweeps (a and b), or neither.');
    if (a === undefined && all.length !== 2) throw new ChartPropError('Slope', 'a', `the data has ${all.length} sweeps, so name the two to compare with a and b; the sweeps are ${all.map((s) => `"${s}"`).join(', ')}.`);
    const from = a ?? (all[0] as string);
    const to = b ?? (all[1] as string);
    return {
      data: RUNS,
      series: 'model',
      across: 'sweep',
      from,
      to,
      value: 'passed',
      // A model runs the same harnesses on the same tasks in both sweeps: its change is tested pair by pair.
      pairBy: ['harness', 'task'],
      valueTitle: 'Pass rate',
      title: `Pass rate per model, sweep ${from} against sweep ${to}`,
      caption: `Each model's pass rate in the ${from} sweep (left) joined to its rate in the ${to} sweep (right).`,
      ...passThrough(props),
    };
  },
  RankingBars: async (props, load) => {
    known('RankingBars', props, ['of', 'intervals', 'sweep']);
    const of = props['of'];
    const intervals = typeof props['intervals'] === 'boolean' ? { intervals: props['intervals'] } : {};
    if (of === 'harness') {
      const sweep = await primarySweep('RankingBars', props, load);
      return {
        data: RUNS,
        where: { sweep },
        by: 'harness',
        value: 'passed',
        valueTitle: 'Pass rate',
        title: `Pass rate per harness, sweep ${sweep}`,
        caption: `Pass rate of each harness over every model and task of the ${sweep} sweep, best first.`,
        ...intervals,
        ...passThrough(props),
      };
    }
    if (of === 'task') {
      return {
        data: RUNS,
        by: 'task',
        value: 'passed',
        sort: 'ascending',
        color: 'language',
        valueTitle: 'Pass rate (all runs)',
        title: 'Pass rate per task, hardest first',
        caption: 'Pass rate of each task over every run of the benchmark, hardest at the top.',
        ...intervals,
        ...passThrough(props),
      };
    }
    throw new ChartPropError('RankingBars', 'of', `of="${String(of)}" is not one of "harness" or "task".`);
  },
  Scatter: async (props, load) => {
    known('Scatter', props, ['sweep']);
    const sweep = await primarySweep('Scatter', props, load);
    return {
      data: RUNS,
      where: { sweep },
      by: 'model',
      x: 'total_params_b',
      y: 'passed',
      size: 'active_params_b',
      color: 'family',
      xScale: 'log',
      xTitle: 'Total parameters (billions)',
      yTitle: `Pass rate (sweep ${sweep})`,
      title: 'Model size against pass rate',
      caption: `Total parameters against pass rate for each model of the ${sweep} sweep; point area follows active parameters, colour the model family.`,
      ...passThrough(props),
    };
  },
};

/** The preset of a chart component for harness-bench, if it has one. */
export function harnessBenchChart(component: ChartKindName): Preset | undefined {
  return presets[component];
}
