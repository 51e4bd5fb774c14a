import { describe, expect, it } from 'vitest';
import { claimMode, enforceClaim, evaluateClaim, type ClaimCheck } from '../../../src/lib/claims/claims';

const checks: Record<string, ClaimCheck<{ perfect: number }>> = {
  'one-perfect-cell': (c) => c.perfect === 1 || `${c.perfect} cells reach 16/16`,
};

describe('claims', () => {
  it('hold or explain why not', () => {
    expect(evaluateClaim('/2026/x/', 'one-perfect-cell', checks, { perfect: 1 })).toEqual({ post: '/2026/x/', id: 'one-perfect-cell', ok: true });
    expect(evaluateClaim('/2026/x/', 'one-perfect-cell', checks, { perfect: 2 })).toEqual({
      post: '/2026/x/', id: 'one-perfect-cell', ok: false, detail: '2 cells reach 16/16',
    });
  });
  it('warn by default and fail in strict mode, naming post and claim', () => {
    const broken = evaluateClaim('/2026/x/', 'one-perfect-cell', checks, { perfect: 0 });
    const warnings: string[] = [];
    enforceClaim(broken, 'warn', (m) => warnings.push(m));
    expect(warnings).toEqual(['[claims] /2026/x/: the claim "one-perfect-cell" no longer holds: 0 cells reach 16/16.']);
    expect(() => enforceClaim(broken, 'strict', () => {})).toThrow('/2026/x/: the claim "one-perfect-cell" no longer holds: 0 cells reach 16/16.');
  });
  it('reject an unknown claim id', () => {
    expect(() => evaluateClaim('/p/', 'nope', checks, { perfect: 1 })).toThrow('/p/: unknown claim "nope". Known claims: one-perfect-cell.');
  });
  it('read the mode from the environment', () => {
    expect(claimMode({})).toBe('warn');
    expect(claimMode({ CLAIMS: 'strict' })).toBe('strict');
    expect(claimMode({}, ['--strict'])).toBe('strict');
    expect(() => claimMode({ CLAIMS: 'loud' })).toThrow('CLAIMS must be "warn" or "strict", got "loud".');
  });
});
