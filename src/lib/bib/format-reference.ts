import type { BibRecord } from './bib-record';
import { citationYear } from './cite-label';
import { referenceName } from './names';

/** A run of reference text; `emphasis` runs are set in italics (journal and book titles). */
export interface RefPart {
  readonly kind: 'text' | 'emphasis';
  readonly value: string;
}

type Sentence = RefPart[];

const text = (value: string): RefPart => ({ kind: 'text', value });
const em = (value: string): RefPart => ({ kind: 'emphasis', value });

/** Works published on their own have their title in italics; parts of something larger do not. */
const STANDALONE = new Set(['book', 'booklet', 'manual', 'techreport', 'report', 'phdthesis', 'mastersthesis', 'thesis', 'proceedings']);

function joinNames(names: readonly string[], others: boolean): string {
  let out: string;
  if (names.length <= 1) out = names[0] ?? '';
  else if (names.length === 2) out = `${names[0]} and ${names[1]}`;
  else out = `${names.slice(0, -1).join(', ')}, and ${names[names.length - 1]}`;
  return others ? `${out} et al.` : out;
}

function authorSentence(record: BibRecord, suffix: string): Sentence {
  const year = `(${citationYear(record, suffix)})`;
  const names = record.names.names.map(referenceName);
  if (names.length === 0) {
    // No people: the title takes their place, as it does in the citation.
    const title = record.title ?? record.key;
    return [STANDALONE.has(record.type) ? em(title) : text(title), text(` ${year}`)];
  }
  const role = record.editors ? (names.length === 1 ? ' (Ed.)' : ' (Eds.)') : '';
  return [text(`${joinNames(names, record.names.others)}${role} ${year}`)];
}

function field(record: BibRecord, name: string): string | undefined {
  const value = record.fields.get(name);
  return value === undefined || value === '' ? undefined : value;
}

function venueSentence(record: BibRecord): Sentence | undefined {
  const f = (name: string) => field(record, name);
  switch (record.type) {
    case 'article': {
      const journal = f('journal') ?? f('journaltitle');
      if (!journal) return undefined;
      let tail = '';
      const volume = f('volume');
      const number = f('number');
      const pages = f('pages');
      if (volume) tail += `, ${volume}${number ? `(${number})` : ''}`;
      else if (number) tail += `, no. ${number}`;
      if (pages) tail += `, ${pages}`;
      return [em(journal), ...(tail ? [text(tail)] : [])];
    }
    case 'inproceedings':
    case 'conference':
    case 'incollection':
    case 'inbook': {
      const book = f('booktitle');
      if (!book) return undefined;
      const series = f('series');
      const volume = f('volume');
      const pages = f('pages');
      let tail = '';
      if (series && volume) tail += ` (${series}, vol. ${volume})`;
      else if (volume) tail += `, vol. ${volume}`;
      if (pages) tail += `, pp. ${pages}`;
      return [text('In '), em(book), ...(tail ? [text(tail)] : [])];
    }
    case 'techreport':
    case 'report': {
      const kind = f('type') ?? 'Technical report';
      const number = f('number');
      const institution = f('institution');
      return [text([`${kind}${number ? ` ${number}` : ''}`, institution].filter(Boolean).join(', '))];
    }
    case 'phdthesis':
    case 'mastersthesis':
    case 'thesis': {
      const kind = f('type') ?? (record.type === 'mastersthesis' ? 'Master’s thesis' : 'PhD thesis');
      const school = f('school') ?? f('institution');
      return [text([kind, school].filter(Boolean).join(', '))];
    }
    default: {
      const how = f('howpublished');
      return how ? [text(how)] : undefined;
    }
  }
}

function publisherSentence(record: BibRecord): Sentence | undefined {
  if (record.type === 'article' || record.type === 'techreport' || record.type === 'report') return undefined;
  const who = field(record, 'publisher') ?? field(record, 'organization');
  const where = field(record, 'address') ?? field(record, 'location');
  // An address alone says little; it is printed only after a publisher.
  return who ? [text(where ? `${who}, ${where}` : who)] : undefined;
}

function eprintText(record: BibRecord): string | undefined {
  const eprint = field(record, 'eprint');
  if (!eprint) return undefined;
  const archive = field(record, 'archiveprefix') ?? field(record, 'eprinttype');
  const category = field(record, 'primaryclass') ?? field(record, 'eprintclass');
  const id = archive ? `${archive}:${eprint}` : eprint;
  return category ? `${id} [${category}]` : id;
}

function endsSentence(sentence: Sentence): boolean {
  const last = sentence[sentence.length - 1];
  return last !== undefined && /[.?!]$/.test(last.value);
}

/**
 * One reference-list entry in author-year style, as text and emphasis runs:
 * `Authors (Year). Title. Venue. Publisher. Note. arXiv:id [class]. doi:10.x/y`.
 * Journal and book titles are emphasised; a DOI or URL is printed as text (no link) and, being an
 * identifier, is not followed by a full stop.
 */
export function formatReference(record: BibRecord, suffix: string): RefPart[] {
  const sentences: Sentence[] = [authorSentence(record, suffix)];
  if (record.names.names.length > 0 && record.title) {
    sentences.push([STANDALONE.has(record.type) ? em(record.title) : text(record.title)]);
  }
  for (const sentence of [venueSentence(record), publisherSentence(record)]) if (sentence) sentences.push(sentence);
  const note = field(record, 'note');
  if (note) sentences.push([text(note)]);
  const eprint = eprintText(record);
  if (eprint) sentences.push([text(eprint)]);

  const parts: RefPart[] = [];
  sentences.forEach((sentence, i) => {
    if (i > 0) parts.push(text(' '));
    parts.push(...sentence);
    if (!endsSentence(sentence)) parts.push(text('.'));
  });
  const doi = field(record, 'doi');
  const url = field(record, 'url');
  if (doi) parts.push(text(` doi:${doi}`));
  else if (url && !eprint) parts.push(text(` ${url}`));
  return mergeText(parts);
}

/** Joins neighbouring text runs so consumers see "Williams, R. J. (1992). Simple ..." as one string. */
function mergeText(parts: readonly RefPart[]): RefPart[] {
  const out: RefPart[] = [];
  for (const part of parts) {
    const last = out[out.length - 1];
    if (last && last.kind === 'text' && part.kind === 'text') out[out.length - 1] = text(last.value + part.value);
    else out.push(part);
  }
  return out;
}
