import { keyField, type Row } from './read-field';

export interface Pair<A, B> {
  /** The item's key as text, e.g. "harness=pi, task=jax1". */
  key: string;
  a: A;
  b: B;
}

export interface Pairing<A, B> {
  /** In the order of A's rows. */
  pairs: Pair<A, B>[];
  /** Keys of A's rows with no row in B, in A's order; likewise for B. */
  onlyInA: string[];
  onlyInB: string[];
}

export interface PairOptions {
  /** Return unmatched items in onlyInA/onlyInB instead of failing (the default is to fail). */
  allowUnmatched?: boolean;
}

/**
 * Matches two conditions' rows item by item on the key fields (e.g. ["harness", "task"]), for
 * the paired comparisons. Each item must appear at most once per side: several runs of one
 * item are for the caller to aggregate first, since how (a mean, a majority) is a choice about
 * the claim. By default an item present on one side only is an error listing the missing keys,
 * because silently comparing a subset is how a paired claim goes wrong.
 */
export function pairByKey<A extends Row, B extends Row>(
  a: readonly A[],
  b: readonly B[],
  keys: readonly string[],
  options: PairOptions = {},
): Pairing<A, B> {
  if (keys.length === 0) throw new RangeError('pairByKey: name at least one key field to pair on.');
  const sideA = index(a, keys, 'A');
  const sideB = index(b, keys, 'B');
  const pairs: Pair<A, B>[] = [];
  const onlyInA: string[] = [];
  for (const [id, { key, row }] of sideA) {
    const match = sideB.get(id);
    if (match) pairs.push({ key, a: row, b: match.row });
    else onlyInA.push(key);
  }
  const onlyInB = [...sideB].filter(([id]) => !sideA.has(id)).map(([, { key }]) => key);
  if (!options.allowUnmatched && (onlyInA.length > 0 || onlyInB.length > 0)) {
    const left = [unmatched(onlyInA, 'A', 'B'), unmatched(onlyInB, 'B', 'A')].filter((s) => s !== '');
    throw new RangeError(`pairByKey: pairing on ${keys.join(', ')} left ${left.join(' and ')}.`);
  }
  return { pairs, onlyInA, onlyInB };
}

/** Rows by key; the map keeps first-seen order. The id is JSON so that no value can fake a separator. */
function index<R extends Row>(
  rows: readonly R[],
  keys: readonly string[],
  side: string,
): Map<string, { key: string; row: R; at: number }> {
  const out = new Map<string, { key: string; row: R; at: number }>();
  rows.forEach((row, i) => {
    const values = keys.map((k) => keyField(row, k, i, `pairByKey (side ${side})`));
    const id = JSON.stringify(values);
    const key = keys.map((k, j) => `${k}=${values[j] ?? ''}`).join(', ');
    const seen = out.get(id);
    if (seen) {
      throw new RangeError(
        `pairByKey: rows ${seen.at + 1} and ${i + 1} of side ${side} are both ${key}; each item must appear once per side ` +
          '(aggregate repeated runs first).',
      );
    }
    out.set(id, { key, row, at: i });
  });
  return out;
}

function unmatched(keys: readonly string[], side: string, other: string): string {
  if (keys.length === 0) return '';
  const shown = keys.slice(0, 5).join('; ');
  const more = keys.length > 5 ? `; and ${keys.length - 5} more` : '';
  return `${keys.length} item${keys.length === 1 ? '' : 's'} of ${side} with no match in ${other} (${shown}${more})`;
}
