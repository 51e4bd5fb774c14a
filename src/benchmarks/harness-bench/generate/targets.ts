/**
 * What the harness-bench reconstruction must reproduce, and the choices it makes where the
 * write-up is silent. Two kinds of constant live here and are kept apart on purpose:
 *
 * - PUBLISHED: numbers printed in the write-up (tables, counts, the eight top cells). Changing one
 *   of these changes what the data claims the write-up said.
 * - CHOSEN: reconstruction decisions (per-cell pass counts, per-task difficulty, Q8 timings,
 *   grader-mention counts for harnesses whose exact spread is unknown, placeholder task ids).
 *   They are free within the published constraints; the generator's self-check proves they
 *   still reproduce every published figure.
 */

export const HARNESSES = ['pi', 'qwen', 'claude', 'opencode', 'aider'] as const;
export type Harness = (typeof HARNESSES)[number];

export const SWEEP_Q4 = 'q4';
export const SWEEP_Q8 = 'q8';
export const QUANT_Q8 = 'Q8_0';

/** PUBLISHED: model cards (total / active parameters in billions) and families. */
export interface ModelSpec {
  model: string;
  family: string;
  totalParamsB: number;
  activeParamsB: number;
  /** Quant of the Q4 sweep run. */
  q4Quant: string;
  /** True for the seven models re-run at Q8_0. */
  inQ8: boolean;
}

/** PUBLISHED, in the order of the write-up's Q4 model table. */
export const MODELS: readonly ModelSpec[] = [
  { model: 'Qwen3.6-27B', family: 'Qwen3.6', totalParamsB: 27, activeParamsB: 27, q4Quant: 'UD-Q4_K_XL', inQ8: true },
  { model: 'gemma-4-31b-it', family: 'gemma-4', totalParamsB: 31, activeParamsB: 31, q4Quant: 'Q4_K_M', inQ8: true },
  { model: 'Qwen3.6-35B-A3B', family: 'Qwen3.6', totalParamsB: 35, activeParamsB: 3, q4Quant: 'UD-Q4_K_XL', inQ8: true },
  { model: 'gpt-oss-120b', family: 'gpt-oss', totalParamsB: 117, activeParamsB: 5.1, q4Quant: 'MXFP4', inQ8: false },
  { model: 'Qwen3-Coder-Next', family: 'Qwen3-Coder', totalParamsB: 80, activeParamsB: 3, q4Quant: 'UD-Q4_K_XL', inQ8: true },
  { model: 'gemma-4-26B-A4B-it', family: 'gemma-4', totalParamsB: 26, activeParamsB: 4, q4Quant: 'UD-Q4_K_XL', inQ8: false },
  { model: 'Qwen3.5-35B-A3B', family: 'Qwen3.5', totalParamsB: 35, activeParamsB: 3, q4Quant: 'Q4_K_M', inQ8: true },
  { model: 'Qwen3.5-27B', family: 'Qwen3.5', totalParamsB: 27, activeParamsB: 27, q4Quant: 'Q4_K_M', inQ8: true },
  { model: 'gpt-oss-20b', family: 'gpt-oss', totalParamsB: 21, activeParamsB: 3.6, q4Quant: 'Q4_K_M', inQ8: true },
  {
    model: 'Qwen3-Omni-30B-A3B-Instruct',
    family: 'Qwen3-Omni',
    totalParamsB: 30,
    activeParamsB: 3,
    q4Quant: 'Q4_K_M',
    inQ8: false,
  },
];

/** PUBLISHED: Q4 sweep per model, over 80 runs: passes and average agent time (whole seconds as printed). */
export const Q4_MODEL_TABLE: Readonly<Record<string, { passed: number; avgTimeS: number }>> = {
  'Qwen3.6-27B': { passed: 66, avgTimeS: 474 },
  'gemma-4-31b-it': { passed: 65, avgTimeS: 582 },
  'Qwen3.6-35B-A3B': { passed: 64, avgTimeS: 215 },
  'gpt-oss-120b': { passed: 62, avgTimeS: 67 },
  'Qwen3-Coder-Next': { passed: 56, avgTimeS: 162 },
  'gemma-4-26B-A4B-it': { passed: 56, avgTimeS: 397 },
  'Qwen3.5-35B-A3B': { passed: 55, avgTimeS: 123 },
  'Qwen3.5-27B': { passed: 55, avgTimeS: 402 },
  'gpt-oss-20b': { passed: 45, avgTimeS: 96 },
  'Qwen3-Omni-30B-A3B-Instruct': { passed: 27, avgTimeS: 113 },
};

