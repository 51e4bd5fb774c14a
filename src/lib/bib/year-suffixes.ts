import type { BibRecord } from './bib-record';
import { citationNames } from './cite-label';

/**
 * Letters that tell apart works cited the same way ("Jang et al., 2017a" and "2017b"), given the
 * records in reference-list order: the first of a clashing group gets "a", the next "b", and so
 * on. Records that do not clash get "". Keyed by citation key.
 */
export function yearSuffixes(sorted: readonly BibRecord[]): Map<string, string> {
  const groups = new Map<string, BibRecord[]>();
  for (const record of sorted) {
    const label = `${citationNames(record)}\u0000${record.year ?? ''}`;
    const group = groups.get(label);
    if (group) group.push(record);
    else groups.set(label, [record]);
  }
  const suffixes = new Map<string, string>();
  for (const group of groups.values()) {
    group.forEach((record, i) => {
      suffixes.set(record.key, group.length === 1 ? '' : suffixLetter(i));
    });
  }
  return suffixes;
}

/** a, b, ..., z, aa, ab, ... */
function suffixLetter(index: number): string {
  let n = index;
  let out = '';
  do {
    out = String.fromCharCode(97 + (n % 26)) + out;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return out;
}
