import type { TopLevelSpec } from 'vega-lite';
import { benchStats, type BenchStats } from '../aggregate/bench-stats';
import type { Benchmark, Run } from '../data/types';
import { byName } from './common';
import { harnessRankingSpec } from './harness-ranking';
import { modelHarnessHeatmapSpec } from './model-harness-heatmap';
import { q4VsQ8Spec } from './q4-vs-q8';
import { sizeVsPassRateSpec } from './size-vs-pass-rate';
import { speedVsAccuracySpec } from './speed-vs-accuracy';
import { taskDifficultySpec } from './task-difficulty';

export const FIGURE_NAMES = [
  'task_difficulty',
  'speed_vs_accuracy',
  'size_vs_pass_rate',
  'harness_ranking',
  'model_harness_heatmap',
  'q4_vs_q8',
] as const;
export type FigureName = (typeof FIGURE_NAMES)[number];

export interface FigureSpec {
  name: FigureName;
  spec: TopLevelSpec;
}

export interface SweepChoiceInput {
  /** The sweep of the size, harness and heatmap figures. Default: the sweep with the most models (ties: first by name). */
  primarySweep?: string | undefined;
  /** The two sweeps of the slope chart. Default: the only two sweeps, in name order. */
  sweepA?: string | undefined;
  sweepB?: string | undefined;
}

export interface SweepChoice {
  primary: string;
  /** Null when the data has a single sweep: there is nothing to pair. */
  pair: { a: string; b: string } | null;
}

/** Distinct models per sweep, sweeps in name order. */
function modelsPerSweep(runs: readonly Run[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const r of runs) {
    let s = out.get(r.sweep);
    if (s === undefined) out.set(r.sweep, (s = new Set()));
    s.add(r.model);
  }
  return new Map([...out].sort(([x], [y]) => byName(x, y)));
}

/**
 * Which sweeps the figures use, from the data and the caller's choices. Throws a RangeError,
 * in a sentence that names the sweeps there are, when a named sweep does not exist, when only
 * one of the pair is named, when the pair cannot be chosen automatically (three or more sweeps),
 * or when the two sweeps share no model.
 */
export function chooseSweeps(runs: readonly Run[], input: SweepChoiceInput = {}): SweepChoice {
  const perSweep = modelsPerSweep(runs);
  const sweeps = [...perSweep.keys()];
  if (sweeps.length === 0) throw new RangeError('There are no runs, so there is no sweep to draw.');
  const known = `the sweeps are ${sweeps.map((s) => `"${s}"`).join(', ')}`;
  const check = (name: string, what: string): string => {
    if (!perSweep.has(name)) throw new RangeError(`The ${what} "${name}" has no runs; ${known}.`);
    return name;
  };

  let primary: string;
  if (input.primarySweep !== undefined) primary = check(input.primarySweep, 'primary sweep');
  else {
    primary = sweeps[0] as string;
    for (const s of sweeps) if ((perSweep.get(s)?.size ?? 0) > (perSweep.get(primary)?.size ?? 0)) primary = s;
  }

  let pair: SweepChoice['pair'];
  if (input.sweepA !== undefined || input.sweepB !== undefined) {
    if (input.sweepA === undefined || input.sweepB === undefined) {
      throw new RangeError(`Name both sweeps of the paired comparison (sweep A and sweep B), or neither; ${known}.`);
    }
    const a = check(input.sweepA, 'sweep A');
    const b = check(input.sweepB, 'sweep B');
    if (a === b) throw new RangeError(`Sweep A and sweep B must differ, both are "${a}".`);
    pair = { a, b };
  } else if (sweeps.length === 1) pair = null;
  else if (sweeps.length === 2) pair = { a: sweeps[0] as string, b: sweeps[1] as string };
  else throw new RangeError(`The data has ${sweeps.length} sweeps, so name the two to compare (sweep A and sweep B); ${known}.`);

  if (pair) {
    const inB = perSweep.get(pair.b) as Set<string>;
    const shared = [...(perSweep.get(pair.a) as Set<string>)].filter((m) => inB.has(m));
    if (shared.length === 0) throw new RangeError(`Sweeps "${pair.a}" and "${pair.b}" share no model, so they cannot be paired; ${known}.`);
  }
  return { primary, pair };
}

/**
 * The six figures of a benchmark write-up, in FIGURE_NAMES order (the slope chart only when
 * choice.pair is set). Every model keeps one colour across the figures that colour by model.
 * `stats` lets a caller share the aggregates with other outputs (see benchStats).
 */
export function figureSpecs(bench: Benchmark, choice: SweepChoice, stats: BenchStats = benchStats(bench)): FigureSpec[] {
  const modelDomain = stats.names().models;
  const out: FigureSpec[] = [
    { name: 'task_difficulty', spec: taskDifficultySpec(stats.tasks()) },
    { name: 'speed_vs_accuracy', spec: speedVsAccuracySpec(stats.cells(), { modelDomain }) },
    { name: 'size_vs_pass_rate', spec: sizeVsPassRateSpec(stats.models(choice.primary), bench.models) },
    { name: 'harness_ranking', spec: harnessRankingSpec(stats.harnesses(choice.primary)) },
    { name: 'model_harness_heatmap', spec: modelHarnessHeatmapSpec(stats.modelHarness(choice.primary), choice.primary) },
  ];
  if (choice.pair) {
    const { a, b } = choice.pair;
    out.push({ name: 'q4_vs_q8', spec: q4VsQ8Spec(stats.paired(a, b), a, b, { modelDomain }) });
  }
  return out;
}
