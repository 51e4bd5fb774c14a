import type { CSL } from '@citation-js/core';

/** One entry as citation-js reads it from BibTeX: field names in lower case, values as written. */
export interface RawBibEntry {
  readonly type: string;
  readonly label: string;
  readonly properties: Readonly<Record<string, string>>;
}

/** Reports a field that holds a bad identifier; it never returns. */
export type FieldFailure = (field: string, message: string, value: string) => never;

const DOI = /^10\.\d{4,9}\/\S+$/;
const DOI_PREFIX = /^(?:https?:\/\/(?:dx\.)?doi\.org\/|doi:\s*)/i;
// New-style (since 2007) and old-style arXiv identifiers, with an optional version.
const ARXIV_ID = /^(?:\d{4}\.\d{4,5}|[a-z][a-z-]*(?:\.[A-Z]{2})?\/\d{7})(?:v\d+)?$/;
const ARXIV_URL = /^https?:\/\/(?:www\.|export\.)?arxiv\.org\/(?:abs|pdf)\/(.+?)(?:\.pdf)?\/?$/i;

/** The address of a DOI, whether written bare, as `doi:...` or as a doi.org link. */
export function doiUrl(doi: string): string {
  const bare = doi.trim().replace(DOI_PREFIX, '');
  return `https://doi.org/${encodeURI(bare).replace(/[#?]/g, (c) => encodeURIComponent(c))}`;
}

/** The link for a URL if it is an absolute http(s) address (normalised), else undefined. */
export function httpUrl(text: string): string | undefined {
  try {
    const url = new URL(text.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** The arXiv identifier of an abs or pdf link on arxiv.org, else undefined. */
export function arxivIdOfUrl(url: string): string | undefined {
  const id = ARXIV_URL.exec(url.trim())?.[1];
  return id !== undefined && ARXIV_ID.test(id) ? id : undefined;
}

const stripBraces = (value: string): string => value.replace(/[{}]/g, '').trim();

function arxivIdOfEprint(entry: RawBibEntry, fail: FieldFailure): string | undefined {
  const archive = entry.properties['archiveprefix'] ?? entry.properties['eprinttype'];
  const eprint = entry.properties['eprint'];
  if (eprint === undefined || archive === undefined || stripBraces(archive).toLowerCase() !== 'arxiv') return undefined;
  const id = stripBraces(eprint).replace(/^arxiv:/i, '');
  if (!ARXIV_ID.test(id)) {
    fail('eprint', `The eprint "${eprint}" of entry "${entry.label}" is not an arXiv identifier such as "1707.06347" or "math/0211159".`, eprint);
  }
  return id;
}

/**
 * The CSL item of a BibTeX entry with its identifiers checked and made linkable: a DOI as
 * `10.x/y` (a `doi:` or doi.org prefix removed), a URL that must be an http(s) address, and an
 * arXiv preprint (an `eprint` with `archivePrefix`/`eprinttype` arXiv, or an arxiv.org link)
 * with its abstract page as the URL. citation-js keeps only PubMed eprints, so the arXiv fields
 * are read from the raw entry; a `@misc` preprint becomes CSL's preprint type ("article") with
 * "arXiv" as its publisher and `arXiv:id` as its number, which is how APA lists preprints.
 * `unshield` turns the values back into what the file says, for checks and messages.
 */
export function linkIdentifiers(entry: RawBibEntry, item: CSL, unshield: (value: string) => string, fail: FieldFailure): CSL {
  const out: CSL = { ...item };
  if (item.DOI !== undefined) {
    const doi = unshield(item.DOI).trim().replace(DOI_PREFIX, '');
    if (!DOI.test(doi)) {
      fail('doi', `The doi "${unshield(item.DOI)}" of entry "${entry.label}" is not a DOI: a DOI starts with "10.", then a registrant number, "/" and a suffix.`, unshield(item.DOI));
    }
    out.DOI = item.DOI.trim().replace(DOI_PREFIX, '');
  }
  let arxiv = arxivIdOfEprint(entry, fail);
  if (item.URL !== undefined) {
    const url = unshield(item.URL);
    if (httpUrl(url) === undefined) {
      fail('url', `The url "${url}" of entry "${entry.label}" is not an http or https address; only those become links.`, url);
    }
    const linked = arxivIdOfUrl(url);
    if (linked !== undefined) out.URL = `https://arxiv.org/abs/${linked}`;
    arxiv ??= linked;
  }
  if (arxiv === undefined) return out;
  out.URL ??= `https://arxiv.org/abs/${arxiv}`;
  if (out.type === 'document') {
    out.type = 'article';
    out.number ??= `arXiv:${arxiv}`;
    out.publisher ??= 'arXiv';
  }
  return out;
}
