import { LABEL_NAME, type LabelKind } from './labels';

/** A `@eq:name` style reference in a run of text. `name` is empty when nothing valid follows the colon. */
export interface FoundReference {
  readonly kind: LabelKind;
  readonly name: string;
  readonly start: number;
  readonly end: number;
}

// Not after a letter, digit or e-mail punctuation, so "me@fig:x" or "a.b@eq:c" are not references.
const REFERENCE = new RegExp(`(?<![\\p{L}\\p{N}_@.+\\-])@(eq|fig|tab):(${LABEL_NAME})?`, 'gu');

/** The cross-references in a text, in order. */
export function findReferences(text: string): FoundReference[] {
  return [...text.matchAll(REFERENCE)].map((m) => ({
    kind: m[1] as LabelKind,
    name: m[2] ?? '',
    start: m.index,
    end: m.index + m[0].length,
  }));
}
