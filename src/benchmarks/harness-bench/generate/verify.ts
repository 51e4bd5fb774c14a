import type { GraderAccess } from '../types';
import {
  ALWAYS_PASSED,
  GEMMA_OPENCODE,
  HARDEST,
  HARNESSES,
  MODELS,
  PT7,
  Q4_GRADER,
  Q4_HARNESS_TABLE,
  Q4_MODEL_TABLE,
  Q8_TABLE,
  QUANT_Q8,
  SWEEP_Q4,
  SWEEP_Q8,
  TASKS,
  TOP_CELLS,
} from './targets';

/** One generated run, time kept in whole tenths of a second so every mean is an exact rational. */
export interface GeneratedRun {
  sweep: string;
  model: string;
  quant: string;
  harness: string;
  task: string;
  passed: boolean;
  timeDs: number;
  graderMentions: number;
  graderAccess: GraderAccess;
}

/** Rounds num / den (non-negative integers) to the nearest integer, ties to even. */
export function roundHalfEven(num: number, den: number): number {
  const q = Math.floor(num / den);
  const twice = 2 * (num - q * den);
  if (twice > den) return q + 1;
  if (twice < den) return q;
  return q % 2 === 0 ? q : q + 1;
}

interface Tally {
  runs: number;
  passed: number;
  timeDs: number;
}

function tally(runs: readonly GeneratedRun[]): Tally {
  let passed = 0;
  let timeDs = 0;
  for (const r of runs) {
    if (r.passed) passed++;
    timeDs += r.timeDs;
  }
  return { runs: runs.length, passed, timeDs };
}

/** Whole seconds of the mean, as the write-up prints it. */
const meanSeconds = (t: Tally): number => roundHalfEven(t.timeDs, 10 * t.runs);
/** Rate in tenths of a percent, as printed ("82.5%" -> 825). */
const rateTenths = (t: Tally): number => roundHalfEven(1000 * t.passed, t.runs);
const meanExact = (t: Tally): number => t.timeDs / (10 * t.runs);

/**
 * Independent check of the generated runs against every published figure and remark. Returns
 * one sentence per violation (empty when all hold). The generator refuses to write data that
 * fails it; the unit tests then re-check the committed files through the site's own library.
 */
