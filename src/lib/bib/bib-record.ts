import { BibtexError } from './bibtex-error';
import { LatexError, latexToUnicode, verbatimField } from './latex-to-unicode';
import { parseNames, type NameList } from './names';
import type { BibEntry, BibField } from './parse-bibtex';

/** An entry with the fields the site prints, as plain Unicode text. */
export interface BibRecord {
  readonly key: string;
  readonly type: string;
  readonly line: number;
  /** Authors, or editors when there are no authors (then `editors` is true). */
  readonly names: NameList;
  readonly editors: boolean;
  /** Four-digit year (or whatever the year field says, e.g. "in press"); undefined when missing. */
  readonly year: string | undefined;
  readonly title: string | undefined;
  /** Other printed fields by lower-case name, plain text. */
  readonly fields: ReadonlyMap<string, string>;
}

/** Fields that are prose and may hold TeX. Fields not listed here (abstract, keywords...) are never printed, so never converted. */
const PROSE_FIELDS = [
  'journal',
  'journaltitle',
  'booktitle',
  'publisher',
  'address',
  'location',
  'institution',
  'school',
  'organization',
  'howpublished',
  'note',
  'series',
  'volume',
  'number',
  'pages',
  'edition',
  'type',
  'chapter',
  'archiveprefix',
  'eprinttype',
  'primaryclass',
  'eprintclass',
];

/** Identifiers printed as written (minus braces and escapes): TeX conversion would mangle "--" or "~". */
const VERBATIM_FIELDS = ['doi', 'url', 'eprint', 'isbn'];

function convert<T>(file: string, entry: BibEntry, field: BibField, run: (raw: string) => T): T {
  try {
    return run(field.raw);
  } catch (error) {
    if (!(error instanceof LatexError)) throw error;
    throw new BibtexError(`In entry "${entry.key}", field "${field.name}": ${error.message}`, {
      file,
      line: field.line,
      column: field.column,
      value: error.value,
    });
  }
}

function yearOf(file: string, entry: BibEntry): string | undefined {
  const year = entry.fields.get('year');
  if (year) return convert(file, entry, year, latexToUnicode) || undefined;
  const date = entry.fields.get('date');
  return date ? /^\s*(\d{4})/.exec(date.raw)?.[1] : undefined;
}

/** Converts the printed fields of an entry to text; TeX that cannot be converted is a BibtexError at the field. */
export function toRecord(entry: BibEntry, file: string): BibRecord {
  const author = entry.fields.get('author');
  const editor = entry.fields.get('editor');
  const nameField = author ?? editor;
  const names = nameField ? convert(file, entry, nameField, parseNames) : { names: [], others: false };
  const title = entry.fields.get('title');
  const fields = new Map<string, string>();
  for (const name of PROSE_FIELDS) {
    const field = entry.fields.get(name);
    if (field) fields.set(name, convert(file, entry, field, latexToUnicode));
  }
  for (const name of VERBATIM_FIELDS) {
    const field = entry.fields.get(name);
    if (field) fields.set(name, verbatimField(field.raw));
  }
  return {
    key: entry.key,
    type: entry.type,
    line: entry.line,
    names,
    editors: author === undefined && editor !== undefined,
    year: yearOf(file, entry),
    title: title ? convert(file, entry, title, latexToUnicode) : undefined,
    fields,
  };
}
