import type { BibRecord } from './bib-record';
import { citationNames } from './cite-label';

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

function compareText(a: string, b: string): number {
  return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}

/** People sort by last name (particles ignored, "van Hoof" under H), then first name, name by name. */
function compareNames(a: BibRecord, b: BibRecord): number {
  const an = a.names.names;
  const bn = b.names.names;
  if (an.length === 0 || bn.length === 0) {
    // An entry without names files under its title, as it is cited.
    return compareText(citationNames(a), citationNames(b));
  }
  for (let i = 0; i < Math.min(an.length, bn.length); i += 1) {
    const x = an[i];
    const y = bn[i];
    if (x === undefined || y === undefined) break;
    const order = compareText(x.last, y.last) || compareText(x.von, y.von) || compareText(x.first, y.first);
    if (order !== 0) return order;
  }
  return an.length - bn.length;
}

function compareYears(a: string | undefined, b: string | undefined): number {
  // Undated entries ("n.d.") come after dated ones by the same authors.
  if (a === undefined || b === undefined) return (a === undefined ? 1 : 0) - (b === undefined ? 1 : 0);
  return compareText(a, b);
}

/** Orders a reference list by authors, then year, then title, then key (so the order is total and stable). */
export function sortReferences(records: readonly BibRecord[]): BibRecord[] {
  return [...records].sort(
    (a, b) =>
      compareNames(a, b) ||
      compareYears(a.year, b.year) ||
      compareText(a.title ?? '', b.title ?? '') ||
      (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
}
