import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { TopLevelSpec } from 'vega-lite';
import { chooseSweeps, figureSpecs, type FigureName, type SweepChoice } from '../../lib/specs/figure-specs';
import { runsOfSweep } from '../../lib/aggregate/group-runs';
import type { Benchmark } from '../../lib/data/types';
import { benchmarkData } from '../../lib/charts/benchmark-data';
import { cellTasks, type CellKeyField } from '../../lib/charts/cell-tasks';
import type { ChartFiles } from '../../lib/charts/chart-island';
import { withIntervals, withoutIntervals } from '../../lib/charts/interval-bars';
import { maxSeedsPerCell } from '../../lib/charts/seeds-per-cell';
import type { InteractionOptions } from '../../lib/charts/with-interactions';
import { unitViews } from '../../lib/charts/vl-units';
import { specObject } from '../../lib/charts/json';
import type { ChartInput } from './prepare-chart';

/** Props every figure component takes. */
export interface FigureProps {
  /** Directory under data/ ("harness-bench"). */
  benchmark: string;
  /** Cross-reference label ("fig:frontier"); the numbering plugin turns it into `number` and `id`. */
  label?: string;
  number?: number | string;
  id?: string;
  /** Replaces the default caption. */
  caption?: string;
  /** Replaces the description the spec builder wrote. */
  description?: string;
  /** The sweep of single-sweep figures (heatmap, harness ranking, size vs pass rate). Default: the one with most models. */
  sweep?: string;
}

export type FigureKind = 'frontier' | 'heatmap' | 'slope' | 'harness-ranking' | 'task-difficulty' | 'size-vs-pass';

interface KindInfo {
  figure: FigureName;
  caption: (choice: SweepChoice) => string;
  interactions: InteractionOptions;
  /** Narrowest width before the chart scrolls sideways, as a fraction of its natural width. */
  minScale: number;
}

const KINDS: Record<FigureKind, KindInfo> = {
  frontier: {
    figure: 'speed_vs_accuracy',
    caption: () => 'Every model, quant and harness cell placed by mean agent time per task and pass rate. The dashed steps trace the Pareto frontier; its cells are ringed and named.',
    interactions: { zoom: true, legendFilter: 'model' },
    minScale: 0.8,
  },
  heatmap: {
    figure: 'model_harness_heatmap',
    caption: (c) => `Pass rate of each model under each harness in the ${c.primary} sweep, strongest rows and columns first; every cell prints its passes out of its runs.`,
    interactions: { legendFilter: false },
    minScale: 1,
  },
  slope: {
    figure: 'q4_vs_q8',
    caption: (c) => (c.pair ? `Each model's pass rate in the ${c.pair.a} sweep (left) joined to its rate in the ${c.pair.b} sweep (right).` : ''),
    interactions: { legendFilter: false },
    minScale: 0.9,
  },
  'harness-ranking': {
    figure: 'harness_ranking',
    caption: (c) => `Pass rate of each harness over every model and task of the ${c.primary} sweep, best first.`,
    interactions: {},
    minScale: 0.8,
  },
  'task-difficulty': {
    figure: 'task_difficulty',
    caption: () => 'Pass rate of each task over every run of the benchmark, hardest at the top.',
    interactions: {},
    minScale: 0.8,
  },
  'size-vs-pass': {
    figure: 'size_vs_pass_rate',
    caption: (c) => `Total parameters against pass rate for each model of the ${c.primary} sweep; point area follows active parameters, colour the model family.`,
    interactions: { legendFilter: 'family' },
    minScale: 0.8,
  },
};

const specsMemo = new Map<string, { bench: Benchmark; choice: SweepChoice; specs: Map<FigureName, TopLevelSpec> }>();