/** PUBLISHED: Q4 sweep per harness, over 160 runs. */
export const Q4_HARNESS_TABLE: Readonly<Record<Harness, { passed: number; avgTimeS: number }>> = {
  pi: { passed: 123, avgTimeS: 163 },
  qwen: { passed: 120, avgTimeS: 191 },
  claude: { passed: 106, avgTimeS: 306 },
  opencode: { passed: 102, avgTimeS: 271 },
  aider: { passed: 100, avgTimeS: 384 },
};

/** PUBLISHED: Q8 sweep passes per model (80 runs each) and jax1_complex_lp passes (5 runs each) per sweep. */
export const Q8_TABLE: Readonly<Record<string, { q8Passed: number; q4Jax1: number; q8Jax1: number }>> = {
  'Qwen3.6-35B-A3B': { q8Passed: 66, q4Jax1: 5, q8Jax1: 3 },
  'Qwen3.6-27B': { q8Passed: 65, q4Jax1: 2, q8Jax1: 4 },
  'gemma-4-31b-it': { q8Passed: 59, q4Jax1: 0, q8Jax1: 0 },
  'Qwen3.5-27B': { q8Passed: 52, q4Jax1: 2, q8Jax1: 0 },
  'Qwen3.5-35B-A3B': { q8Passed: 51, q4Jax1: 5, q8Jax1: 3 },
  'Qwen3-Coder-Next': { q8Passed: 55, q4Jax1: 0, q8Jax1: 2 },
  'gpt-oss-20b': { q8Passed: 52, q4Jax1: 3, q8Jax1: 2 },
};

/** PUBLISHED: every (model, quant, harness) cell at 15/16 or better, with its average time per task. */
export interface TopCell {
  sweep: string;
  model: string;
  harness: Harness;
  passed: number;
  avgTimeS: number;
}
export const TOP_CELLS: readonly TopCell[] = [
  { sweep: SWEEP_Q4, model: 'Qwen3.6-27B', harness: 'pi', passed: 16, avgTimeS: 207 },
  { sweep: SWEEP_Q4, model: 'gpt-oss-120b', harness: 'pi', passed: 15, avgTimeS: 34 },
  { sweep: SWEEP_Q4, model: 'Qwen3.6-35B-A3B', harness: 'qwen', passed: 15, avgTimeS: 108 },
  { sweep: SWEEP_Q8, model: 'Qwen3.6-35B-A3B', harness: 'claude', passed: 15, avgTimeS: 244 },
  { sweep: SWEEP_Q4, model: 'gemma-4-26B-A4B-it', harness: 'opencode', passed: 15, avgTimeS: 307 },
  { sweep: SWEEP_Q8, model: 'Qwen3.6-27B', harness: 'qwen', passed: 15, avgTimeS: 395 },
  { sweep: SWEEP_Q4, model: 'gemma-4-31b-it', harness: 'pi', passed: 15, avgTimeS: 422 },
  { sweep: SWEEP_Q8, model: 'Qwen3.6-27B', harness: 'opencode', passed: 15, avgTimeS: 462 },
];

/** PUBLISHED: Q4 runs whose log mentions the grader, and runs that read or ran it, per harness. */
export const Q4_GRADER: Readonly<Record<Harness, { mentions: number; accessed: number; accessedPassed: number }>> = {
  pi: { mentions: 0, accessed: 0, accessedPassed: 0 },
  qwen: { mentions: 5, accessed: 0, accessedPassed: 0 },
  claude: { mentions: 7, accessed: 0, accessedPassed: 0 },
  aider: { mentions: 10, accessed: 0, accessedPassed: 0 },
  // The write-up also says "14 of 102" passes; the reference keeps 13 (see the data README).
  opencode: { mentions: 23, accessed: 14, accessedPassed: 13 },
};

/** PUBLISHED: gemma-4-31b-it + opencode passes at Q4 and at Q8. */
export const GEMMA_OPENCODE = { model: 'gemma-4-31b-it', harness: 'opencode' as Harness, q4: 13, q8: 8 };

/** PUBLISHED: pt7_prompt_blend passes per sweep. */
export const PT7 = { task: 'pt7_prompt_blend', q4Passed: 21, q4Runs: 50, q8Passed: 18, q8Runs: 35 };

