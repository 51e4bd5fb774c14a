/** One cited work: `[see @key, p. 3]` has prefix "see" and locator "p. 3"; `-@key` suppresses the names. */
export interface CitedItem {
  readonly key: string;
  readonly prefix: string;
  readonly locator: string;
  readonly suppressAuthor: boolean;
}

/** `[@a; @b]` (parenthetical) or a bare `@a` in prose (narrative), with its span in the text. */
export interface FoundCitation {
  readonly kind: 'parenthetical' | 'narrative';
  readonly start: number;
  readonly end: number;
  readonly items: readonly CitedItem[];
}

/** Keys start and end with a letter, digit or "_" and may hold ":", ".", "-", "/", "+" inside. */
const KEY = '[\\p{L}\\p{N}_](?:[\\p{L}\\p{N}_:.\\-/+]*[\\p{L}\\p{N}_])?';
const ITEM = new RegExp(`^\\s*(?:(.*?)\\s+)?(-?)@(${KEY})\\s*(?:,\\s*(.*?))?\\s*$`, 'su');
const BRACKET = /\[([^[\]]*@[^[\]]*)\]/gu;
// Not after a letter, digit or e-mail punctuation, so "me@example.org" is never a citation.
const NARRATIVE = new RegExp(`(?<![\\p{L}\\p{N}_@.+\\-])@(${KEY})`, 'gu');

function parseItems(inside: string): CitedItem[] | undefined {
  const items: CitedItem[] = [];
  for (const part of inside.split(';')) {
    const match = ITEM.exec(part);
    if (!match) return undefined;
    const prefix = match[1] ?? '';
    // A prefix holding another "@" means the bracket is not a citation list ("[a@b @c]").
    if (prefix.includes('@')) return undefined;
    items.push({ key: match[3] as string, prefix, locator: match[4] ?? '', suppressAuthor: match[2] === '-' });
  }
  return items;
}

/**
 * The citations in a run of text, in order. Brackets whose every `;`-separated part is
 * `[prefix] [-]@key[, locator]` are parenthetical citations; with `narrative`, a bare `@key`
 * elsewhere is a narrative one.
 */
export function findCitations(text: string, narrative: boolean): FoundCitation[] {
  const found: FoundCitation[] = [];
  for (const m of text.matchAll(BRACKET)) {
    const items = parseItems(m[1] as string);
    if (items) found.push({ kind: 'parenthetical', start: m.index, end: m.index + m[0].length, items });
  }
  if (narrative) {
    for (const m of text.matchAll(NARRATIVE)) {
      const start = m.index;
      if (found.some((f) => f.kind === 'parenthetical' && start >= f.start && start < f.end)) continue;
      found.push({
        kind: 'narrative',
        start,
        end: start + m[0].length,
        items: [{ key: m[1] as string, prefix: '', locator: '', suppressAuthor: false }],
      });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