/** The benchmark's figure specs for a choice of sweeps, built once per build. */
async function specsFor(benchmark: string, sweep: string | undefined, pair?: { a?: string | undefined; b?: string | undefined }) {
  const key = JSON.stringify([benchmark, sweep ?? null, pair?.a ?? null, pair?.b ?? null]);
  let entry = specsMemo.get(key);
  if (!entry) {
    const bench = await benchmarkData(benchmark);
    const choice = chooseSweeps(bench.runs, { primarySweep: sweep, sweepA: pair?.a, sweepB: pair?.b });
    const specs = new Map(figureSpecs(bench, choice).map((f) => [f.name, f.spec]));
    entry = { bench, choice, specs };
    specsMemo.set(key, entry);
  }
  return entry;
}

/** The derived table (src/lib/cli/derived-tables.ts) that holds each figure's numbers. */
const FIGURE_TABLE: Record<FigureName, string> = {
  speed_vs_accuracy: 'cells.csv',
  model_harness_heatmap: 'cells.csv',
  q4_vs_q8: 'paired_sweeps.csv',
  harness_ranking: 'harness_ranking.csv',
  task_difficulty: 'task_difficulty.csv',
  size_vs_pass_rate: 'model_ranking.csv',
};

/**
 * Links to the files the figures CLI (scripts/figures.mjs) wrote under public/figures/<benchmark>/,
 * for those that exist: the readers' fallback when JavaScript is off.
 */
function staticFiles(benchmark: string, figure: FigureName, root = process.cwd()): ChartFiles {
  const files: ChartFiles = {};
  const link = (file: string): string | undefined =>
    existsSync(join(root, 'public', 'figures', benchmark, file)) ? `/figures/${benchmark}/${file}` : undefined;
  const csv = link(FIGURE_TABLE[figure]);
  const svg = link(`${figure}.light.svg`);
  const vl = link(`${figure}.vl.json`);
  if (csv) files.csv = csv;
  if (svg) files.svg = svg;
  if (vl) files.vl = vl;
  return files;
}

/** The fields of a heatmap row that name its cell, in the order cellTasks() keys them. */
function heatmapKeyFields(spec: TopLevelSpec): CellKeyField[] {
  const first = unitViews(specObject(spec)).find((v) => v.mark === 'rect')?.rows?.[0] ?? {};
  return (['model', 'quant', 'harness'] as const).filter((f) => f in first);
}

/**
 * Everything VegaChart needs for one of the write-up's standard figures: the builder's spec for
 * the benchmark (loaded once per build), caption, interactions, downloads, and for the heatmap
 * the runs of every cell.
 */
export async function figureChart(
  kind: FigureKind,
  props: FigureProps & { a?: string | undefined; b?: string | undefined; intervals?: boolean | 'auto' | undefined },
): Promise<ChartInput> {
  const info = KINDS[kind];
  const { bench, choice, specs } = await specsFor(props.benchmark, props.sweep, kind === 'slope' ? { a: props.a, b: props.b } : undefined);
  let spec = specs.get(info.figure);
  if (!spec) {
    throw new RangeError(`The ${kind} figure needs two sweeps to compare, but data/${props.benchmark} has only "${choice.primary}".`);
  }
  if (kind === 'harness-ranking' || kind === 'task-difficulty') {
    const want = props.intervals === undefined || props.intervals === 'auto' ? maxSeedsPerCell(bench.runs) > 1 : props.intervals;
    spec = want ? withIntervals(spec) : withoutIntervals(spec);
  }
  let cells: ChartInput['cells'];
  if (kind === 'heatmap') {
    const keyFields = heatmapKeyFields(spec);
    if (keyFields.length > 0) cells = cellTasks(runsOfSweep(bench.runs, choice.primary), keyFields);
  }
  return {
    spec,
    caption: props.caption ?? info.caption(choice),
    label: props.label,
    number: props.number,
    id: props.id,
    description: props.description,
    interactions: info.interactions,
    name: `${props.benchmark}-${info.figure}`,
    files: staticFiles(props.benchmark, info.figure),
    cells,
    minScale: info.minScale,
  };
}
