/**
 * Remembers the line of every run key (sweep, model, quant, harness, task, seed) to catch
 * duplicates. The five names arrive as interner ids; while each id is below 2^10 they pack into
 * one exact number (50 bits), so a million runs cost Map lookups on numbers, not on strings.
 * Seeds of a cell are mostly 0, 1, 2...: their lines sit in an array indexed by seed while
 * that stays dense, and in a Map otherwise.
 */
export class RunKeyLines {
  private readonly cells = new Map<number | string, SeedLines>();

  /** Records `line` for the key and returns the line that already had it, if any. */
  claim(ids: readonly [number, number, number, number, number], seed: number, line: number): number | undefined {
    const [a, b, c, d, e] = ids;
    const cell =
      a < 1024 && b < 1024 && c < 1024 && d < 1024 && e < 1024
        ? (((a * 1024 + b) * 1024 + c) * 1024 + d) * 1024 + e
        : `${a},${b},${c},${d},${e}`;
    let seeds = this.cells.get(cell);
    if (seeds === undefined) {
      seeds = new SeedLines();
      this.cells.set(cell, seeds);
    }
    return seeds.claim(seed, line);
  }
}

/** Largest line an Int32Array slot holds; later lines (a file of billions of lines) go to the Map. */
const MAX_DENSE_LINE = 0x7fffffff;

/** The first line of each seed of one cell; each seed is either in the array or in the Map. */
class SeedLines {
  /** Line of seed i at index i, 0 for none (data lines start at 2). */
  private dense = new Int32Array(8);
  private claimed = 0;
  private sparse: Map<number, number> | undefined;

  claim(seed: number, line: number): number | undefined {
    const slot = Number.isInteger(seed) && seed >= 0;
    // Grow only while the array stays at least a quarter full, so one huge seed cannot cost megabytes.
    if (slot && seed >= this.dense.length && seed < 4 * (this.claimed + 16)) this.grow(seed);
    const inDense = slot && seed < this.dense.length;
    if (inDense) {
      const first = this.dense[seed] as number;
      if (first !== 0) return first;
    }
    const first = this.sparse?.get(seed);
    if (first !== undefined) return first;
    if (inDense && line <= MAX_DENSE_LINE) this.dense[seed] = line;
    else (this.sparse ??= new Map()).set(seed, line);
    this.claimed += 1;
    return undefined;
  }

  private grow(seed: number): void {
    let size = this.dense.length;
    while (size <= seed) size *= 2;
    const next = new Int32Array(size);
    next.set(this.dense);
    this.dense = next;
    if (this.sparse === undefined) return;
    for (const [s, line] of this.sparse) {
      if (Number.isInteger(s) && s >= 0 && s < size && line <= MAX_DENSE_LINE) {
        next[s] = line;
        this.sparse.delete(s);
      }
    }
  }
}
