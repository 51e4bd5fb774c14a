import type { BibRecord } from './bib-record';
import { citationNames, citationYear } from './cite-label';
import { formatReference, type RefPart } from './format-reference';
import { sortReferences } from './sort-references';
import { yearSuffixes } from './year-suffixes';

/** How one work is cited and listed. */
export interface BibliographyEntry {
  readonly key: string;
  /** "Williams", "Mnih and Rezende", "Kool et al." */
  readonly names: string;
  /** "1992", "2017a", "n.d." */
  readonly year: string;
  readonly parts: readonly RefPart[];
}

/**
 * The reference list of the cited works: sorted by authors then year, with a/b letters for works
 * that would otherwise be cited the same way. Letters are assigned among the cited works only,
 * so they match what the reader sees.
 */
export function buildBibliography(cited: readonly BibRecord[]): BibliographyEntry[] {
  const sorted = sortReferences(cited);
  const suffixes = yearSuffixes(sorted);
  return sorted.map((record) => {
    const suffix = suffixes.get(record.key) ?? '';
    return { key: record.key, names: citationNames(record), year: citationYear(record, suffix), parts: formatReference(record, suffix) };
  });
}
