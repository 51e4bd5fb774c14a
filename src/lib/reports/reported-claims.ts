/** Broken claims already reported in this build (keys from enforceClaimOnce); one per process. */
export const reportedClaims = new Set<string>();
