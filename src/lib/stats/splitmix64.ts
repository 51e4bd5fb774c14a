const MASK = (1n << 64n) - 1n;

/**
 * SplitMix64 (G. Steele, D. Lea, C. Flood, "Fast splittable pseudorandom number generators",
 * OOPSLA 2014; the constants of S. Vigna's reference splitmix64.c): a stream of 64-bit words
 * from any 64-bit seed. Used only to expand a seed into xoshiro128**'s state, as the xoshiro
 * authors recommend, so BigInt's slowness does not matter here.
 */
export function splitmix64(seed: bigint): () => bigint {
  let state = BigInt.asUintN(64, seed);
  return () => {
    state = (state + 0x9e3779b97f4a7c15n) & MASK;
    let z = state;
    z = ((z ^ (z >> 30n)) * 0xbf58476d1ce4e5b9n) & MASK;
    z = ((z ^ (z >> 27n)) * 0x94d049bb133111ebn) & MASK;
    return z ^ (z >> 31n);
  };
}
