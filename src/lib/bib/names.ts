import { latexToUnicode } from './latex-to-unicode';

/** One person of an author or editor list, as plain text. `von` is a lower-case particle ("van", "de la"). */
export interface PersonName {
  readonly first: string;
  readonly von: string;
  readonly last: string;
  readonly jr: string;
}

/** The people of an author or editor field; `others` when the list ended in "and others". */
export interface NameList {
  readonly names: readonly PersonName[];
  readonly others: boolean;
}

/** Splits at `separator` (a regex matching at the current position) wherever braces are balanced. */
function splitTopLevel(text: string, separator: RegExp): string[] {
  const parts: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (ch === '\\') {
      i += 1;
      continue;
    }
    if (ch === '{') depth += 1;
    else if (ch === '}') depth = Math.max(0, depth - 1);
    else if (depth === 0) {
      separator.lastIndex = i;
      const match = separator.exec(text);
      if (match && match.index === i) {
        parts.push(text.slice(from, i));
        from = i + match[0].length;
        i = from - 1;
      }
    }
  }
  parts.push(text.slice(from));
  return parts;
}

/**
 * Whether a name word starts with a lower-case letter, the BibTeX sign of a "von" particle.
 * A word that starts with a brace group (other than an accent like {\"o}) is protected and
 * counts as upper case, so {de Gaulle} stays one family name.
 */
function isLowerWord(word: string): boolean {
  if (word.startsWith('{') && !word.startsWith('{\\')) return false;
  const letter = /\p{L}/u.exec(latexToUnicode(word))?.[0];
  return letter !== undefined && letter === letter.toLowerCase() && letter !== letter.toUpperCase();
}

function words(part: string): string[] {
  return splitTopLevel(part.trim(), /\s+/y).filter((w) => w !== '');
}

function text(ws: readonly string[]): string {
  return latexToUnicode(ws.join(' '));
}

/** "von Last" from the words before the first comma (the last word is always part of Last). */
function vonLast(ws: readonly string[]): { von: string[]; last: string[] } {
  let split = 0;
  for (let i = 0; i < ws.length - 1; i += 1) if (isLowerWord(ws[i] as string)) split = i + 1;
  return { von: ws.slice(0, split), last: ws.slice(split) };
}

function parseName(raw: string): PersonName {
  const parts = splitTopLevel(raw, /,/y).map((p) => p.trim());
  if (parts.length === 1) {
    const ws = words(raw);
    const firstLower = ws.findIndex((w, i) => i < ws.length - 1 && isLowerWord(w));
    if (firstLower === -1) {
      return { first: text(ws.slice(0, -1)), von: '', last: text(ws.slice(-1)), jr: '' };
    }
    const { von, last } = vonLast(ws.slice(firstLower));
    return { first: text(ws.slice(0, firstLower)), von: text(von), last: text(last), jr: '' };
  }
  const { von, last } = vonLast(words(parts[0] ?? ''));
  if (parts.length === 2) {
    return { first: text(words(parts[1] ?? '')), von: text(von), last: text(last), jr: '' };
  }
  return { first: text(words(parts.slice(2).join(','))), von: text(von), last: text(last), jr: text(words(parts[1] ?? '')) };
}

/**
 * Parses a BibTeX name list: names separated by "and" (outside braces), each written
 * "First von Last", "von Last, First" or "von Last, Jr, First", with LaTeX converted to Unicode.
 * A trailing "and others" sets `others`. Throws LatexError on TeX it cannot convert.
 */
export function parseNames(raw: string): NameList {
  const chunks = splitTopLevel(raw.trim(), /\s+and\s+/iy).map((c) => c.trim());
  let others = false;
  if (chunks.length > 1 && chunks[chunks.length - 1]?.toLowerCase() === 'others') {
    others = true;
    chunks.pop();
  }
  return { names: chunks.filter((c) => c !== '').map(parseName), others };
}

/** The family name as cited: particle and last name, "van Hoof". */
export function familyName(name: PersonName): string {
  return name.von === '' ? name.last : `${name.von} ${name.last}`;
}

/** "Ronald J." becomes "R. J.", "Jean-Pierre" becomes "J.-P.", abbreviations such as "Ch." stay. */
export function initials(first: string): string {
  return first
    .split(/\s+/)
    .filter((w) => w !== '')
    .map((word) => {
      if (word.endsWith('.')) return word;
      return word
        .split('-')
        .map((piece) => {
          const letter = /\p{L}/u.exec(piece)?.[0];
          return letter === undefined ? piece : `${letter}.`;
        })
        .join('-');
    })
    .join(' ');
}

/** How a person appears in the reference list: "van Hoof, H.", "Williams, R. J.", "King, M. L., Jr." */
export function referenceName(name: PersonName): string {
  const given = initials(name.first);
  let out = familyName(name);
  if (given !== '') out += `, ${given}`;
  if (name.jr !== '') out += `, ${name.jr}`;
  return out;
}
