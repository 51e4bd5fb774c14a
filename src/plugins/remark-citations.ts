import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { RemarkPlugin } from '@astrojs/markdown-remark';
import type { List, ListItem, PhrasingContent, Root } from 'mdast';
import type { VFile } from 'vfile';
import type { BibRecord } from '../lib/bib/bib-record';
import { BibtexError } from '../lib/bib/bibtex-error';
import { buildBibliography, type BibliographyEntry } from '../lib/bib/bibliography';
import { CitationError } from '../lib/bib/citation-error';
import { findCitations, type CitedItem } from '../lib/bib/find-citations';
import { BibliographyPathError, bibliographyPath, loadBibliography } from '../lib/bib/load-bibliography';
import { replaceInText } from '../lib/crossref/replace-in-text';
import { displayPath, locateInSource, sourceText, type SourcePoint } from '../lib/crossref/source-location';

export interface RemarkCitationsOptions {
  /** Where front-matter `bibliography` names are looked up. Default: src/content/bib under the working directory. */
  bibDir?: string;
}

export const REFERENCES_HEADING = 'References';

/** Where the post's front matter says `bibliography:`, read from the file itself (MDX blanks it out of the text remark sees). */
function frontmatterPoint(path: string | undefined): SourcePoint {
  if (!path) return { line: 1, column: 1 };
  try {
    const lines = readFileSync(path, 'utf8').split('\n');
    const index = lines.findIndex((l) => /^bibliography\s*:/.test(l));
    return index === -1 ? { line: 1, column: 1 } : { line: index + 1, column: 1 };
  } catch {
    return { line: 1, column: 1 };
  }
}

