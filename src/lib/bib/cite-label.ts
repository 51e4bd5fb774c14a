import type { BibRecord } from './bib-record';
import { familyName } from './names';

/**
 * The names part of an author-year citation: "Williams", "Mnih and Rezende", "Schulman et al."
 * (three or more authors, or a list ending in "and others"). Without names, the title stands in,
 * and without a title, the key.
 */
export function citationNames(record: BibRecord): string {
  const { names, others } = record.names;
  const [first, second] = names;
  if (first === undefined) return record.title ?? record.key;
  if (names.length >= 3 || others) return `${familyName(first)} et al.`;
  if (second !== undefined) return `${familyName(first)} and ${familyName(second)}`;
  return familyName(first);
}

/** The year as cited, with its disambiguating letter: "2017", "2017a", "n.d.". */
export function citationYear(record: BibRecord, suffix: string): string {
  return `${record.year ?? 'n.d.'}${suffix}`;
}
