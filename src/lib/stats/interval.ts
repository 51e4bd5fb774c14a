/** A closed interval [lo, hi] on the scale of the quantity it bounds. */
export interface Interval {
  lo: number;
  hi: number;
}
