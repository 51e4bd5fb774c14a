import { evaluateClaim, type ClaimCheck, type ClaimResult } from '../claims/claims';

/**
 * A post's claims bound to the data they are about, so a page can ask for one by id without
 * knowing what the checks need.
 */
export interface ClaimBook {
  /** Every claim id, sorted. */
  readonly ids: readonly string[];
  evaluate(post: string, id: string): ClaimResult;
}

export function claimBook<C>(checks: Readonly<Record<string, ClaimCheck<C>>>, ctx: C): ClaimBook {
  return {
    ids: Object.keys(checks).sort(),
    evaluate: (post, id) => evaluateClaim(post, id, checks, ctx),
  };
}

/** Each claim's verdict on the data, for tests and for listing what a new sweep broke. */
export function evaluateAll(book: ClaimBook, post: string): ClaimResult[] {
  return book.ids.map((id) => book.evaluate(post, id));
}
