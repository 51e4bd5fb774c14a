/** The 2x2 table of paired 0/1 outcomes: how many items each condition passed or failed. */
export interface PairedTable {
  /** Both conditions passed. */
  both: number;
  /** A passed, B failed. */
  onlyA: number;
  /** B passed, A failed. */
  onlyB: number;
  /** Both failed. */
  neither: number;
}

/** Tallies [a, b] outcome pairs (0/1 or false/true) into a PairedTable; anything else is an error naming the pair. */
export function pairedTable(pairs: readonly (readonly [number | boolean, number | boolean])[]): PairedTable {
  const table: PairedTable = { both: 0, onlyA: 0, onlyB: 0, neither: 0 };
  pairs.forEach(([a, b], i) => {
    const x = asOutcome(a, i, 'A');
    const y = asOutcome(b, i, 'B');
    if (x && y) table.both += 1;
    else if (x) table.onlyA += 1;
    else if (y) table.onlyB += 1;
    else table.neither += 1;
  });
  return table;
}

function asOutcome(v: number | boolean, i: number, side: string): boolean {
  if (v === true || v === 1) return true;
  if (v === false || v === 0) return false;
  throw new RangeError(`pairedTable: pair ${i + 1} has ${side} = ${v}; paired outcomes must be 0/1 or true/false.`);
}

/** Every count a whole number >= 0, or an error naming the count. */
export function checkPairedTable(table: PairedTable, where: string): void {
  for (const name of ['both', 'onlyA', 'onlyB', 'neither'] as const) {
    const count = table[name];
    if (!Number.isSafeInteger(count) || count < 0) {
      throw new RangeError(`${where}: the count ${name} must be a whole number of at least 0, got ${String(count)}.`);
    }
  }
}
