import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A build writes into a staging folder beside dist/ and only a complete site replaces dist/, so a
 * failed or interrupted build leaves the last good site as it was. Both folders sit in the project
 * root: a rename is atomic only within one file system, and Astro keeps its prerender chunks
 * inside the output folder only when that folder is under the working directory.
 */
const STAGING = '.dist-staging-';
const PREVIOUS = '.dist-previous-';
const LEFTOVER = /^\.dist-(?:staging|previous)-(\d+)$/;

/** The staging folder of the build running as process `pid`. */
export function stagingDir(root: string, pid: number = process.pid): string {
  return join(root, `${STAGING}${pid}`);
}

/** The folders that hold internals of the build and must never be published. */
export const BUILD_INTERNALS: readonly string[] = ['.prerender'];

function alive(pid: number): boolean {
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: the process exists but belongs to someone else.
    return e instanceof Error && 'code' in e && e.code === 'EPERM';
  }
}

export interface Cleanup {
  /** Leftover folders removed, as names relative to the root. */
  removed: string[];
  /** Set when dist/ was missing and was put back from the copy a crashed swap had moved aside. */
  restored?: string;
}

/**
 * Tidies up after builds that died: puts dist/ back if a build was killed between the two renames
 * of its swap, and removes the staging and previous-site folders of builds that are no longer
 * running (a live build's folders are left alone).
 */
export function cleanLeftovers(root: string, target = 'dist'): Cleanup {
  const out: Cleanup = { removed: [] };
  const leftovers = readdirSync(root, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => ({ name: e.name, pid: Number(LEFTOVER.exec(e.name)?.[1] ?? NaN) }))
    .filter((e) => Number.isInteger(e.pid) && !alive(e.pid))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const previous = leftovers.find((e) => e.name.startsWith(PREVIOUS));
  if (previous && !existsSync(join(root, target))) {
    renameSync(join(root, previous.name), join(root, target));
    out.restored = previous.name;
  }
  for (const e of leftovers) {
    if (e.name === out.restored) continue;
    rmSync(join(root, e.name), { recursive: true, force: true });
    out.removed.push(e.name);
  }
  return out;
}

/**
 * Puts a finished staging folder in the place of `target`. The two renames are synchronous, so no
 * signal handler can run between them; only a kill -9 or a power cut can, and cleanLeftovers()
 * repairs that on the next build. The old site is deleted afterwards, when dist/ is already new.
 */
export function swapIntoPlace(root: string, staging: string, target = 'dist'): void {
  for (const internal of BUILD_INTERNALS) rmSync(join(staging, internal), { recursive: true, force: true });
  const dest = join(root, target);
  const aside = join(root, `${PREVIOUS}${process.pid}`);
  rmSync(aside, { recursive: true, force: true });
  const hadOld = existsSync(dest);
  if (hadOld) renameSync(dest, aside);
  try {
    renameSync(staging, dest);
  } catch (e) {
    if (hadOld) renameSync(aside, dest);
    throw e;
  }
  if (hadOld) rmSync(aside, { recursive: true, force: true });
}
