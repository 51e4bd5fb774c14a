/** Small numbers in running prose read better as words ("two cells"); larger ones stay digits. */
const WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth'];

/** 2 -> "two", 16 -> "16". */
export function countWord(n: number): string {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`countWord: expected a whole number >= 0, got ${n}.`);
  return WORDS[n] ?? String(n);
}

/** 3 -> "third", 14 -> "14th". */
export function ordinalWord(n: number): string {
  if (!Number.isSafeInteger(n) || n < 1) throw new RangeError(`ordinalWord: expected a whole number >= 1, got ${n}.`);
  const w = ORDINALS[n - 1];
  if (w !== undefined) return w;
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
  return `${n}${suffix}`;
}

/** British English, which writes no comma before the last "and" ("a, b and c"). */
const AND = new Intl.ListFormat('en-GB', { type: 'conjunction' });
const OR = new Intl.ListFormat('en-GB', { type: 'disjunction' });

/** ["a"] -> "a", ["a", "b"] -> "a and b", ["a", "b", "c"] -> "a, b and c"; [] -> ""; with "or", "a, b or c". */
export function listWords(items: readonly string[], conjunction: 'and' | 'or' = 'and'): string {
  return (conjunction === 'or' ? OR : AND).format(items);
}

/** "one cell" / "two cells". */
export function countNoun(n: number, singular: string, plural = `${singular}s`): string {
  return `${countWord(n)} ${n === 1 ? singular : plural}`;
}

/** First letter upper-cased, for a computed word that opens a sentence. */
export function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** A title inside a sentence: "Pass rate" -> "pass rate", but "GPU hours" and "F1" stay as they are. */
export function inSentence(title: string): string {
  return /^[A-Z][^A-Z0-9]/u.test(title) ? title.charAt(0).toLowerCase() + title.slice(1) : title;
}
