/**
 * Label placement for text marks beside points. Vega-Lite has no label layout, and labels of
 * nearby points (two models at 55/80, say) would print on top of each other, so builders compute
 * label positions in pixels and hand them to the chart as data.
 */

interface Cluster {
  /** Indices into the order array, first and count. */
  first: number;
  n: number;
  /** Sum over members k (0-based within the cluster) of wanted - k * gap. */
  sum: number;
  /** Position of the first member. */
  pos: number;
}

/**
 * Positions as close as possible (least squares) to `wanted`, in the same order, at least `gap`
 * apart, within [lo, hi] where the span allows. Ties keep input order. O(n log n).
 */
export function spreadLabels(wanted: readonly number[], gap: number, lo = -Infinity, hi = Infinity): number[] {
  if (!(gap >= 0)) throw new RangeError(`spreadLabels: the gap must be zero or more, got ${gap}.`);
  const order = wanted.map((_, i) => i).sort((a, b) => (wanted[a] as number) - (wanted[b] as number) || a - b);
  const place = (c: Cluster): number => {
    const ideal = c.sum / c.n;
    const top = hi - (c.n - 1) * gap;
    // When the labels cannot all fit, the first one stays at lo and the rest run past hi.
    return Math.max(lo, Math.min(ideal, top));
  };
  const clusters: Cluster[] = [];
  order.forEach((index, k) => {
    let cur: Cluster = { first: k, n: 1, sum: wanted[index] as number, pos: 0 };
    cur.pos = place(cur);
    for (let prev = clusters[clusters.length - 1]; prev && prev.pos + prev.n * gap > cur.pos; prev = clusters[clusters.length - 1]) {
      clusters.pop();
      cur = { first: prev.first, n: prev.n + cur.n, sum: prev.sum + cur.sum - cur.n * prev.n * gap, pos: 0 };
      cur.pos = place(cur);
    }
    clusters.push(cur);
  });
  const out = new Array<number>(wanted.length);
  for (const c of clusters) {
    for (let k = 0; k < c.n; k++) out[order[c.first + k] as number] = c.pos + k * gap;
  }
  return out;
}
