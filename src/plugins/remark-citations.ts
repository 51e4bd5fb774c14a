// Citations through CSL with citation-js (@citation-js/plugin-bibtex reads the .bib file,
// @citation-js/plugin-csl brings the styles and locales, citeproc-js formats), rather than
// rehype-citation. rehype-citation runs on the HTML tree and would need as much glue again to meet
// the site's rules: it skips unknown keys silently instead of failing the build with the post's
// line and column, renders a whole cluster as one span (no link per cite) and the reference list
// as <div>s with its own ids, parses citeproc's HTML output back into the page without sanitising
// it, and bundles its own older copy of citation-js. Here the Markdown tree keeps the position of
// every `[@key]` for errors, citeproc's output comes back as marks turned into Markdown nodes
// (src/lib/citations/citation-marks.ts), and BibTeX values reach the page only as text.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { RemarkPlugin } from '@astrojs/markdown-remark';
import type { List, ListItem, PhrasingContent, Root } from 'mdast';
import type { VFile } from 'vfile';
import { BibtexError } from '../lib/citations/bibtex-error';
import { CitationError } from '../lib/citations/citation-error';
import { contentFilePath, ContentFileError, readContentFile, type ContentFileKind } from '../lib/citations/content-file';
import type { CslStyle } from '../lib/citations/csl-style';
import type { FormattedCitations } from '../lib/citations/format-citations';
import { findCitations, type FoundCitation } from '../lib/citations/find-citations';
import type { BibItem } from '../lib/citations/read-bibtex';
import { replaceInText } from '../lib/crossref/replace-in-text';
import { displayPath, locateInSource, sourceText, type SourcePoint } from '../lib/crossref/source-location';

export interface RemarkCitationsOptions {
  /** Where front-matter `bibliography` names are looked up. Default: src/content/bib under the working directory. */
  bibDir?: string;
  /** Where `.csl` style files are looked up. Default: src/content/csl under the working directory. */
  cslDir?: string;
  /** The site's style when a post sets no `csl`: a citation-js template name or a .csl file in `cslDir`. Default: "apa". */
  style?: string;
}

export const REFERENCES_HEADING = 'References';

const BIB_FILE: ContentFileKind = { what: 'bibliography', example: 'refs.bib' };

/** Where the post's front matter sets `field:`, read from the file itself (MDX blanks it out of the text remark sees). */
function frontmatterPoint(path: string | undefined, field: string): SourcePoint {
  if (!path) return { line: 1, column: 1 };
  try {
    const lines = readFileSync(path, 'utf8').split('\n');
    const index = lines.findIndex((l) => new RegExp(`^${field}\\s*:`).test(l));
    return index === -1 ? { line: 1, column: 1 } : { line: index + 1, column: 1 };
  } catch {
    return { line: 1, column: 1 };
  }
}

