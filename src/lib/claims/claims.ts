/**
 * A claim is a sentence a post makes about its data ("pi is the strongest harness"), paired with
 * a check the build runs against the current data. When a new sweep breaks a claim the build
 * says so, naming the post and the claim, instead of publishing prose the data no longer backs.
 */
export type ClaimCheck<C> = (ctx: C) => true | string;

export interface ClaimResult {
  post: string;
  id: string;
  ok: boolean;
  /** Why the claim no longer holds, in terms of the data. */
  detail?: string;
}

export type ClaimMode = 'warn' | 'strict';

export class ClaimError extends Error {
  readonly exitCode = 1;
  constructor(readonly result: ClaimResult) {
    super(describeClaimFailure(result));
    this.name = 'ClaimError';
  }
}

/** `CLAIMS=strict` (or `--strict` passed through npm run build) turns broken claims into build failures. */
export function claimMode(env: Record<string, string | undefined>, argv: readonly string[] = []): ClaimMode {
  const v = env['CLAIMS']?.toLowerCase();
  if (v === 'strict' || argv.includes('--strict')) return 'strict';
  if (v !== undefined && v !== '' && v !== 'warn') {
    throw new Error(`CLAIMS must be "warn" or "strict", got "${env['CLAIMS']}".`);
  }
  return 'warn';
}

export function evaluateClaim<C>(post: string, id: string, checks: Readonly<Record<string, ClaimCheck<C>>>, ctx: C): ClaimResult {
  const check = checks[id];
  if (!check) {
    throw new Error(`${post}: unknown claim "${id}". Known claims: ${Object.keys(checks).sort().join(', ')}.`);
  }
  const verdict = check(ctx);
  return verdict === true ? { post, id, ok: true } : { post, id, ok: false, detail: verdict };
}

/**
 * What a post's `<Claim holds={...}>` may say of its data: true or false, a sentence saying what
 * the data shows instead (a failed check), or a verdict from a comparison helper (see
 * comparisons.ts), which says what the data shows either way.
 */
export type ClaimCondition = boolean | string | { ok: boolean; detail: string; method?: string | undefined };

/** The result of a claim whose condition the post computed itself. */
export function conditionResult(post: string, id: string, holds: ClaimCondition): ClaimResult {
  if (holds === true) return { post, id, ok: true };
  if (holds === false) return { post, id, ok: false, detail: 'its condition is false for the current data' };
  if (typeof holds === 'string') return { post, id, ok: false, detail: holds };
  return holds.ok ? { post, id, ok: true } : { post, id, ok: false, detail: holds.detail };
}

export function describeClaimFailure(r: ClaimResult): string {
  return `${r.post}: the claim "${r.id}" no longer holds: ${r.detail ?? 'check failed'}.`;
}

/** Applies the mode: a broken claim is a warning by default and an error in strict mode. */
export function enforceClaim(r: ClaimResult, mode: ClaimMode, warn: (msg: string) => void): void {
  if (r.ok) return;
  if (mode === 'strict') throw new ClaimError(r);
  warn(`[claims] ${describeClaimFailure(r)}`);
}
