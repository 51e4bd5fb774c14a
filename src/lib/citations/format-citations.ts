import { createHash } from 'node:crypto';
import { plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import CSL from 'citeproc';
import type { PhrasingContent } from 'mdast';
import { markedText, marksFormat, MARKS_FORMAT, parseMarks, shieldAngleBrackets, type MarkedNode } from './citation-marks';
import { ContentFileError } from './content-file';
import type { BuiltInStyles, CslStyle } from './csl-style';
import type { CitedItem, FoundCitation } from './find-citations';
import { citeLink, marksToMdast, mergeText } from './marks-to-mdast';
import type { BibItem } from './read-bibtex';

/** One citation of a post, as written: `[see @a, p. 3; @b]` or a narrative `@a`. */
export type ClusterRequest = Pick<FoundCitation, 'kind' | 'items'>;

/** A post's citations as inline nodes (one list per request, in order) and its reference list. */
export interface FormattedCitations {
  readonly clusters: PhrasingContent[][];
  readonly references: { readonly key: string; readonly children: PhrasingContent[] }[];
}

const csl = plugins.config.get('@csl');
CSL.Output.Formats[MARKS_FORMAT] ??= marksFormat(CSL.Output.Formats['text'] as CSL.OutputFormat);

/** The styles citation-js ships (apa, vancouver, harvard1). */
export const builtInStyles: BuiltInStyles = csl.styles;

interface Slot {
  readonly engine: CSL.Engine;
  readonly items: Map<string, BibItem>;
}

// Building an engine compiles the whole style (about a second for APA, see bench/citations.ts),
// so each style gets one, reset to an empty document before every post.
const engines = new Map<string, Slot>();

function slotFor(style: CslStyle): Slot {
  const id = createHash('sha256').update(style.xml).digest('hex');
  const cached = engines.get(id);
  if (cached) return cached;
  const items = new Map<string, BibItem>();
  const sys: CSL.Sys = {
    retrieveLocale: (lang) => (csl.locales.has(lang) ? csl.locales.get(lang) : csl.locales.get('en-US')),
    retrieveItem: (key) => {
      const item = items.get(key);
      if (!item) throw new Error(`citeproc asked for "${key}", which the post does not cite`);
      return item;
    },
    // Only its presence matters: it makes the engine mark each cite of a cluster.
    wrapCitationEntry: (str) => str,
  };
  let engine: CSL.Engine;
  try {
    engine = new CSL.Engine(sys, style.xml, 'en-US', false);
  } catch (error) {
    throw new ContentFileError(`The citation style "${style.name}" cannot be used: ${error instanceof Error ? error.message : String(error)}.`);
  }
  // rebuildProcessorState() switches back to the engine's format when done: make it ours.
  engine.setOutputFormat(MARKS_FORMAT);
  engine.opt.development_extensions['wrap_url_and_doi'] = true;
  engine.opt.development_extensions['apply_citation_wrapper'] = true;
  const slot = { engine, items };
  engines.set(id, slot);
  return slot;
}

function citeItem(item: CitedItem): CSL.CitationItem {
  return {
    id: item.key,
    // Affixes are read like field values: a "<" the author typed stays a character.
    ...(item.prefix ? { prefix: shieldAngleBrackets(item.prefix) } : {}),
    // The locator is kept as written ("p. 3", "ch. 2") rather than split into a CSL label and number.
    ...(item.locator ? { suffix: shieldAngleBrackets(`, ${item.locator}`) } : {}),
    ...(item.suppressAuthor ? { 'suppress-author': true } : {}),
  };
}

const citation = (citationID: string, citationItems: CSL.CitationItem[]): CSL.Citation => ({ citationID, citationItems, properties: { noteIndex: 0 } });

/** Cites whose id the engine lost belong to the cluster's only work, if it has one; otherwise they stay unlinked. */
function withKeys(nodes: readonly MarkedNode[], only: string | undefined): MarkedNode[] {
  return nodes.flatMap((n): MarkedNode[] => {
    if (n.kind !== 'cite' || n.key !== '') return [n];
    return only === undefined ? [...n.children] : [{ ...n, key: only }];
  });
}

/** Marked nodes with their cite marks removed (the children kept). */
function withoutCites(nodes: readonly MarkedNode[]): MarkedNode[] {
  return nodes.flatMap((n) => (n.kind === 'cite' ? withoutCites(n.children) : [n]));
}

const text = (value: string): PhrasingContent => ({ type: 'text', value });

/** Without the leading space a style puts before the part after the names ("[ 2014]" would read oddly). */
function trimStart(nodes: readonly MarkedNode[]): MarkedNode[] {
  const [first, ...rest] = nodes;
  return first?.kind === 'text' ? [{ kind: 'text', value: first.value.trimStart() }, ...rest] : [...nodes];
}

/**
 * CSL 1.0 has no narrative form, so the names come from the parenthetical one; APA 7 (section
 * 8.17) joins the last two names with "&" in parentheses but with "and" in running text
 * ("Mnih and Gregor (2014)"). A corporate author written with "&" gets "and" too.
 */
function narrativeAnd(nodes: readonly MarkedNode[]): MarkedNode[] {
  return nodes.map((n) => (n.kind === 'text' ? { kind: 'text', value: n.value.replace(/ & /g, ' and ') } : n));
}

/**
 * Formats a post's citations and reference list with citeproc-js in the given style. A
 * parenthetical cluster is laid out by the style (its order, delimiters, "a"/"b" letters), each
 * cite a link to `#ref-<key>`; the engine leaves out the layout's own brackets when it marks
 * cites, so they are put back from the style. A narrative citation is the style's author-only
 * form, then the rest of the cite in the layout's brackets ("Williams (1992)"), all one link;
 * styles with no author in their cites (numeric ones) show the plain cite instead. The reference
 * list holds the cited works, in the style's order.
 */
export function formatCitations(items: ReadonlyMap<string, BibItem>, style: CslStyle, clusters: readonly ClusterRequest[]): FormattedCitations {
  const { engine, items: known } = slotFor(style);
  known.clear();
  for (const [key, item] of items) known.set(key, structuredClone(item));
  engine.restoreProcessorState([]);

  const citations: CSL.Citation[] = [];
  clusters.forEach((cluster, i) => {
    if (cluster.kind === 'narrative') {
      const key = (cluster.items[0] as CitedItem).key;
      citations.push(citation(`c${i}-author`, [{ id: key, 'author-only': true }]), citation(`c${i}`, [{ id: key, 'suppress-author': true }]));
    } else {
      citations.push(citation(`c${i}`, cluster.items.map(citeItem)));
    }
  });
  const output = new Map(engine.rebuildProcessorState(citations, MARKS_FORMAT, []).map(([id, , str]) => [id, str]));
  const open = engine.citation.opt.layout_prefix ?? '';
  const close = engine.citation.opt.layout_suffix ?? '';

  const formatted = clusters.map((cluster, i): PhrasingContent[] => {
    const marked = parseMarks(output.get(`c${i}`) ?? '');
    if (cluster.kind !== 'narrative') {
      const only = cluster.items.length === 1 ? cluster.items[0]?.key : undefined;
      return mergeText([text(open), ...marksToMdast(withKeys(marked, only)), text(close)]);
    }
    const key = (cluster.items[0] as CitedItem).key;
    const rest = marksToMdast(trimStart(withoutCites(marked)));
    const author = withoutCites(parseMarks(output.get(`c${i}-author`) ?? ''));
    const authorText = markedText(author).trim();
    if (authorText === '' || authorText.includes('NO_PRINTED_FORM')) return [citeLink(key, mergeText([text(open), ...rest, text(close)]))];
    return [citeLink(key, mergeText([...marksToMdast(narrativeAnd(author)), text(` ${open}`), ...rest, text(close)]))];
  });

  const bibliography = engine.makeBibliography();
  if (bibliography === false) {
    throw new ContentFileError(`The citation style "${style.name}" has no bibliography, so the post's reference list cannot be made.`);
  }
  const [meta, entries] = bibliography;
  const references = entries.map((entry, i) => ({
    key: meta.entry_ids[i]?.[0] ?? '',
    children: mergeText(marksToMdast(parseMarks(entry.trim()))),
  }));
  return { clusters: formatted, references };
}
