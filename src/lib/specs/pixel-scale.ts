/**
 * The few scale computations the builders do themselves, to place labels: they must agree with
 * the scales Vega-Lite draws, so every spec that relies on them fixes its domain explicitly
 * (nice: false, zero: false) rather than letting Vega-Lite choose one.
 */

export type Domain = readonly [number, number];

/** Pixel row of v on a vertical linear axis of `height` px, domain bottom to top. */
export function linearY(v: number, domain: Domain, height: number): number {
  const [d0, d1] = domain;
  return height * (1 - (v - d0) / (d1 - d0));
}

/** The value at pixel row y: the inverse of linearY. */
export function linearYInverse(y: number, domain: Domain, height: number): number {
  const [d0, d1] = domain;
  return d0 + (1 - y / height) * (d1 - d0);
}

/** Pixel column of v on a horizontal log axis of `width` px. */
export function logX(v: number, domain: Domain, width: number): number {
  const [d0, d1] = domain;
  return (width * (Math.log(v) - Math.log(d0))) / (Math.log(d1) - Math.log(d0));
}

/** The value at pixel column x: the inverse of logX. */
export function logXInverse(x: number, domain: Domain, width: number): number {
  const [d0, d1] = domain;
  return Math.exp(Math.log(d0) + (x / width) * (Math.log(d1) - Math.log(d0)));
}

const STEPS = [1, 2, 5] as const;

/**
 * A log-scale domain from the 1-2-5 series around [min, max], with some room on both sides so
 * that points and their labels are not cut by the frame. Both bounds must be positive.
 */
export function niceLogDomain(min: number, max: number, room = 1.25): [number, number] {
  if (!(min > 0) || !(max >= min) || !Number.isFinite(max)) {
    throw new RangeError(`A log scale needs positive finite values, got ${min} to ${max}.`);
  }
  const lo = min / room;
  const hi = max * room;
  let below = 0;
  let above = Infinity;
  for (let e = Math.floor(Math.log10(lo)) - 1; e <= Math.ceil(Math.log10(hi)) + 1; e++) {
    for (const s of STEPS) {
      const v = Number(`${s}e${e}`);
      if (v <= lo) below = v;
      if (v >= hi && v < above) above = v;
    }
  }
  return [below, above];
}

/**
 * A rate-axis domain (within [0, 1]) covering [min, max] with `pad` on each side, rounded out to
 * tenths: a slope chart spends its height on the differences, not on empty space down to 0%.
 */
export function rateDomain(min: number, max: number, pad = 0.05): [number, number] {
  const lo = Math.max(0, Math.floor((min - pad) * 10) / 10);
  const hi = Math.min(1, Math.ceil((max + pad) * 10) / 10);
  return lo < hi ? [lo, hi] : [Math.max(0, lo - 0.1), Math.min(1, hi + 0.1)];
}

/** Pixel column of v on a horizontal linear axis of `width` px. */
export function linearX(v: number, domain: Domain, width: number): number {
  const [d0, d1] = domain;
  return (width * (v - d0)) / (d1 - d0);
}

/** The value at pixel column x: the inverse of linearX. */
export function linearXInverse(x: number, domain: Domain, width: number): number {
  const [d0, d1] = domain;
  return d0 + (x / width) * (d1 - d0);
}

/**
 * A linear domain around [min, max] with `pad` of the span on each side (or around a single
 * value, one unit of its own size), fixed so that labels placed in pixels land where Vega draws.
 */
export function linearDomain(min: number, max: number, pad = 0.08): [number, number] {
  if (!Number.isFinite(min) || !Number.isFinite(max) || max < min) throw new RangeError(`A linear scale needs finite values, got ${min} to ${max}.`);
  const span = max - min || Math.abs(max) || 1;
  return [min - span * pad, max + span * pad];
}
