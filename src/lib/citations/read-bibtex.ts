import { plugins, type CSL } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import { BibtexError } from './bibtex-error';
import { entryPoint, fieldPoint } from './bibtex-positions';
import { shieldAngleBrackets, unshieldAngleBrackets } from './citation-marks';
import { linkIdentifiers, type RawBibEntry } from './link-identifiers';

/** A CSL item ready for citeproc; `system_id` lets the engine say which cite of a cluster is which. */
export type BibItem = CSL & { system_id: string };

/** What citation-js's BibTeX grammar calls its tokens, as a reader would. */
const TOKENS: Readonly<Record<string, string>> = {
  at: '"@"',
  lbrace: '"{"',
  rbrace: '"}"',
  comma: '","',
  equals: '"="',
  hash: '"#"',
  quote: 'a quote',
  identifier: 'a field name',
  label: 'a citation key',
  number: 'a number',
  text: 'text',
  junk: 'text',
  dataEntryType: 'an entry type',
  otherEntryType: 'an entry type',
  EOF: 'the end of the file',
};

const tokenName = (token: string): string => TOKENS[token] ?? `"${token}"`;

/** citation-js's syntax errors read "expected "x", got "y" at line L col C:" or "invalid syntax at line L col C:". */
function syntaxError(error: unknown, file: string, source: string): BibtexError | undefined {
  if (!(error instanceof Error)) return undefined;
  const m = /^(?:expected "(\w+)", got "?(\w+)"?|invalid syntax) at line (\d+) col (\d+)/.exec(error.message);
  if (!m) return undefined;
  const line = Number(m[3]);
  const column = Number(m[4]);
  const [, expected, got] = m;
  let problem: string;
  if (expected === undefined || got === undefined) {
    problem = 'this is not BibTeX syntax (is a brace or a quote left open above, or a comma missing?)';
  } else {
    problem = `expected ${tokenName(expected)}, found ${tokenName(got)}`;
    if (expected === 'rbrace' && got === 'identifier') problem += ' (is a comma missing after the previous field?)';
  }
  const value = (source.split('\n')[line - 1] ?? '').slice(column - 1, column + 19);
  return new BibtexError(`The BibTeX cannot be read here: ${problem}.`, { file, line, column, value });
}

/**
 * Reads a .bib file into CSL items keyed by citation key, with citation-js: BibTeX and biblatex
 * entries, @string macros, TeX accents and commands as Unicode, names split into parts. On top of
 * citation-js, the site refuses duplicate keys (also keys differing only in case) and bad DOIs,
 * URLs and arXiv ids, and makes those identifiers linkable (see `linkIdentifiers`). Errors are
 * BibtexError naming `file` (as messages show it), the line and the column.
 */
export function readBibtex(source: string, file: string): Map<string, BibItem> {
  const text = source.replace(/^\uFEFF/, '');
  const shielded = shieldAngleBrackets(text);
  let entries: RawBibEntry[];
  try {
    entries = plugins.input.data(shielded, '@biblatex/text');
  } catch (error) {
    throw syntaxError(error, file, text) ?? new BibtexError(`The file cannot be read as BibTeX: ${String(error)}.`, { file, line: 1, column: 1, value: '' });
  }

  const seen = new Map<string, string>();
  for (const entry of entries) {
    const previous = seen.get(entry.label.toLowerCase());
    if (previous !== undefined) {
      const occurrence = previous === entry.label ? 1 : 0;
      const clash = previous === entry.label ? 'is used again' : `differs only in case from "${previous}"`;
      const first = entryPoint(text, previous);
      throw new BibtexError(`The citation key "${entry.label}" ${clash}; the first entry is at line ${first.line}. Keys must be unique.`, {
        file,
        ...entryPoint(text, entry.label, occurrence),
        value: entry.label,
      });
    }
    seen.set(entry.label.toLowerCase(), entry.label);
  }

  const csl = plugins.input.chain(entries, {
    forceType: '@biblatex/entries+list',
    target: '@csl/list+object',
    generateGraph: false,
    maxChainLength: 10,
    strict: true,
  });
  const raw = new Map(entries.map((e) => [e.label, e]));
  const items = new Map<string, BibItem>();
  for (const item of csl) {
    const key = String(item.id);
    const entry = raw.get(key);
    if (!entry) continue;
    const fail = (field: string, message: string, value: string): never => {
      throw new BibtexError(message, { file, ...fieldPoint(text, key, field), value });
    };
    items.set(key, { ...linkIdentifiers(entry, item, unshieldAngleBrackets, fail), id: key, system_id: key });
  }
  return items;
}