function frontmatterOf(file: VFile): Record<string, unknown> {
  const astro = (file.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro;
  return astro?.frontmatter ?? {};
}

function citeLink(entry: BibliographyEntry, text: string): PhrasingContent {
  return { type: 'link', url: `#ref-${entry.key}`, children: [{ type: 'text', value: text }], data: { hProperties: { className: ['citation'] } } };
}

function referenceList(entries: readonly BibliographyEntry[]): List {
  const items: ListItem[] = entries.map((entry) => ({
    type: 'listItem',
    spread: false,
    data: { hProperties: { id: `ref-${entry.key}` } },
    children: [
      {
        type: 'paragraph',
        children: entry.parts.map((part): PhrasingContent =>
          part.kind === 'emphasis' ? { type: 'emphasis', children: [{ type: 'text', value: part.value }] } : { type: 'text', value: part.value },
        ),
      },
    ],
  }));
  return { type: 'list', ordered: false, spread: false, data: { hProperties: { className: ['references'] } }, children: items };
}

/**
 * Author-year citations from a BibTeX file. The post's front matter names the file
 * (`bibliography: refs.bib`, looked up in `bibDir`); `[@key]`, `[@a; @b]`, `[see @key, p. 3]` and
 * `[-@key]` become "(Williams, 1992)", "(Williams, 1992; Mnih and Rezende, 2016)",
 * "(see Williams, 1992, p. 3)" and "(1992)", and a bare `@key` becomes "Williams (1992)" in posts
 * that have a bibliography. Each name-year pair links to `#ref-key` in a "References" section
 * appended to the post, listing only the cited works. BibTeX values reach the page as text nodes,
 * never as HTML.
 *
 * An unknown key, a citation in a post without `bibliography`, a missing .bib file or a BibTeX
 * error is a CitationError naming the post (and, for BibTeX errors, the .bib line).
 */
export const remarkCitations: RemarkPlugin<[RemarkCitationsOptions?]> = function remarkCitations(options = {}) {
  const bibDir = resolve(options.bibDir ?? 'src/content/bib');
  return (tree: Root, file: VFile) => {
    const post = displayPath(file.path);
    const source = sourceText(file.value);
    const bibName = frontmatterOf(file)['bibliography'];
    const hasBibliography = typeof bibName === 'string';

    let records: Map<string, BibRecord> | undefined;
    let shownBib = '';
    const load = (at: () => SourcePoint, key: string): Map<string, BibRecord> => {
      if (records) return records;
      if (!hasBibliography) {
        throw new CitationError(
          `The post cites "@${key}" but its front matter has no "bibliography" field; add "bibliography: <name>.bib" naming a file in ${displayPath(bibDir)}.`,
          { file: post, ...at(), key },
        );
      }
      try {
        const path = bibliographyPath(bibDir, bibName);
        shownBib = displayPath(path);
        records = loadBibliography(path, shownBib);
        return records;
      } catch (error) {
        const where = frontmatterPoint(file.path);
        if (error instanceof BibliographyPathError) throw new CitationError(error.message, { file: post, ...where, key: bibName, cause: error });
        if (error instanceof BibtexError) {
          throw new CitationError(`The bibliography "${bibName}" cannot be used: ${error.message}`, { file: post, ...where, key: bibName, cause: error });
        }
        throw error;
      }
    };

    // A named bibliography is read even when nothing is cited yet, so a wrong name fails at once.
    if (hasBibliography) load(() => frontmatterPoint(file.path), bibName);

    // First pass (no replacements): find and check every citation, so labels and a/b letters are known.
    const cited = new Map<string, BibRecord>();
    replaceInText(tree, (node) => {
      for (const found of findCitations(node.value, hasBibliography)) {
        const written = node.value.slice(found.start, found.end);
        for (const item of found.items) {
          const at = (): SourcePoint => {
            const group = locateInSource(source, node.position, written, countBefore(node.value, written, found.start));
            // Point at the key itself when it sits on the group's first line.
            const offset = written.indexOf(`@${item.key}`);
            return offset > 0 && !written.slice(0, offset).includes('\n') ? { line: group.line, column: group.column + offset } : group;
          };
          const all = load(at, item.key);
          const record = all.get(item.key);
          if (!record) {
            const near = [...all.keys()].find((k) => k.toLowerCase() === item.key.toLowerCase());
            const hint = near ? ` (keys are case-sensitive: did you mean "${near}"?)` : '';
            throw new CitationError(`The citation key "${item.key}" is not in ${shownBib}${hint}.`, { file: post, ...at(), key: item.key });
          }
          cited.set(item.key, record);
        }
      }
      return [];
    });
    if (cited.size === 0) return;

    const entries = new Map(buildBibliography([...cited.values()]).map((e) => [e.key, e]));
    const entryOf = (item: CitedItem): BibliographyEntry => entries.get(item.key) as BibliographyEntry;

    replaceInText(tree, (node, { insideLink }) =>
      findCitations(node.value, hasBibliography).map((found) => {
        const nodes: PhrasingContent[] = [];
        const push = (entry: BibliographyEntry, text: string) => nodes.push(insideLink ? { type: 'text', value: text } : citeLink(entry, text));
        const plain = (text: string) => nodes.push({ type: 'text', value: text });
        if (found.kind === 'narrative') {
          const entry = entryOf(found.items[0] as CitedItem);
          push(entry, `${entry.names} (${entry.year})`);
        } else {
          plain('(');
          found.items.forEach((item, i) => {
            const entry = entryOf(item);
            if (i > 0) plain('; ');
            if (item.prefix) plain(`${item.prefix} `);
            push(entry, item.suppressAuthor ? entry.year : `${entry.names}, ${entry.year}`);
            if (item.locator) plain(`, ${item.locator}`);
          });
          plain(')');
        }
        return { start: found.start, end: found.end, nodes: mergeText(nodes) };
      }),
    );

    tree.children.push(
      { type: 'heading', depth: 2, children: [{ type: 'text', value: REFERENCES_HEADING }] },
      referenceList([...entries.values()]),
    );
  };
};

function countBefore(text: string, needle: string, end: number): number {
  return text.slice(0, end).split(needle).length - 1;
}

function mergeText(nodes: PhrasingContent[]): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  for (const node of nodes) {
    const last = out[out.length - 1];
    if (last?.type === 'text' && node.type === 'text') out[out.length - 1] = { type: 'text', value: last.value + node.value };
    else out.push(node);
  }
  return out;
}

export default remarkCitations;
