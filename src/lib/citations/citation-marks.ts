import type CSL from 'citeproc';
import { doiUrl, httpUrl } from './link-identifiers';

/**
 * How citeproc's formatting reaches the page without any HTML. citeproc-js writes its output as
 * a string; its "html" format would have to be parsed back, and it copies URLs into attributes
 * unescaped. Instead the site registers an output format whose every decoration (italics, a
 * link, one cite of a cluster) is a mark made of Unicode noncharacters, which `parseMarks` turns
 * into a small tree. BibTeX values go through `text_escape`, which replaces the marks' characters
 * with U+FFFD, so a value can only ever become text.
 *
 * citeproc also reads HTML-like tags inside field values (`<i>`, `<b>`, `<sup>`, ...) as
 * formatting. The tags citation-js writes for LaTeX (`\textit{...}` becomes `<i>...</i>`,
 * `{Braces}` become a no-case span) must keep working, but a literal `<b>` typed in a .bib file
 * must stay text: `shieldAngleBrackets` hides the file's own "<" and ">" before citation-js reads
 * it, and `text_escape` gives them back as characters.
 */

// Noncharacters, which Unicode reserves for a program's internal use; citeproc strips the BMP
// private-use area from field values, so those would not survive.
const LT = '\uFDD0';
const GT = '\uFDD1';
const OPEN = '\uFDD2';
const SEP = '\uFDD3';
const CLOSE = '\uFDD4';
const OUR_CHARACTERS = /[\uFDD2-\uFDD4]/g;

/** Inline formatting a style can ask for, as marks. */
export type MarkStyle = 'italic' | 'bold' | 'small-caps' | 'upright' | 'sup' | 'sub';

export type MarkedNode =
  | { readonly kind: 'text'; readonly value: string }
  | { readonly kind: 'style'; readonly style: MarkStyle; readonly children: readonly MarkedNode[] }
  | { readonly kind: 'link'; readonly href: string; readonly children: readonly MarkedNode[] }
  | { readonly kind: 'cite'; readonly key: string; readonly children: readonly MarkedNode[] };

/** The name under which the format is registered with citeproc. */
export const MARKS_FORMAT = 'site-marks';

/** A .bib file's text with its own angle brackets hidden from citeproc (same length, same lines and columns). */
export function shieldAngleBrackets(source: string): string {
  return source.replace(/</g, LT).replace(/>/g, GT);
}

/** The original text of a shielded value. */
export function unshieldAngleBrackets(value: string): string {
  return value.replaceAll(LT, '<').replaceAll(GT, '>');
}

const mark = (tag: string, str: string): string => `${OPEN}${tag}${SEP}${str}${CLOSE}`;
const styled = (style: MarkStyle): CSL.Decoration => (_state, str) => mark(style, str);

/**
 * The output format, built on citeproc's plain-text one (so every decoration citeproc knows has
 * an entry) with the decorations the site shows replaced by marks.
 */
export function marksFormat(text: CSL.OutputFormat): CSL.OutputFormat {
  return {
    ...text,
    text_escape: (value) => unshieldAngleBrackets((value ?? '').replace(OUR_CHARACTERS, '\uFFFD')),
    '@font-style/italic': styled('italic'),
    '@font-style/oblique': styled('italic'),
    '@font-style/normal': styled('upright'),
    '@font-weight/bold': styled('bold'),
    '@font-variant/small-caps': styled('small-caps'),
    '@vertical-align/sup': styled('sup'),
    '@vertical-align/sub': styled('sub'),
    '@bibliography/entry': (_state, str) => str,
    '@cite/entry': function (this: CSL.Blob, _state: unknown, str: string) {
      // Numeric styles lose the id of cites they number or collapse ("1–3"): such a cite has key "".
      return mark(`cite ${this.item_id ?? ''}`, str);
    },
    '@URL/true': (_state, str) => {
      const href = httpUrl(str);
      return href ? mark(`link ${href}`, str) : str;
    },
    // citeproc puts URLs under this decoration too; a DOI comes bare or with the doi.org prefix.
    '@DOI/true': (_state, str) => {
      const href = /^https?:\/\/(?:dx\.)?doi\.org\//i.test(str) || httpUrl(str) === undefined ? doiUrl(str) : httpUrl(str);
      return mark(`link ${href}`, str);
    },
  };
}

interface Open {
  tag: string;
  children: MarkedNode[];
}

function close(open: Open): MarkedNode {
  const space = open.tag.indexOf(' ');
  const name = space === -1 ? open.tag : open.tag.slice(0, space);
  const arg = space === -1 ? '' : open.tag.slice(space + 1);
  if (name === 'cite') return { kind: 'cite', key: arg, children: open.children };
  if (name === 'link') return { kind: 'link', href: arg, children: open.children };
  return { kind: 'style', style: name as MarkStyle, children: open.children };
}

/** The tree of a string written in the marks format; neighbouring text is joined. */
export function parseMarks(output: string): MarkedNode[] {
  const root: Open = { tag: '', children: [] };
  const stack: Open[] = [root];
  const top = (): Open => stack[stack.length - 1] as Open;
  const pushText = (value: string): void => {
    if (value === '') return;
    const siblings = top().children;
    const last = siblings[siblings.length - 1];
    if (last?.kind === 'text') siblings[siblings.length - 1] = { kind: 'text', value: last.value + value };
    else siblings.push({ kind: 'text', value });
  };
  let at = 0;
  for (const m of output.matchAll(/\uFDD2([^\uFDD3]*)\uFDD3|\uFDD4/g)) {
    pushText(output.slice(at, m.index));
    at = m.index + m[0].length;
    if (m[1] !== undefined) {
      stack.push({ tag: m[1], children: [] });
    } else if (stack.length > 1) {
      const done = stack.pop() as Open;
      top().children.push(close(done));
    }
  }
  pushText(output.slice(at));
  // A mark citeproc left open (never seen) still keeps its text.
  while (stack.length > 1) {
    const done = stack.pop() as Open;
    top().children.push(close(done));
  }
  return root.children;
}

/** The text of marked nodes, marks dropped. */
export function markedText(nodes: readonly MarkedNode[]): string {
  return nodes.map((n) => (n.kind === 'text' ? n.value : markedText(n.children))).join('');
}
