import { splitmix64 } from './splitmix64';

/**
 * xoshiro128** 1.1 (D. Blackman and S. Vigna, "Scrambled linear pseudorandom number generators",
 * ACM Trans. Math. Softw. 47(4):36, 2021): a small, fast 32-bit generator with a 2^128 - 1
 * period that passes BigCrush. Everything is 32-bit integer arithmetic (Math.imul, shifts), so a
 * seed gives the same stream bit for bit in every JavaScript engine, unlike Math.random, which
 * cannot be seeded at all.
 */
export class Xoshiro128StarStar {
  // The four state words, kept as signed 32-bit integers: only bitwise operations touch them.
  private s0: number;
  private s1: number;
  private s2: number;
  private s3: number;

  /** Starts from four 32-bit state words, not all zero (the reference code's `s[0..3]`). */
  constructor(state: readonly [number, number, number, number]) {
    if (state.every((w) => w === 0)) throw new RangeError('Xoshiro128StarStar: the state must not be all zeros.');
    for (const w of state) {
      if (!Number.isInteger(w) || w < 0 || w > 0xffffffff) {
        throw new RangeError(`Xoshiro128StarStar: state words must be whole numbers from 0 to 2^32 - 1, got ${w}.`);
      }
    }
    this.s0 = state[0] | 0;
    this.s1 = state[1] | 0;
    this.s2 = state[2] | 0;
    this.s3 = state[3] | 0;
  }

  /**
   * Seeds from a whole number: the first two SplitMix64 outputs for that seed, each split into
   * its low and then its high 32 bits, become the four state words.
   */
  static fromSeed(seed: number): Xoshiro128StarStar {
    if (!Number.isSafeInteger(seed) || seed < 0) {
      throw new RangeError(`Xoshiro128StarStar: the seed must be a whole number from 0 to 2^53 - 1, got ${seed}.`);
    }
    const next = splitmix64(BigInt(seed));
    const a = next();
    const b = next();
    const word = (x: bigint, shift: bigint): number => Number((x >> shift) & 0xffffffffn);
    return new Xoshiro128StarStar([word(a, 0n), word(a, 32n), word(b, 0n), word(b, 32n)]);
  }

  /** The next 32-bit output, as a number from 0 to 2^32 - 1. */
  nextUint32(): number {
    const result = Math.imul(rotl(Math.imul(this.s1, 5), 7), 9) >>> 0;
    const t = this.s1 << 9;
    this.s2 ^= this.s0;
    this.s3 ^= this.s1;
    this.s1 ^= this.s2;
    this.s0 ^= this.s3;
    this.s2 ^= t;
    this.s3 = rotl(this.s3, 11);
    return result;
  }

  /**
   * A uniform whole number from 0 to n - 1 (n from 1 to 2^32). Rejects the top partial block of
   * outputs so that every value is exactly equally likely, instead of the slight bias of
   * `next % n` or `floor(float * n)`.
   */
  nextBelow(n: number): number {
    if (!Number.isInteger(n) || n < 1 || n > 2 ** 32) {
      throw new RangeError(`Xoshiro128StarStar: nextBelow needs a whole number from 1 to 2^32, got ${n}.`);
    }
    const limit = 2 ** 32 - (2 ** 32 % n);
    for (;;) {
      const r = this.nextUint32();
      if (r < limit) return r % n;
    }
  }
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}
