/**
 * The harness-bench write-up's published tables, typed in from the write-up (never taken from the
 * code), shared by the unit test of the report and the browser test of the built page.
 */
import { expect } from 'vitest';

export const TOP_CELLS_COLUMNS = ['Combo', 'Pass', 'Avg time'];
export const MODELS_COLUMNS = ['Model', 'Quant', 'Pass', 'Rate', 'Avg agent time', 'Rank (95% interval)'];
export const HARNESS_COLUMNS = ['Harness', 'Pass', 'Rate', 'Avg agent time', 'Rank (95% interval)'];
export const QUANT_COLUMNS = ['Model', 'Q4 Pass', 'Q8 Pass', 'Δ', 'Q4 jax1', 'Q8 jax1'];

/** The cells at 15/16 or better across both sweeps, by rate then time. */
export const TOP_CELLS = [
  ['Qwen3.6-27B UD-Q4_K_XL + pi', '16/16', '207 s'],
  ['gpt-oss-120b MXFP4 + pi', '15/16', '34 s'],
  ['Qwen3.6-35B-A3B UD-Q4_K_XL + qwen', '15/16', '108 s'],
  ['Qwen3.6-35B-A3B Q8_0 + claude', '15/16', '244 s'],
  ['gemma-4-26B-A4B-it UD-Q4_K_XL + opencode', '15/16', '307 s'],
  ['Qwen3.6-27B Q8_0 + qwen', '15/16', '395 s'],
  ['gemma-4-31b-it Q4_K_M + pi', '15/16', '422 s'],
  ['Qwen3.6-27B Q8_0 + opencode', '15/16', '462 s'],
];

/** The Q4 model ranking's top four rows. */
export const MODELS_HEAD = [
  ['Qwen3.6-27B', 'UD-Q4_K_XL', '66/80', '82.5%', '474 s'],
  ['gemma-4-31b-it', 'Q4_K_M', '65/80', '81.2%', '582 s'],
  ['Qwen3.6-35B-A3B', 'UD-Q4_K_XL', '64/80', '80.0%', '215 s'],
  ['gpt-oss-120b', 'MXFP4', '62/80', '77.5%', '67 s'],
];

/** The rest of the Q4 model ranking (the data-change test leaves these rows alone). */
export const MODELS_TAIL = [
  ['Qwen3-Coder-Next', 'UD-Q4_K_XL', '56/80', '70.0%', '162 s'],
  ['gemma-4-26B-A4B-it', 'UD-Q4_K_XL', '56/80', '70.0%', '397 s'],
  ['Qwen3.5-35B-A3B', 'Q4_K_M', '55/80', '68.8%', '123 s'],
  ['Qwen3.5-27B', 'Q4_K_M', '55/80', '68.8%', '402 s'],
  ['gpt-oss-20b', 'Q4_K_M', '45/80', '56.2%', '96 s'],
  ['Qwen3-Omni-30B-A3B-Instruct', 'Q4_K_M', '27/80', '33.8%', '113 s'],
];

export const HARNESSES = [
  ['pi', '123/160', '76.9%', '163 s'],
  ['qwen', '120/160', '75.0%', '191 s'],
  ['claude', '106/160', '66.2%', '306 s'],
  ['opencode', '102/160', '63.8%', '271 s'],
  ['aider', '100/160', '62.5%', '384 s'],
];

/** Mentions 0/5/7/10/23, access 0/0/0/0/14; opencode without its grader-touching passes 102 - 13 = 89 of 160. */
export const GRADER = [
  ['pi', '0', '0', '76.9%', '76.9%'],
  ['qwen', '5', '0', '75.0%', '75.0%'],
  ['claude', '7', '0', '66.2%', '66.2%'],
  ['aider', '10', '0', '62.5%', '62.5%'],
  ['opencode', '23', '14', '63.8%', '55.6%'],
];

/** The Q4 vs Q8 rows in the published order, keyed by model. */
const QUANT_BY_MODEL: Record<string, string[]> = {
  'Qwen3.6-35B-A3B': ['Qwen3.6-35B-A3B', '64/80', '66/80', '+2', '5/5', '3/5'],
  'Qwen3.6-27B': ['Qwen3.6-27B', '66/80', '65/80', '-1', '2/5', '4/5'],
  'gemma-4-31b-it': ['gemma-4-31b-it', '65/80', '59/80', '-6', '0/5', '0/5'],
  'Qwen3.5-27B': ['Qwen3.5-27B', '55/80', '52/80', '-3', '2/5', '0/5'],
  'Qwen3.5-35B-A3B': ['Qwen3.5-35B-A3B', '55/80', '51/80', '-4', '5/5', '3/5'],
  'Qwen3-Coder-Next': ['Qwen3-Coder-Next', '56/80', '55/80', '-1', '0/5', '2/5'],
  'gpt-oss-20b': ['gpt-oss-20b', '45/80', '52/80', '+7', '3/5', '2/5'],
};
export const QUANT_FOOT = [['7-model total', '406/560', '400/560', '-6', '17/35', '14/35']];

/** The Q4 vs Q8 rows, with the rows of `changed` in place of the published ones. */
export const quantRows = (changed: Record<string, string[]> = {}): string[][] =>
  Object.keys(QUANT_BY_MODEL).map((m) => changed[m] ?? (QUANT_BY_MODEL[m] as string[]));

/**
 * Rows without their last column, the rank interval: it comes from a seeded bootstrap and has no
 * published value, so it is checked instead to hold the row's own rank (competition ranking on
 * the passes in column `passesAt`: rows tied on passes share the better rank).
 */
export function withoutRanks(rows: ReadonlyArray<readonly string[]>, passesAt: number): string[][] {
  const passes = rows.map((row) => Number((row[passesAt] ?? '').split('/')[0]));
  rows.forEach((row, i) => {
    const rank = 1 + passes.filter((p) => p > (passes[i] ?? 0)).length;
    const m = /^(\d+)(?:\u2013(\d+))?$/.exec(row[row.length - 1] ?? '');
    expect(m, `rank interval of ${row[0]}: ${row[row.length - 1]}`).not.toBeNull();
    const lo = Number(m?.[1]);
    const hi = Number(m?.[2] ?? m?.[1]);
    expect(lo <= rank && rank <= hi, `${row[0]} ranks ${rank}, outside ${row[row.length - 1]}`).toBe(true);
  });
  return rows.map((row) => row.slice(0, -1));
}