/** PUBLISHED: tasks every one of the 85 cells passes, and the hardest six, hardest first. */
export const ALWAYS_PASSED = ['sql1_recursive', 'p2_shortest_path'] as const;
export const HARDEST = [
  'pt3_rope_gqa',
  'jax1_complex_lp',
  'pt7_prompt_blend',
  'pt6_generate_cached',
  'rs1_arena',
  'pt5_logit_lens',
] as const;

/**
 * PUBLISHED ids plus CHOSEN placeholders. `hardness` (0 easy .. 1 hard) and the per-sweep pass
 * totals are CHOSEN, except where the write-up fixes them (sql1/p2 always pass, pt7 21/50 and
 * 18/35, jax1 as the sum of its per-model counts). The totals put the published hardest six in
 * their published order with strictly rising counts, keep every other task easier than
 * pt5_logit_lens, and make pt7_prompt_blend the only task whose Q8 pass rate beats its Q4 pass
 * rate by five points or more.
 */
export interface TaskSpec {
  task: string;
  language: string;
  published: boolean;
  hardness: number;
  q4Passed: number;
  q8Passed: number;
}
export const TASKS: readonly TaskSpec[] = [
  { task: 'sql1_recursive', language: 'SQL', published: true, hardness: 0, q4Passed: 50, q8Passed: 35 },
  { task: 'p2_shortest_path', language: 'Python', published: true, hardness: 0, q4Passed: 50, q8Passed: 35 },
  { task: 'pt3_rope_gqa', language: 'PyTorch', published: true, hardness: 1, q4Passed: 14, q8Passed: 11 },
  { task: 'jax1_complex_lp', language: 'JAX', published: true, hardness: 0.95, q4Passed: 19, q8Passed: 14 },
  { task: 'pt7_prompt_blend', language: 'PyTorch', published: true, hardness: 0.9, q4Passed: 21, q8Passed: 18 },
  { task: 'pt6_generate_cached', language: 'PyTorch', published: true, hardness: 0.8, q4Passed: 27, q8Passed: 19 },
  { task: 'rs1_arena', language: 'Rust', published: true, hardness: 0.75, q4Passed: 30, q8Passed: 22 },
  { task: 'pt5_logit_lens', language: 'PyTorch', published: true, hardness: 0.7, q4Passed: 33, q8Passed: 24 },
  { task: 'p1_interval_merge', language: 'Python', published: false, hardness: 0.3, q4Passed: 43, q8Passed: 31 },
  { task: 'c1_ring_buffer', language: 'C', published: false, hardness: 0.35, q4Passed: 42, q8Passed: 30 },
  { task: 'pt1_masked_softmax', language: 'PyTorch', published: false, hardness: 0.4, q4Passed: 40, q8Passed: 29 },
  { task: 'rs2_json_lexer', language: 'Rust', published: false, hardness: 0.45, q4Passed: 39, q8Passed: 28 },
  { task: 'cpp1_lru_cache', language: 'C++', published: false, hardness: 0.5, q4Passed: 38, q8Passed: 28 },
  { task: 'pt2_layernorm_grad', language: 'PyTorch', published: false, hardness: 0.55, q4Passed: 36, q8Passed: 26 },
  { task: 'jax2_vmap_kmeans', language: 'JAX', published: false, hardness: 0.6, q4Passed: 35, q8Passed: 25 },
  { task: 'pt4_beam_search', language: 'PyTorch', published: false, hardness: 0.65, q4Passed: 34, q8Passed: 25 },
];

/**
 * CHOSEN: jax1_complex_lp passes at Q4 for the three models the Q8 table does not cover (the
 * published 7-model total is 17/35; these keep jax1 second-hardest overall: 17 + 2 + 14 = 33).
 */
export const Q4_JAX1_EXTRA: Readonly<Record<string, number>> = {
  'gpt-oss-120b': 1,
  'gemma-4-26B-A4B-it': 1,
  'Qwen3-Omni-30B-A3B-Instruct': 0,
};

/**
 * CHOSEN: passes per (model, harness) cell, harnesses in HARNESSES order (pi, qwen, claude,
 * opencode, aider). Rows sum to the published model totals, Q4 columns to the published harness
 * totals; the eight top cells are the only ones at 15 or more. The shape follows the write-up's
 * remarks: gpt-oss-120b falls apart with opencode, Qwen3.6-27B with aider, gpt-oss-20b and
 * Qwen3-Omni barely move between harnesses, gemma-4-26B-A4B-it + opencode is a 15/16 outlier,
 * and gemma-4-31b-it + opencode drops from 13 to 8 while its other cells barely change.
 */
