import { readFileSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { toRecord, type BibRecord } from './bib-record';
import { parseBibtex } from './parse-bibtex';

/** Why a bibliography name cannot be used: it leaves the directory, or the file is missing. */
export class BibliographyPathError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BibliographyPathError';
  }
}

/** The .bib file a front-matter `bibliography` names, which must lie inside `bibDir`. */
export function bibliographyPath(bibDir: string, name: string): string {
  const path = resolve(bibDir, name);
  const rel = relative(resolve(bibDir), path);
  if (name.trim() === '' || rel === '' || rel.startsWith('..') || isAbsolute(rel)) {
    throw new BibliographyPathError(`The bibliography "${name}" is not a file inside ${bibDir}; give the name of a .bib file there, such as "refs.bib".`);
  }
  return path;
}

/**
 * Reads, parses and converts every entry of a .bib file (so a broken entry fails every post that
 * uses the file, not only the one that cites it). `shownPath` is how messages name the file.
 * Throws BibliographyPathError when the file cannot be read, BibtexError on bad BibTeX.
 */
export function loadBibliography(path: string, shownPath: string): Map<string, BibRecord> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new BibliographyPathError(code === 'ENOENT' ? `The bibliography file ${shownPath} does not exist.` : `The bibliography file ${shownPath} cannot be read (${code ?? String(error)}).`);
  }
  const records = new Map<string, BibRecord>();
  for (const entry of parseBibtex(text, shownPath)) records.set(entry.key, toRecord(entry, shownPath));
  return records;
}