function frontmatterOf(file: VFile): Record<string, unknown> {
  const astro = (file.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro;
  return astro?.frontmatter ?? {};
}

function referenceList(references: readonly { key: string; children: PhrasingContent[] }[]): List {
  const items: ListItem[] = references.map((entry) => ({
    type: 'listItem',
    spread: false,
    data: { hProperties: { id: `ref-${entry.key}` } },
    children: [{ type: 'paragraph', children: entry.children }],
  }));
  return { type: 'list', ordered: false, spread: false, data: { hProperties: { className: ['references'] } }, children: items };
}

/** Inside a link a cite cannot be another link: its text stands alone. */
function unlinked(nodes: PhrasingContent[]): PhrasingContent[] {
  return nodes.flatMap((n) => (n.type === 'link' ? unlinked(n.children) : [n]));
}

/**
 * Citations from a BibTeX file, formatted by a CSL style. The post's front matter names the
 * file (`bibliography: refs.bib`, looked up in `bibDir`) and may name a style (`csl: vancouver`
 * or `csl: ieee.csl` in `cslDir`; the site's default is `style`, APA). `[@key]`, `[@a; @b]`,
 * `[see @key, p. 3]` and `[-@key]` are parenthetical citations, and a bare `@key` is a
 * narrative one in posts that have a bibliography. With APA they read "(Williams, 1992)",
 * "(Mnih & Rezende, 2016; Williams, 1992)", "(see Williams, 1992, p. 3)", "(1992)" and
 * "Williams (1992)"; each cite links to `#ref-key` in a "References" section appended to the
 * post, which lists the cited works with their DOI, arXiv and URL links.
 *
 * citation-js is loaded only for posts with a bibliography or a style. An unknown key, a
 * citation in a post without `bibliography`, a missing or broken .bib file and an unknown style
 * are CitationErrors naming the post, line and column (and, for BibTeX errors, the .bib line).
 */
export const remarkCitations: RemarkPlugin<[RemarkCitationsOptions?]> = function remarkCitations(options = {}) {
  const bibDir = resolve(options.bibDir ?? 'src/content/bib');
  const cslDir = resolve(options.cslDir ?? 'src/content/csl');
  const siteStyle = options.style ?? 'apa';
  return async (tree: Root, file: VFile) => {
    const post = displayPath(file.path);
    const source = sourceText(file.value);
    const frontmatter = frontmatterOf(file);
    const bibName = frontmatter['bibliography'];
    const cslName = frontmatter['csl'];
    const hasBibliography = typeof bibName === 'string';

    // Every citation, in document order, with where it is written.
    const found: { citation: FoundCitation; at: (key: string) => SourcePoint }[] = [];
    replaceInText(tree, (node) => {
      for (const citation of findCitations(node.value, hasBibliography)) {
        const written = node.value.slice(citation.start, citation.end);
        const at = (key: string): SourcePoint => {
          const group = locateInSource(source, node.position, written, countBefore(node.value, written, citation.start));
          // Point at the key itself when it sits on the group's first line.
          const offset = written.indexOf(`@${key}`);
          return offset > 0 && !written.slice(0, offset).includes('\n') ? { line: group.line, column: group.column + offset } : group;
        };
        found.push({ citation, at });
      }
      return [];
    });

    if (!hasBibliography) {
      const first = found[0];
      if (first) {
        const key = (first.citation.items[0] as { key: string }).key;
        throw new CitationError(
          `The post cites "@${key}" but its front matter has no "bibliography" field; add "bibliography: <name>.bib" naming a file in ${displayPath(bibDir)}.`,
          { file: post, ...first.at(key), key },
        );
      }
      if (typeof cslName !== 'string') return;
    }

    const [{ readBibtex }, { formatCitations, builtInStyles }, { resolveCslStyle }] = await Promise.all([
      import('../lib/citations/read-bibtex'),
      import('../lib/citations/format-citations'),
      import('../lib/citations/csl-style'),
    ]);

    const styleName = typeof cslName === 'string' ? cslName : siteStyle;
    let style: CslStyle;
    try {
      style = resolveCslStyle(styleName, cslDir, builtInStyles, displayPath);
    } catch (error) {
      if (!(error instanceof ContentFileError)) throw error;
      const where = typeof cslName === 'string' ? frontmatterPoint(file.path, 'csl') : { line: 1, column: 1 };
      throw new CitationError(error.message, { file: post, ...where, key: styleName, cause: error });
    }
    if (!hasBibliography) return;

    // A named bibliography is read even when nothing is cited yet, so a wrong name fails at once.
    let records: Map<string, BibItem>;
    let shownBib: string;
    try {
      const path = contentFilePath(bibDir, bibName, BIB_FILE, displayPath(bibDir));
      shownBib = displayPath(path);
      records = readBibtex(readContentFile(path, shownBib, BIB_FILE), shownBib);
    } catch (error) {
      const where = frontmatterPoint(file.path, 'bibliography');
      if (error instanceof ContentFileError) throw new CitationError(error.message, { file: post, ...where, key: bibName, cause: error });
      if (error instanceof BibtexError) {
        throw new CitationError(`The bibliography "${bibName}" cannot be used: ${error.message}`, { file: post, ...where, key: bibName, cause: error });
      }
      throw error;
    }

    for (const { citation, at } of found) {
      for (const item of citation.items) {
        if (records.has(item.key)) continue;
        const near = [...records.keys()].find((k) => k.toLowerCase() === item.key.toLowerCase());
        const hint = near ? ` (keys are case-sensitive: did you mean "${near}"?)` : '';
        throw new CitationError(`The citation key "${item.key}" is not in ${shownBib}${hint}.`, { file: post, ...at(item.key), key: item.key });
      }
    }
    if (found.length === 0) return;

    let formatted: FormattedCitations;
    try {
      formatted = formatCitations(records, style, found.map((f) => f.citation));
    } catch (error) {
      if (!(error instanceof ContentFileError)) throw error;
      const where = typeof cslName === 'string' ? frontmatterPoint(file.path, 'csl') : { line: 1, column: 1 };
      throw new CitationError(error.message, { file: post, ...where, key: styleName, cause: error });
    }

    // Second pass: the same text nodes in the same order, now replaced by the formatted cites.
    let next = 0;
    replaceInText(tree, (node, { insideLink }) =>
      findCitations(node.value, hasBibliography).map((citation) => {
        const nodes = formatted.clusters[next] ?? [];
        next += 1;
        return { start: citation.start, end: citation.end, nodes: insideLink ? unlinked(nodes) : nodes };
      }),
    );

    tree.children.push({ type: 'heading', depth: 2, children: [{ type: 'text', value: REFERENCES_HEADING }] }, referenceList(formatted.references));
  };
};

function countBefore(text: string, needle: string, end: number): number {
  return text.slice(0, end).split(needle).length - 1;
}

export default remarkCitations;
