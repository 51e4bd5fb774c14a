import { readFileSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';

/** Why a file named in front matter cannot be used: it leaves its directory, is missing or unreadable. */
export class ContentFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ContentFileError';
  }
}

/** What a front-matter field names, for messages: "bibliography" and "refs.bib". */
export interface ContentFileKind {
  readonly what: string;
  readonly example: string;
}

/** The file a front-matter value names, which must lie inside `dir` (`shownDir` is how messages name it). */
export function contentFilePath(dir: string, name: string, kind: ContentFileKind, shownDir = dir): string {
  const path = resolve(dir, name);
  const rel = relative(resolve(dir), path);
  if (name.trim() === '' || rel === '' || rel.startsWith('..') || isAbsolute(rel)) {
    throw new ContentFileError(`The ${kind.what} "${name}" is not a file inside ${shownDir}; give the name of a file there, such as "${kind.example}".`);
  }
  return path;
}

/** The text of such a file; `shownPath` is how messages name it. */
export function readContentFile(path: string, shownPath: string, kind: ContentFileKind): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ContentFileError(
      code === 'ENOENT' ? `The ${kind.what} file ${shownPath} does not exist.` : `The ${kind.what} file ${shownPath} cannot be read (${code ?? String(error)}).`,
    );
  }
}
