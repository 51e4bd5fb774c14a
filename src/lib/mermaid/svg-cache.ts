import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve } from 'node:path';

/**
 * One cache entry: the SVG with the key it was stored under and a digest of both. An entry is
 * served only if it still says what was written: an SVG edited or copied in from another key is
 * redrawn instead of shipped.
 */
interface Entry {
  key: string;
  sha256: string;
  svg: string;
}

function entryPath(dir: string, key: string): string {
  if (!/^[0-9a-f]{64}$/.test(key)) throw new Error(`SVG cache keys are 64 hex digits; got "${key}".`);
  return join(dir, `${key}.json`);
}

function digest(key: string, svg: string): string {
  return createHash('sha256').update(`${key}\n${svg}`, 'utf8').digest('hex');
}

/** Per cache folder, for the whole process: Vite may load this module more than once per build. */
const KEY = Symbol.for('research-report-site.svg-cache-trouble');
function troubled(): Map<string, string> {
  const g = globalThis as typeof globalThis & { [KEY]?: Map<string, string> };
  g[KEY] ??= new Map();
  return g[KEY];
}

/** What a cache holds, for its one warning: the log tag and the things drawn ("[mermaid]", "diagram"). */
export interface CacheLabel {
  tag: string;
  thing: string;
}

const DIAGRAMS: CacheLabel = { tag: 'mermaid', thing: 'diagram' };

/**
 * Set (to anything but "" or "0") by `npm run build -- --no-cache`: cached entries are not read,
 * so everything is drawn again (and stored afresh).
 */
export const NO_CACHE_ENV = 'SITE_NO_CACHE';

/** Whether this process was told to ignore the caches. */
export function cacheIgnored(env: NodeJS.ProcessEnv = process.env): boolean {
  const v = env[NO_CACHE_ENV];
  return v !== undefined && v !== '' && v !== '0';
}

function shown(dir: string): string {
  const rel = relative(process.cwd(), dir);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : dir;
}

/**
 * A cache the build cannot read or write (a read-only node_modules, a file where the folder
 * should be) is not a reason to fail: it is left alone for the rest of the process, with one
 * warning, and everything is drawn.
 */
function giveUp(dir: string, error: unknown, warn: (message: string) => void, label: CacheLabel): void {
  const abs = resolve(dir);
  if (troubled().has(abs)) return;
  const why = error instanceof Error ? error.message : String(error);
  troubled().set(abs, why);
  warn(`[${label.tag}] The ${label.thing} cache in ${shown(abs)} cannot be used (${why}); this build draws every ${label.thing} and keeps none.`);
}

/** The reason the cache in `dir` was given up on in this process, if it was. */
export function cacheTrouble(dir: string): string | undefined {
  return troubled().get(resolve(dir));
}

function isMissing(e: unknown): boolean {
  return e instanceof Error && 'code' in e && e.code === 'ENOENT';
}

function parseEntry(text: string): Entry | null {
  try {
    const v = JSON.parse(text) as Partial<Entry> | null;
    return v && typeof v.key === 'string' && typeof v.sha256 === 'string' && typeof v.svg === 'string' ? { key: v.key, sha256: v.sha256, svg: v.svg } : null;
  } catch {
    return null;
  }
}

/**
 * A cached SVG, or null when there is none, when the entry does not match what was stored under
 * this key (damaged, edited, copied from another key, or not an SVG), when the cache cannot be
 * read (then with one warning for the process), or when the build was told to ignore caches.
 */
export async function readCachedSvg(dir: string, key: string, warn: (message: string) => void = console.warn, label: CacheLabel = DIAGRAMS): Promise<string | null> {
  const path = entryPath(dir, key);
  if (cacheTrouble(dir) !== undefined || cacheIgnored()) return null;
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    if (!isMissing(e)) giveUp(dir, e, warn, label);
    return null;
  }
  const entry = parseEntry(text);
  if (!entry || entry.key !== key || entry.sha256 !== digest(key, entry.svg)) return null;
  return /^<svg\b[\s\S]*<\/svg>\s*$/.test(entry.svg) ? entry.svg : null;
}

/**
 * Stores an SVG under its key. Written to a temporary file and renamed into place, so a reader
 * (a parallel build, or this one after a crash) sees the whole entry or none of it. A cache that
 * cannot be written is given up on with one warning; the build goes on.
 */
export async function writeCachedSvg(dir: string, key: string, svg: string, warn: (message: string) => void = console.warn, label: CacheLabel = DIAGRAMS): Promise<void> {
  const target = entryPath(dir, key);
  if (cacheTrouble(dir) !== undefined) return;
  const temp = `${target}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    await mkdir(dir, { recursive: true });
    const entry: Entry = { key, sha256: digest(key, svg), svg };
    await writeFile(temp, JSON.stringify(entry), 'utf8');
    await rename(temp, target);
  } catch (e) {
    await rm(temp, { force: true }).catch(() => undefined);
    giveUp(dir, e, warn, label);
  }
}
