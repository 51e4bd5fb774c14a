import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

function entryPath(dir: string, key: string): string {
  if (!/^[0-9a-f]{64}$/.test(key)) throw new Error(`SVG cache keys are 64 hex digits; got "${key}".`);
  return join(dir, `${key}.svg`);
}

/** A cached SVG, or null when there is none (or only something that is not an SVG). */
export async function readCachedSvg(dir: string, key: string): Promise<string | null> {
  try {
    const svg = await readFile(entryPath(dir, key), 'utf8');
    return /^<svg\b[\s\S]*<\/svg>\s*$/.test(svg) ? svg : null;
  } catch (e) {
    if (e instanceof Error && 'code' in e && e.code === 'ENOENT') return null;
    throw e;
  }
}

/**
 * Stores an SVG under its key. Written to a temporary file and renamed into place, so a reader
 * (a parallel build, or this one after a crash) sees the whole file or none of it.
 */
export async function writeCachedSvg(dir: string, key: string, svg: string): Promise<void> {
  const target = entryPath(dir, key);
  await mkdir(dir, { recursive: true });
  const temp = `${target}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    await writeFile(temp, svg, 'utf8');
    await rename(temp, target);
  } catch (e) {
    await rm(temp, { force: true });
    throw e;
  }
}
