import { contentFilePath, ContentFileError, readContentFile, type ContentFileKind } from './content-file';

/** A citation style: the name it was asked for by and its CSL XML. */
export interface CslStyle {
  readonly name: string;
  readonly xml: string;
}

/** The styles that ship with citation-js's CSL plugin, by template name. */
export interface BuiltInStyles {
  has(name: string): boolean;
  get(name: string): string;
  list(): string[];
}

const CSL_FILE: ContentFileKind = { what: 'citation style', example: 'ieee.csl' };
const CSL_NAMESPACE = /<style\b[^>]*\bxmlns\s*=\s*["']http:\/\/purl\.org\/net\/xbiblio\/csl["']/;

/**
 * The style a post or the site names: a template built into citation-js ("apa") or a .csl file
 * in `cslDir` ("ieee.csl"). `show` turns a path into how messages name it. Throws
 * ContentFileError for an unknown name, a missing file or a file that is not a CSL style.
 */
export function resolveCslStyle(name: string, cslDir: string, builtIn: BuiltInStyles, show: (path: string) => string): CslStyle {
  if (!name.endsWith('.csl')) {
    if (builtIn.has(name)) return { name, xml: builtIn.get(name) };
    const names = builtIn.list().sort().join(', ');
    throw new ContentFileError(
      `The citation style "${name}" is neither a built-in style (${names}) nor a .csl file; name one of those, or a .csl file in ${show(cslDir)} such as "ieee.csl".`,
    );
  }
  const path = contentFilePath(cslDir, name, CSL_FILE, show(cslDir));
  const xml = readContentFile(path, show(path), CSL_FILE);
  if (!CSL_NAMESPACE.test(xml)) {
    throw new ContentFileError(`The citation style file ${show(path)} is not a CSL style: it has no <style xmlns="http://purl.org/net/xbiblio/csl"> element.`);
  }
  return { name, xml };
}
