import { enforceClaim, type ClaimMode, type ClaimResult } from '../claims/claims';

/**
 * enforceClaim, but a broken claim is reported once per build. A post renders more than once (its
 * page and its feed item), and one warning per claim is what a reader of the build log needs.
 */
export function enforceClaimOnce(r: ClaimResult, mode: ClaimMode, warn: (msg: string) => void, seen: Set<string>): void {
  if (r.ok) return;
  const key = JSON.stringify([r.post, r.id]);
  if (mode !== 'strict' && seen.has(key)) return;
  seen.add(key);
  enforceClaim(r, mode, warn);
}
