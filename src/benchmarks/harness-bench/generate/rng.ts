/**
 * Small seeded random number generator for the harness-bench reconstruction. Math.random cannot
 * be seeded, and the data must come out byte-identical on every machine, so this uses sfc32
 * (32-bit integer arithmetic only, identical in every JS engine) seeded through splitmix32.
 * Each stage of the generator draws from its own stream, keyed by a label, so changing how one
 * stage consumes numbers does not reshuffle the others.
 */
export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Standard normal (Box-Muller). */
  normal(): number;
  /** Standard Gumbel, for perturbing scores so an optimum becomes a random draw. */
  gumbel(): number;
}

function splitmix32(state: number): () => number {
  let s = state >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
}

/** FNV-1a over the label's UTF-16 code units: turns a stream name into a 32-bit salt. */
function hashLabel(label: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < label.length; i++) {
    h ^= label.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

export function createRng(seed: number, label: string): Rng {
  const mix = splitmix32((seed >>> 0) ^ hashLabel(label));
  let a = mix();
  let b = mix();
  let c = mix();
  let d = mix();
  const u32 = (): number => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) >>> 0;
    return t;
  };
  // Discard the first outputs: sfc32 needs a few rounds to decorrelate from its seed.
  for (let i = 0; i < 12; i++) u32();
  const next = (): number => u32() / 4294967296;
  // Open interval (0, 1) so logarithms below never see zero.
  const open = (): number => (u32() + 0.5) / 4294967296;
  return {
    next,
    normal: () => Math.sqrt(-2 * Math.log(open())) * Math.cos(2 * Math.PI * next()),
    gumbel: () => -Math.log(-Math.log(open())),
  };
}
