/**
 * Everything the harness-bench write-up shows, computed from the benchmark: its five tables as
 * printed rows, the numbers its prose quotes, and (in harness-bench-claims.ts) a check for each
 * claim it makes. Pure: the same HarnessBench gives the same report. The page loads the data once
 * per build through load-harness-bench-report.ts.
 */
import type { HarnessBench } from '../types';
import { cellsSection, type CellsSection } from './cells';
import { designSection, type DesignSection } from './design';
import { graderSection, type GraderSection } from './grader';
import { quantSection, type QuantSection } from './quant';
import { harnessesSection, heatmapSection, modelsSection, type HarnessesSection, type HeatmapSection, type ModelsSection } from './rankings';
import { tasksSection, type TasksSection } from './tasks';

export type { CellShown } from './cells';
export type { ModelShown, HarnessShown } from './rankings';
export type { DisplayTable } from '../../../lib/reports/display-table';

export interface HarnessBenchOptions {
  /** The sweep of the model, harness, heatmap and grader sections. */
  primary: string;
  /** The two sweeps of the quantisation comparison. */
  a: string;
  b: string;
  /** The task with its own columns in the comparison table, and its short name there. */
  focusTask: string;
  focusLabel: string;
  /** The task whose per-sweep rate the prose quotes. */
  traceTask: string;
  /** The write-up's row order for the comparison table; models not listed follow, best first. */
  pairedOrder: readonly string[];
  /** Mean seconds per task above which a cell counts as slow. */
  slowS: number;
}

/** The write-up's choices. The comparison rows follow the published table, grouped by family. */
export const HARNESS_BENCH_DEFAULTS: HarnessBenchOptions = {
  primary: 'q4',
  a: 'q4',
  b: 'q8',
  focusTask: 'jax1_complex_lp',
  focusLabel: 'jax1',
  traceTask: 'pt7_prompt_blend',
  pairedOrder: ['Qwen3.6-35B-A3B', 'Qwen3.6-27B', 'gemma-4-31b-it', 'Qwen3.5-27B', 'Qwen3.5-35B-A3B', 'Qwen3-Coder-Next', 'gpt-oss-20b'],
  slowS: 700,
};

export interface HarnessBenchReport {
  options: HarnessBenchOptions;
  design: DesignSection;
  cells: CellsSection;
  models: ModelsSection;
  harnesses: HarnessesSection;
  heatmap: HeatmapSection;
  grader: GraderSection;
  quant: QuantSection;
  tasks: TasksSection;
}

export function harnessBenchReport(bench: HarnessBench, options: Partial<HarnessBenchOptions> = {}): HarnessBenchReport {
  const o: HarnessBenchOptions = { ...HARNESS_BENCH_DEFAULTS, ...options };
  const sweeps = new Set(bench.runs.map((r) => r.sweep));
  for (const sweep of new Set([o.primary, o.a, o.b])) {
    if (!sweeps.has(sweep)) {
      const known = [...sweeps].sort().join('", "');
      throw new RangeError(`${bench.dir}: the harness-bench report needs the sweep "${sweep}", but the data has only "${known}".`);
    }
  }
  return {
    options: o,
    design: designSection(bench),
    cells: cellsSection(bench.runs, o.slowS),
    models: modelsSection(bench.runs, o.primary, bench.models),
    harnesses: harnessesSection(bench.runs, o.primary),
    heatmap: heatmapSection(bench.runs, o.primary),
    grader: graderSection(bench.runs, o.primary),
    quant: quantSection(bench.runs, bench.tasks, {
      a: o.a,
      b: o.b,
      focusTask: o.focusTask,
      focusLabel: o.focusLabel,
      traceTask: o.traceTask,
      order: o.pairedOrder,
    }),
    tasks: tasksSection(bench.runs, bench.tasks),
  };
}
