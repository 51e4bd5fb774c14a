import type { GraderAccess, Run } from '../data/types';

/** One run of a cell, as the heatmap's per-cell panel lists it. */
export interface TaskResult {
  task: string;
  seed: number;
  passed: boolean;
  timeS: number;
  graderAccess: GraderAccess;
}

export type CellKeyField = 'sweep' | 'model' | 'quant' | 'harness';

/** Every cell's runs, keyed by cellKey() of the values of `keyFields`. */
export interface CellTasks {
  keyFields: CellKeyField[];
  cells: Record<string, TaskResult[]>;
}

/** The key of a cell: its key values as a JSON array, which no choice of names can make ambiguous. */
export function cellKey(values: readonly unknown[]): string {
  return JSON.stringify(values.map((v) => (v === undefined ? null : v)));
}

/**
 * Groups runs into cells by `keyFields` and lists each cell's runs by task, then seed. Keys are
 * inserted in sorted order so the serialised result is the same for any input order.
 */
export function cellTasks(runs: readonly Run[], keyFields: readonly CellKeyField[]): CellTasks {
  if (keyFields.length === 0) throw new RangeError('cellTasks: name at least one key field.');
  const groups = new Map<string, TaskResult[]>();
  for (const r of runs) {
    const key = cellKey(keyFields.map((f) => r[f]));
    let list = groups.get(key);
    if (!list) groups.set(key, (list = []));
    list.push({ task: r.task, seed: r.seed, passed: r.passed, timeS: r.agentTimeS, graderAccess: r.graderAccess });
  }
  const cells: Record<string, TaskResult[]> = {};
  for (const key of [...groups.keys()].sort(compareStrings)) {
    const list = groups.get(key) ?? [];
    cells[key] = list.sort((a, b) => compareStrings(a.task, b.task) || a.seed - b.seed);
  }
  return { keyFields: [...keyFields], cells };
}

/** Code-unit order: the same on every machine and locale. */
function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A TaskResult as a tuple, for the page's JSON island: [task, seed, passed (1/0), seconds, grader access]. */
export type PackedTask = [string, number, 0 | 1, number, GraderAccess];

export interface PackedCellTasks {
  keyFields: CellKeyField[];
  cells: Record<string, PackedTask[]>;
}

/** CellTasks with each run as a tuple: the heatmap's island is about half the size. */
export function packCells(ct: CellTasks): PackedCellTasks {
  const cells: Record<string, PackedTask[]> = {};
  for (const [key, runs] of Object.entries(ct.cells)) cells[key] = runs.map((r) => [r.task, r.seed, r.passed ? 1 : 0, r.timeS, r.graderAccess]);
  return { keyFields: [...ct.keyFields], cells };
}

/** One cell's runs back from their tuples. */
export function unpackRuns(rows: readonly PackedTask[]): TaskResult[] {
  return rows.map(([task, seed, passed, timeS, graderAccess]) => ({ task, seed, passed: passed === 1, timeS, graderAccess }));
}
