import { beforeAll, describe, expect, it } from 'vitest';
import { loadHarnessBench } from '../../../src/benchmarks/harness-bench/load';
import type { HarnessBench, HarnessRun } from '../../../src/benchmarks/harness-bench/types';
import { evaluateAll } from '../../../src/lib/reports/claim-book';
import { harnessBenchReport } from '../../../src/benchmarks/harness-bench/report';
import { harnessBenchClaimBook, harnessBenchClaims } from '../../../src/benchmarks/harness-bench/claims';

const POST = '2026/harness-bench-wip';
/** The write-up's eval card, as its frontmatter types it. */
const CARD = { runs: 1360, repeats: 1, varied: { harness: ['aider', 'claude', 'opencode', 'pi', 'qwen'], quant: ['UD-Q4_K_XL', 'Q4_K_M', 'MXFP4', 'Q8_0'] } };

let bench: HarnessBench;
beforeAll(async () => {
  bench = await loadHarnessBench('data/harness-bench');
});

/** The runs with `passed` set on the listed (sweep, model, harness, task) runs. */
function withPasses(runs: readonly HarnessRun[], changes: Array<[string, string, string, string, boolean]>): HarnessRun[] {
  const out = runs.map((r) => ({ ...r }));
  for (const [sweep, model, harness, task, passed] of changes) {
    const run = out.find((r) => r.sweep === sweep && r.model === model && r.harness === harness && r.task === task);
    if (!run) throw new Error(`no run ${sweep} ${model} ${harness} ${task}`);
    run.passed = passed ? 1 : 0;
  }
  return out;
}

function broken(runs: readonly HarnessRun[], card = CARD): Record<string, string> {
  const book = harnessBenchClaimBook(harnessBenchReport({ ...bench, runs: [...runs] }), card);
  return Object.fromEntries(evaluateAll(book, POST).filter((c) => !c.ok).map((c) => [c.id, c.detail ?? '']));
}

describe('harness-bench claims', () => {
  it('all hold on the committed data', () => {
    expect(broken(bench.runs)).toEqual({});
    expect(Object.keys(harnessBenchClaims).length).toBeGreaterThanOrEqual(25);
  });

  it('break with a sentence on what the data shows when the perfect cell loses a task and another cell gains one', () => {
    // Qwen3.6-27B + pi 16/16 -> 15/16 (fails sql1_recursive); gpt-oss-120b + qwen 14/16 -> 15/16 (passes pt3_rope_gqa).
    const runs = withPasses(bench.runs, [
      ['q4', 'Qwen3.6-27B', 'pi', 'sql1_recursive', false],
      ['q4', 'gpt-oss-120b', 'qwen', 'pt3_rope_gqa', true],
    ]);
    const b = broken(runs);
    expect(b['one-perfect-cell']).toBe('0 cells pass every task: none');
    // The best cell is now gpt-oss-120b + pi (15/16 at 34 s), itself the fastest of the tier.
    expect(b['fast-cell-one-failure-behind']).toBe('the best cell, gpt-oss-120b MXFP4 + pi, is also the fastest of the top tier (34 s)');
    expect(b['frontier-from-fastest-to-perfect']).toBe('the frontier runs from gpt-oss-120b MXFP4 + pi (15/16) to gpt-oss-120b MXFP4 + pi (15/16), and no cell is perfect');
    // sql1_recursive is no longer passed by every cell, but p2_shortest_path still is.
    expect(b['some-task-always-passed']).toBeUndefined();
    // gpt-oss-120b + qwen joins the tier: qwen now has three cells there, as many as pi.
    expect(b['pi-most-often-in-top-tier']).toBe('top-tier cells per harness: pi 3, qwen 3, opencode 2, claude 1, aider 0');
    expect(Object.keys(b).sort()).toEqual(['fast-cell-one-failure-behind', 'frontier-from-fastest-to-perfect', 'one-perfect-cell', 'pi-most-often-in-top-tier']);
  });

  it('notices a harness overtaking pi and grader peeks that mostly fail', () => {
    // qwen gains four passes (124/160 against pi's 123/160) in gpt-oss-20b's cell.
    const tasks = ['pt3_rope_gqa', 'jax1_complex_lp', 'pt7_prompt_blend', 'pt6_generate_cached', 'rs1_arena', 'pt5_logit_lens', 'pt4_beam_search'];
    const failing = tasks.filter((t) => !bench.runs.find((r) => r.sweep === 'q4' && r.model === 'gpt-oss-20b' && r.harness === 'qwen' && r.task === t)?.passed).slice(0, 4);
    expect(failing).toHaveLength(4);
    let runs = withPasses(bench.runs, failing.map((t) => ['q4', 'gpt-oss-20b', 'qwen', t, true] as [string, string, string, string, boolean]));
    // Four of opencode's 13 passing grader runs fail instead: 9 of 14 is under four in five.
    let n = 0;
    runs = runs.map((r) => (r.sweep === 'q4' && r.harness === 'opencode' && r.grader_access !== 'none' && r.passed === 1 && n++ < 4 ? { ...r, passed: 0 as const } : r));
    const b = broken(runs);
    expect(b['pi-strongest-harness']).toBe('the strongest harness is qwen (77.5%); pi has 76.9%');
    expect(b['grader-peeks-usually-pass']).toBe("9 of opencode's 14 grader-touching runs passed");
  });

  it('checks the eval card against the data', () => {
    expect(broken(bench.runs, { ...CARD, runs: 1300, varied: { ...CARD.varied, quant: ['Q8_0'] } })['eval-card-matches-data']).toBe(
      'the card says 1300 runs, the data has 1360; the card lists quantisations Q8_0, the data has Q4_K_M, UD-Q4_K_XL, MXFP4, Q8_0',
    );
  });

  it('names the unknown claim when a page asks for one that does not exist', () => {
    const book = harnessBenchClaimBook(harnessBenchReport(bench), CARD);
    expect(() => book.evaluate(POST, 'no-such-claim')).toThrow(`${POST}: unknown claim "no-such-claim".`);
  });
});
