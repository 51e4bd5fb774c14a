import { expect } from 'vitest';

/** Asserts |actual - expected| <= tol * max(1, |expected|): relative for large values, absolute near 0. */
export function expectClose(actual: number, expected: number, tol: number): void {
  const err = Math.abs(actual - expected) / Math.max(1, Math.abs(expected));
  expect(err, `${actual} vs ${expected}`).toBeLessThanOrEqual(tol);
}
