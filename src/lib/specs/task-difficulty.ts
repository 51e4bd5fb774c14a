import type { TopLevelSpec } from 'vega-lite';
import type { TaskStats } from '../aggregate/tasks';
import { formatRatePasses } from '../format';
import { LABEL_FONT_SIZE, RATE_AXIS_FORMAT, VEGA_LITE_SCHEMA, plotSize, statFields, statTips, tip, totalRate, type FigureOptions } from './common';

/**
 * Pass rate of every task over all the runs given (every sweep, model, harness and seed), one
 * horizontal bar per task, hardest at the top, in the order of `rows` (taskStats sorts hardest
 * first). Bars are coloured by the task's language and carry their rate as text.
 */
export function taskDifficultySpec(rows: readonly TaskStats[], opts: FigureOptions = {}): TopLevelSpec {
  if (rows.length === 0) throw new RangeError('taskDifficultySpec: there are no tasks to draw.');
  const { width, height } = plotSize(opts, 520, Math.max(120, rows.length * 22));
  const values = rows.map((r) => ({ task: r.task, language: r.language, ...statFields(r) }));
  const order = rows.map((r) => r.task);
  const first = rows[0] as TaskStats;
  const last = rows[rows.length - 1] as TaskStats;
  const all = totalRate(rows);
  const solved = rows.filter((r) => r.passed === r.runs).map((r) => r.task);
  const unsolved = rows.filter((r) => r.passed === 0).map((r) => r.task);
  const description =
    `Horizontal bar chart of the pass rate of each of ${rows.length} tasks over ${all.runs} runs, hardest first. ` +
    `Hardest: ${first.task} (${first.language}) at ${formatRatePasses(first.passed, first.runs)} (${first.passed}/${first.runs}); ` +
    `easiest: ${last.task} (${last.language}) at ${formatRatePasses(last.passed, last.runs)} (${last.passed}/${last.runs}). ` +
    (solved.length > 0 ? `Passed by every run: ${solved.join(', ')}. ` : '') +
    (unsolved.length > 0 ? `Passed by no run: ${unsolved.join(', ')}. ` : '') +
    `Overall ${formatRatePasses(all.passed, all.runs)}.`;
  const tooltip = [tip('task', 'Task'), tip('language', 'Language'), ...statTips()];
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: 'Pass rate per task, hardest first',
    description,
    width,
    height,
    data: { values },
    encoding: {
      y: { field: 'task', type: 'nominal', sort: order, title: null, axis: { labelLimit: 200 } },
      x: {
        field: 'rate',
        type: 'quantitative',
        title: 'Pass rate (all runs)',
        scale: { domain: [0, 1], nice: false },
        axis: { format: RATE_AXIS_FORMAT, tickCount: 5 },
      },
      tooltip,
    },
    layer: [
      {
        mark: { type: 'bar', height: { band: 0.75 } },
        encoding: { color: { field: 'language', type: 'nominal', title: 'Language', sort: 'ascending' } },
      },
      {
        mark: { type: 'text', align: 'left', dx: 4, fontSize: LABEL_FONT_SIZE },
        encoding: { text: { field: 'rateLabel', type: 'nominal' } },
      },
    ],
  };
}
