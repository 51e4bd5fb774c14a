/**
 * What a page's figures, tables and claims did to show or test uncertainty (which interval, which
 * test, at which level, with which seed), as they did it: each records a line here while the
 * page renders, and the post layout prints the lines under "Methods" once the post's content has
 * rendered. Held on globalThis because the pages and the components are separate module
 * instances in a build.
 */
const KEY = Symbol.for('research-site.methods-note');
type Holder = { [KEY]?: Map<string, Map<string, MethodLine>> };

/** One line of a methods note. */
export interface MethodLine {
  /** What it is about: "Figure 3", "Table 2", or a claim. */
  subject: string;
  /** Where it sorts: figures, then tables, then claims; each by number or name. */
  order: [number, number | string];
  /** The method in a sentence. */
  text: string;
}

function pages(): Map<string, Map<string, MethodLine>> {
  const g = globalThis as Holder;
  return (g[KEY] ??= new Map());
}

/** Records a method used on the page at `page` (its path); the same subject recorded twice keeps one line. */
export function recordMethod(page: string, line: MethodLine): void {
  let lines = pages().get(page);
  if (!lines) pages().set(page, (lines = new Map()));
  lines.set(line.subject, line);
}

/** The methods recorded for a page, in a stable order: figures by number, then tables, then claims by id. */
export function methodsOf(page: string): MethodLine[] {
  const lines = [...(pages().get(page)?.values() ?? [])];
  return lines.sort((a, b) => a.order[0] - b.order[0] || (a.order[1] < b.order[1] ? -1 : a.order[1] > b.order[1] ? 1 : 0));
}

/** The order of a numbered figure or table ("3" or undefined for an unnumbered one), for sorting its line. */
export function numbered(kind: 'figure' | 'table', number: string | number | undefined): MethodLine['order'] {
  const n = Number(number);
  return [kind === 'figure' ? 0 : 1, Number.isFinite(n) ? n : Number.MAX_SAFE_INTEGER];
}
