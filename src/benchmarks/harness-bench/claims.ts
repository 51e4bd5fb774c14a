/**
 * The harness-bench write-up's claims about its data, one check each. A check returns true while
 * the data backs the sentence, or says what the data shows instead; the page's <Claim> elements
 * run them at build time, so a new sweep that breaks a sentence is reported by the build.
 */
import type { ClaimCheck } from '../../lib/claims/claims';
import type { PostFrontmatter } from '../../lib/posts/frontmatter';
import { claimBook, type ClaimBook } from '../../lib/reports/claim-book';
import { listWords } from '../../lib/reports/words';
import type { HarnessBenchReport } from './report';

export interface HarnessBenchClaimContext {
  report: HarnessBenchReport;
  /** The post's eval card, whose numbers are typed in the frontmatter and must match the data. */
  evalCard?: Pick<NonNullable<PostFrontmatter['eval']>, 'runs' | 'repeats' | 'varied'> | undefined;
}

type Check = ClaimCheck<HarnessBenchClaimContext>;

const names = (xs: ReadonlyArray<{ name: string; passes: string }>): string => listWords(xs.map((c) => `${c.name} (${c.passes})`)) || 'none';
const sameSet = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n');

export const harnessBenchClaims: Readonly<Record<string, Check>> = {
  'eval-card-matches-data': ({ report: { design }, evalCard }) => {
    if (!evalCard) return 'the post has no eval card';
    const wrong: string[] = [];
    const harnesses = evalCard.varied?.['harness'] ?? [];
    const quants = evalCard.varied?.['quant'] ?? [];
    if (evalCard.runs !== design.runs) wrong.push(`the card says ${evalCard.runs ?? 'nothing about'} runs, the data has ${design.runs}`);
    if (evalCard.repeats !== design.seedsPerCell) wrong.push(`the card says ${evalCard.repeats ?? 'nothing about'} runs per cell and task, the data has ${design.seedsPerCell}`);
    if (!sameSet(harnesses, design.harnesses)) wrong.push(`the card lists harnesses ${harnesses.join(', ')}, the data has ${design.harnesses.join(', ')}`);
    if (!sameSet(quants, design.quants)) wrong.push(`the card lists quantisations ${quants.join(', ')}, the data has ${design.quants.join(', ')}`);
    return wrong.length === 0 || wrong.join('; ');
  },

  'one-perfect-cell': ({ report: { cells } }) =>
    cells.perfect.length === 1 || `${cells.perfect.length} cells pass every task: ${names(cells.perfect)}`,

  'fast-cell-one-failure-behind': ({ report: { cells } }) => {
    const f = cells.fastInTier;
    if (!f) return `no other cell is within one failure of the best cell, ${cells.best.name} (${cells.best.passes})`;
    if (f.avgTimeS >= cells.best.avgTimeS) return `the best cell, ${cells.best.name}, is also the fastest of the top tier (${cells.best.time})`;
    return cells.best.passed - f.passed === 1 || `${f.name} is ${cells.best.passed - f.passed} passes behind the best cell, not one`;
  },

  'fastest-cell-in-top-tier': ({ report: { cells } }) =>
    cells.tier.some((c) => c.name === cells.fastest.name && c.sweep === cells.fastest.sweep) ||
    `the fastest cell, ${cells.fastest.name} (${cells.fastest.time}), passes only ${cells.fastest.passes}`,

  'pi-most-often-in-top-tier': ({ report: { cells } }) => {
    const [first, second] = cells.tierByHarness;
    if (!first || first.harness !== 'pi' || (second && second.count === first.count)) {
      return `top-tier cells per harness: ${cells.tierByHarness.map((h) => `${h.harness} ${h.count}`).join(', ')}`;
    }
    return true;
  },

  'aider-never-in-top-tier': ({ report: { cells } }) => {
    const n = cells.tierByHarness.find((h) => h.harness === 'aider')?.count ?? 0;
    return n === 0 || `aider has ${n} top-tier cells`;
  },

  'frontier-from-fastest-to-perfect': ({ report: { cells } }) => {
    const first = cells.frontier[0];
    const last = cells.frontier[cells.frontier.length - 1];
    const perfect = cells.perfect[0];
    if (!first || !last) return 'the frontier is empty';
    if (first.name !== cells.fastest.name) return `the frontier starts at ${first.name}, not at the fastest cell`;
    if (!perfect || last.name !== perfect.name || last.sweep !== perfect.sweep) {
      return `the frontier runs from ${first.name} (${first.passes}) to ${last.name} (${last.passes}), and ${perfect ? `the perfect cell is ${perfect.name}` : 'no cell is perfect'}`;
    }
    return first !== last || `the frontier is a single cell, ${first.name}`;
  },

  'slow-cells-mostly-aider-opencode': ({ report: { cells } }) => {
    const n = cells.slow.byHarness.filter((h) => h.harness === 'aider' || h.harness === 'opencode').reduce((s, h) => s + h.count, 0);
    return (cells.slow.count > 0 && 2 * n > cells.slow.count) || `${n} of the ${cells.slow.count} cells slower than ${cells.slow.slowS} s are aider or opencode cells`;
  },


  'moe-close-at-half-the-time': ({ report: { models } }) => {
    const n = models.nearTop;
    if (!n) return `no model comes within two passes of ${models.best.model}`;
    const info = n.model.info;
    if (!info || info.active_params_b >= info.total_params_b) return `the fastest model near the top, ${n.model.model}, is not a mixture of experts`;
    return 2 * n.model.avgTimeS <= models.best.avgTimeS || `${n.model.model} takes ${n.model.time} against ${models.best.model}'s ${models.best.time}, more than half`;
  },

  'largest-model-not-best': ({ report: { models } }) => {
    const l = models.largest;
    return (l !== null && l.rank > 1) || `the largest model, ${l?.model ?? 'unknown'}, is also the best`;
  },

  'omni-model-last': ({ report: { models } }) =>
    models.worst.info?.family === 'Qwen3-Omni' || `the last model is ${models.worst.model} (${models.worst.ratePct}), not the omni-modal one`,

  'pi-strongest-harness': ({ report: { harnesses } }) =>
    harnesses.best.harness === 'pi' || `the strongest harness is ${harnesses.best.harness} (${harnesses.best.ratePct}); pi has ${harnesses.rows.find((h) => h.harness === 'pi')?.ratePct ?? 'no runs'}`,

  'best-harness-fastest-of-top-three': ({ report: { harnesses } }) => {
    const top = harnesses.rows.slice(0, 3);
    const fastest = [...top].sort((a, b) => a.avgTimeS - b.avgTimeS)[0];
    return fastest?.harness === harnesses.best.harness || `${fastest?.harness ?? 'another harness'} is faster (${fastest?.time ?? '?'}) than ${harnesses.best.harness} (${harnesses.best.time})`;
  },


  'some-models-collapse': ({ report: { heatmap } }) =>
    heatmap.collapses.length >= 2 || `only ${heatmap.collapses.length} model-harness cells fall far below the model's other harnesses`,

  'some-models-flat': ({ report: { heatmap } }) => heatmap.flat.length >= 1 || 'every model changes by more than one pass across harnesses',

  'outlier-far-above-its-harness': ({ report: { heatmap } }) => {
    const o = heatmap.outlier;
    return (o !== null && o.above >= 0.25) || `the cell furthest above its harness is ${o ? `${o.model} + ${o.harness}, ${o.abovePoints} points above` : 'missing'}`;
  },

  'only-opencode-touches-grader': ({ report: { grader } }) =>
    (grader.peekers.length === 1 && grader.peekers[0]?.harness === 'opencode') ||
    `harnesses that read or ran the grader: ${grader.peekers.map((g) => `${g.harness} (${g.accessed})`).join(', ') || 'none'}`,

  'grader-peeks-usually-pass': ({ report: { grader } }) => {
    const p = grader.topPeeker;
    return (p !== null && 5 * p.accessedPassed >= 4 * p.accessed) || (p ? `${p.accessedPassed} of ${p.harness}'s ${p.accessed} grader-touching runs passed` : 'no run touched the grader');
  },

  'both-kinds-of-access': ({ report: { grader } }) => {
    const p = grader.topPeeker;
    return (p !== null && p.ran > 0 && p.read > 0) || (p ? `${p.harness} ran the grader ${p.ran} times and read it ${p.read} times` : 'no run touched the grader');
  },

  'opencode-last-without-peeks': ({ report: { grader } }) => {
    const last = grader.withoutRanking[grader.withoutRanking.length - 1];
    return last?.harness === 'opencode' || `without grader-touching passes the last harness is ${last?.harness ?? 'none'} (${last?.without.ratePct ?? '?'})`;
  },

  'q8-slower-everywhere': ({ report: { quant } }) =>
    quant.slowerInB === quant.rows.length || `${quant.slowerInB} of ${quant.rows.length} models are slower at ${quant.b.toUpperCase()}`,

  'q8-slight-net-loss': ({ report: { quant } }) =>
    (quant.total.delta < 0 && 50 * -quant.total.delta <= quant.total.a.runs) || `the total changes by ${quant.total.deltaText} of ${quant.total.a.runs} runs`,

  'gpt-oss-20b-only-clear-gain': ({ report: { quant } }) =>
    (quant.clearGains.length === 1 && quant.clearGains[0]?.model === 'gpt-oss-20b') ||
    `models gaining five or more passes: ${quant.clearGains.map((r) => `${r.model} (${r.deltaText})`).join(', ') || 'none'}`,

  'gemma-31b-loses-most': ({ report: { quant } }) =>
    (quant.biggestLoss.model === 'gemma-4-31b-it' && quant.biggestLoss.delta < 0) || `the largest loss is ${quant.biggestLoss.model} (${quant.biggestLoss.deltaText})`,

  'biggest-loss-spread-thin': ({ report: { quant } }) => {
    const s = quant.lossSpread;
    return (s.losingTasks >= 3 && s.worstDrop <= 2) || `${quant.biggestLoss.model} loses passes on ${s.losingTasks} tasks, at most ${s.worstDrop} on one (${s.worstTask})`;
  },

  'focus-task-models-move-both-ways': ({ report: { quant } }) =>
    (quant.focusMoves.up > 0 && quant.focusMoves.down > 0) || `on ${quant.focusTask}, ${quant.focusMoves.up} models gain and ${quant.focusMoves.down} lose`,

  'focus-task-worse-at-q8': ({ report: { quant } }) => {
    const { focusA, focusB } = quant.total;
    return (focusA !== null && focusB !== null && focusB.passed < focusA.passed) || `${quant.focusTask}: ${focusA?.passes ?? '—'} against ${focusB?.passes ?? '—'}`;
  },

  'pt7-only-clear-q8-gain': ({ report: { quant } }) =>
    (quant.clearTaskGains.length === 1 && quant.clearTaskGains[0] === quant.traceTask.task) ||
    `tasks at least five points better at ${quant.b.toUpperCase()}: ${quant.clearTaskGains.join(', ') || 'none'}`,

  'some-task-always-passed': ({ report: { tasks } }) => tasks.alwaysPassed.length > 0 || 'no task is passed by every run',
};

/** The claims bound to one report (and the post's eval card). */
export function harnessBenchClaimBook(report: HarnessBenchReport, evalCard?: HarnessBenchClaimContext['evalCard']): ClaimBook {
  return claimBook(harnessBenchClaims, { report, evalCard });
}