export const Q4_CELL_PASSES: Readonly<Record<string, readonly number[]>> = {
  'Qwen3.6-27B': [16, 14, 14, 14, 8],
  'gemma-4-31b-it': [15, 13, 12, 13, 12],
  'Qwen3.6-35B-A3B': [13, 15, 12, 12, 12],
  'gpt-oss-120b': [15, 14, 14, 5, 14],
  'Qwen3-Coder-Next': [13, 12, 10, 10, 11],
  'gemma-4-26B-A4B-it': [12, 13, 8, 15, 8],
  'Qwen3.5-35B-A3B': [12, 12, 11, 10, 10],
  'Qwen3.5-27B': [12, 12, 11, 9, 11],
  'gpt-oss-20b': [9, 9, 9, 9, 9],
  'Qwen3-Omni-30B-A3B-Instruct': [6, 6, 5, 5, 5],
};
export const Q8_CELL_PASSES: Readonly<Record<string, readonly number[]>> = {
  'Qwen3.6-27B': [14, 15, 13, 15, 8],
  'gemma-4-31b-it': [14, 13, 12, 8, 12],
  'Qwen3.6-35B-A3B': [13, 14, 15, 12, 12],
  'Qwen3-Coder-Next': [12, 12, 11, 10, 10],
  'Qwen3.5-35B-A3B': [11, 11, 10, 9, 10],
  'Qwen3.5-27B': [11, 12, 10, 9, 10],
  'gpt-oss-20b': [11, 10, 10, 11, 10],
};

/**
 * CHOSEN: Q8 average agent time per model. The write-up only says each is slower than its Q4
 * run and that Q4 gives roughly 1.5-2x the throughput; these sit at about 1.5-1.6x the Q4 means.
 */
export const Q8_MODEL_AVG_TIME_S: Readonly<Record<string, number>> = {
  'Qwen3.6-27B': 720.4,
  'gemma-4-31b-it': 900.3,
  'Qwen3.6-35B-A3B': 340.2,
  'Qwen3-Coder-Next': 250.3,
  'Qwen3.5-35B-A3B': 195.2,
  'Qwen3.5-27B': 640.3,
  'gpt-oss-20b': 150.4,
};

/**
 * CHOSEN: how each harness's share of a model's time shifts from Q4 to Q8. The write-up places
 * most of the slowest cells (over 700 s per task) in aider and opencode; with the Q4 shape alone
 * too many Q8 claude cells would land there.
 */
export const Q8_HARNESS_TILT: Readonly<Record<Harness, number>> = { pi: 1, qwen: 1, claude: 0.8, opencode: 1.2, aider: 1.05 };

/**
 * CHOSEN: the grader picture outside the published Q4 table. Q8 counts are not published; they
 * follow the Q4 rates scaled to 112 runs per harness, with only opencode touching the grader
 * (the write-up calls peeking a property of that harness). The split between running and reading
 * the grader is not published either.
 */
export const Q4_ACCESS_KINDS = { ran: 8, read: 6 };
export const Q8_GRADER: Readonly<Record<Harness, { mentions: number; accessed: number; accessedPassed: number }>> = {
  pi: { mentions: 0, accessed: 0, accessedPassed: 0 },
  qwen: { mentions: 3, accessed: 0, accessedPassed: 0 },
  claude: { mentions: 5, accessed: 0, accessedPassed: 0 },
  aider: { mentions: 7, accessed: 0, accessedPassed: 0 },
  opencode: { mentions: 16, accessed: 10, accessedPassed: 9 },
};
export const Q8_ACCESS_KINDS = { ran: 6, read: 4 };

/**
 * PUBLISHED trace: Qwen3.5-27B at Q8 with opencode read the grader of pt3_rope_gqa after a failed
 * assertion, then edited its solution. The reconstruction records that run as a passing 'read'.
 */
export const KNOWN_TRACE = {
  sweep: SWEEP_Q8,
  model: 'Qwen3.5-27B',
  harness: 'opencode' as Harness,
  task: 'pt3_rope_gqa',
  access: 'read' as const,
};
