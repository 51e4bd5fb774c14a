/**
 * Remembers the line of every run key (sweep, model, quant, harness, task, seed) to catch
 * duplicates. The five names arrive as interner ids; while each id is below 2^10 they pack into
 * one exact number (50 bits), so a million runs cost Map lookups on numbers, not on strings.
 */
export class RunKeyLines {
  private readonly cells = new Map<number | string, Map<number, number>>();

  /** Records `line` for the key and returns the line that already had it, if any. */
  claim(ids: readonly [number, number, number, number, number], seed: number, line: number): number | undefined {
    const [a, b, c, d, e] = ids;
    const cell =
      a < 1024 && b < 1024 && c < 1024 && d < 1024 && e < 1024
        ? (((a * 1024 + b) * 1024 + c) * 1024 + d) * 1024 + e
        : `${a},${b},${c},${d},${e}`;
    let seeds = this.cells.get(cell);
    if (seeds === undefined) {
      seeds = new Map();
      this.cells.set(cell, seeds);
    }
    const first = seeds.get(seed);
    if (first === undefined) seeds.set(seed, line);
    return first;
  }
}