export function verifyRuns(runs: readonly GeneratedRun[]): string[] {
  const problems: string[] = [];
  const expect = (ok: boolean, message: string): void => {
    if (!ok) problems.push(message);
  };
  const where = (pred: (r: GeneratedRun) => boolean): Tally => tally(runs.filter(pred));
  const q4 = runs.filter((r) => r.sweep === SWEEP_Q4);
  const q8 = runs.filter((r) => r.sweep === SWEEP_Q8);
  expect(runs.length === 1360 && q4.length === 800 && q8.length === 560, `expected 1360 runs (800 q4, 560 q8), got ${runs.length} (${q4.length}, ${q8.length})`);

  // Cells.
  const cells = new Map<string, GeneratedRun[]>();
  for (const r of runs) {
    const k = `${r.sweep}|${r.model}|${r.harness}`;
    const list = cells.get(k) ?? [];
    list.push(r);
    cells.set(k, list);
  }
  expect(cells.size === 85, `expected 85 cells, got ${cells.size}`);
  const cellTally = new Map([...cells].map(([k, v]) => [k, tally(v)]));
  const top = new Set(TOP_CELLS.map((c) => `${c.sweep}|${c.model}|${c.harness}`));
  for (const c of TOP_CELLS) {
    const t = cellTally.get(`${c.sweep}|${c.model}|${c.harness}`);
    expect(t !== undefined && t.runs === 16 && t.passed === c.passed, `top cell ${c.sweep} ${c.model}+${c.harness}: expected ${c.passed}/16`);
    expect(t !== undefined && meanSeconds(t) === c.avgTimeS, `top cell ${c.sweep} ${c.model}+${c.harness}: expected ${c.avgTimeS} s`);
  }
  for (const [k, t] of cellTally) {
    expect(t.runs === 16, `cell ${k} has ${t.runs} runs`);
    if (!top.has(k)) expect(t.passed < 15, `cell ${k} reaches ${t.passed}/16 but is not a published top cell`);
  }

  // Q4 model and harness tables.
  for (const spec of MODELS) {
    const want = Q4_MODEL_TABLE[spec.model];
    const t = tally(q4.filter((r) => r.model === spec.model));
    expect(
      want !== undefined && t.runs === 80 && t.passed === want.passed && meanSeconds(t) === want.avgTimeS,
      `q4 model ${spec.model}: expected ${want?.passed}/80 at ${want?.avgTimeS} s, got ${t.passed}/${t.runs} at ${meanExact(t)} s`,
    );
    expect(q4.every((r) => r.model !== spec.model || r.quant === spec.q4Quant), `q4 model ${spec.model} must be served at ${spec.q4Quant}`);
  }
  const harnessQ4 = new Map(HARNESSES.map((h) => [h, tally(q4.filter((r) => r.harness === h))]));
  for (const h of HARNESSES) {
    const t = harnessQ4.get(h);
    const want = Q4_HARNESS_TABLE[h];
    expect(
      t !== undefined && t.runs === 160 && t.passed === want.passed && meanSeconds(t) === want.avgTimeS,
      `q4 harness ${h}: expected ${want.passed}/160 at ${want.avgTimeS} s, got ${t?.passed}/${t?.runs} at ${t ? meanExact(t) : NaN} s`,
    );
  }

  // Q4 vs Q8.
  let q4Total = 0;
  let q8Total = 0;
  let q4Jax = 0;
  let q8Jax = 0;
  for (const [model, want] of Object.entries(Q8_TABLE)) {
    const a = tally(q4.filter((r) => r.model === model));
    const b = tally(q8.filter((r) => r.model === model));
    const aj = where((r) => r.sweep === SWEEP_Q4 && r.model === model && r.task === 'jax1_complex_lp');
    const bj = where((r) => r.sweep === SWEEP_Q8 && r.model === model && r.task === 'jax1_complex_lp');
    expect(b.runs === 80 && b.passed === want.q8Passed, `q8 model ${model}: expected ${want.q8Passed}/80, got ${b.passed}/${b.runs}`);
    expect(q8.every((r) => r.model !== model || r.quant === QUANT_Q8), `q8 model ${model} must be served at ${QUANT_Q8}`);
    expect(aj.passed === want.q4Jax1 && bj.passed === want.q8Jax1, `jax1 for ${model}: expected ${want.q4Jax1}/5 and ${want.q8Jax1}/5`);
    expect(meanExact(b) > meanExact(a), `q8 ${model} must be slower on average than q4`);
    const ratio = meanExact(b) / meanExact(a);
    expect(ratio >= 1.5 && ratio <= 2, `q8/q4 time ratio for ${model} is ${ratio.toFixed(2)}, outside 1.5-2`);
    q4Total += a.passed;
    q8Total += b.passed;
    q4Jax += aj.passed;
    q8Jax += bj.passed;
  }
  expect(q8.every((r) => r.model in Q8_TABLE), 'q8 holds a model outside the seven re-run models');
  expect(q4Total === 406 && q8Total === 400 && q4Jax === 17 && q8Jax === 14, `7-model totals: expected 406, 400, 17, 14; got ${q4Total}, ${q8Total}, ${q4Jax}, ${q8Jax}`);
  const g4 = cellTally.get(`${SWEEP_Q4}|${GEMMA_OPENCODE.model}|${GEMMA_OPENCODE.harness}`);
  const g8 = cellTally.get(`${SWEEP_Q8}|${GEMMA_OPENCODE.model}|${GEMMA_OPENCODE.harness}`);
  expect(g4?.passed === GEMMA_OPENCODE.q4 && g8?.passed === GEMMA_OPENCODE.q8, 'gemma-4-31b-it + opencode must go from 13/16 to 8/16');

  // Grader.
  for (const h of HARNESSES) {
    const hr = q4.filter((r) => r.harness === h);
    const want = Q4_GRADER[h];
    const mentions = hr.filter((r) => r.graderMentions > 0).length;
    const accessed = hr.filter((r) => r.graderAccess !== 'none');
    expect(mentions === want.mentions, `q4 ${h}: expected ${want.mentions} runs mentioning the grader, got ${mentions}`);
    expect(accessed.length === want.accessed, `q4 ${h}: expected ${want.accessed} runs touching the grader, got ${accessed.length}`);
    expect(accessed.filter((r) => r.passed).length === want.accessedPassed, `q4 ${h}: expected ${want.accessedPassed} passing grader runs`);
    if (want.accessed > 0) {
      expect(accessed.some((r) => r.graderAccess === 'ran') && accessed.some((r) => r.graderAccess === 'read'), `q4 ${h}: need both ran and read`);
    }
  }
  expect(runs.every((r) => r.graderAccess === 'none' || (r.harness === 'opencode' && r.graderMentions > 0)), 'only opencode may touch the grader, and touching implies a mention');
  const withoutPeeks = HARNESSES.map((h) => {
    const hr = q4.filter((r) => r.harness === h);
    return { h, passed: hr.filter((r) => r.passed && r.graderAccess === 'none').length };
  });
  const oc = withoutPeeks.find((x) => x.h === 'opencode');
  expect(oc?.passed === 89, `opencode without grader passes: expected 89/160, got ${oc?.passed}`);
  expect(withoutPeeks.every((x) => x.h === 'opencode' || x.passed > (oc?.passed ?? 0)), 'opencode without grader passes must be last');

  // Tasks.
  const taskPasses = new Map(TASKS.map((t) => [t.task, runs.filter((r) => r.task === t.task && r.passed).length]));
  const p7a = where((r) => r.sweep === SWEEP_Q4 && r.task === PT7.task);
  const p7b = where((r) => r.sweep === SWEEP_Q8 && r.task === PT7.task);
  expect(p7a.passed === PT7.q4Passed && p7a.runs === PT7.q4Runs, `pt7 q4: expected ${PT7.q4Passed}/${PT7.q4Runs}`);
  expect(p7b.passed === PT7.q8Passed && p7b.runs === PT7.q8Runs, `pt7 q8: expected ${PT7.q8Passed}/${PT7.q8Runs}`);
  for (const [task, n] of taskPasses) {
    const always = (ALWAYS_PASSED as readonly string[]).includes(task);
    expect(always ? n === 85 : n < 85, `task ${task}: ${n}/85 passes`);
  }
  const hardCounts = HARDEST.map((t) => taskPasses.get(t) ?? -1);
  expect(hardCounts.every((n, i) => i === 0 || n > (hardCounts[i - 1] ?? Infinity)), `hardest tasks out of order: ${hardCounts.join(', ')}`);
  const easiestHard = hardCounts[hardCounts.length - 1] ?? 0;
  for (const [task, n] of taskPasses) {
    if (!(HARDEST as readonly string[]).includes(task)) expect(n > easiestHard, `task ${task} (${n}) must be easier than pt5_logit_lens (${easiestHard})`);
  }
  for (const spec of TASKS) {
    const a = where((r) => r.sweep === SWEEP_Q4 && r.task === spec.task);
    const b = where((r) => r.sweep === SWEEP_Q8 && r.task === spec.task);
    const gainPoints = (100 * b.passed) / b.runs - (100 * a.passed) / a.runs;
    if (spec.task === PT7.task) expect(gainPoints >= 5, 'pt7 must clearly improve at q8');
    else expect(gainPoints < 5, `task ${spec.task} improves by ${gainPoints.toFixed(1)} points at q8; only pt7 should`);
  }

  // Remarks on the model x harness picture.
  const q4Cell = (model: string, h: string): Tally => cellTally.get(`${SWEEP_Q4}|${model}|${h}`) ?? { runs: 0, passed: 0, timeDs: 0 };
  const collapse = (model: string, h: string): void => {
    const own = q4Cell(model, h).passed;
    const others = HARNESSES.filter((x) => x !== h).map((x) => q4Cell(model, x).passed);
    expect(Math.min(...others) - own >= 5, `${model} + ${h} must collapse (>= 5 below every other harness)`);
  };
  collapse('gpt-oss-120b', 'opencode');
  collapse('Qwen3.6-27B', 'aider');
  const spread = (model: string): number => {
    const ps = HARNESSES.map((h) => q4Cell(model, h).passed);
    return Math.max(...ps) - Math.min(...ps);
  };
  for (const spec of MODELS) {
    const flat = spec.model === 'gpt-oss-20b' || spec.model === 'Qwen3-Omni-30B-A3B-Instruct';
    expect(flat ? spread(spec.model) <= 1 : spread(spec.model) >= 2, `harness spread of ${spec.model} is ${spread(spec.model)}`);
  }
  const fastest = [...cellTally].reduce((best, cur) => (meanExact(cur[1]) < meanExact(best[1]) ? cur : best));
  expect(fastest[0] === `${SWEEP_Q4}|gpt-oss-120b|pi`, `fastest cell is ${fastest[0]}, expected gpt-oss-120b + pi`);
  const slow = [...cellTally].filter(([, t]) => meanExact(t) > 700).map(([k]) => k.split('|')[2] ?? '');
  const slowAiderOpencode = slow.filter((h) => h === 'aider' || h === 'opencode').length;
  expect(slow.length >= 3 && 3 * slowAiderOpencode >= 2 * slow.length, `cells over 700 s: ${slow.join(', ')}; aider/opencode should dominate`);
  for (const spec of TASKS) {
    const d =
      where((r) => r.sweep === SWEEP_Q8 && r.model === GEMMA_OPENCODE.model && r.task === spec.task).passed -
      where((r) => r.sweep === SWEEP_Q4 && r.model === GEMMA_OPENCODE.model && r.task === spec.task).passed;
    expect(d >= -2, `gemma-4-31b-it loses ${-d} runs on ${spec.task} at q8; regressions should be small per task`);
  }
  return problems;
}

export { meanSeconds, rateTenths, tally };
