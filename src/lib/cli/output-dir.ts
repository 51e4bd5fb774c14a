import { createHash } from 'node:crypto';
import { basename, dirname, join, resolve } from 'node:path';
import { canonicalJson } from './canonical-json';
import { CliError } from './cli-error';

/** The file-system calls an output folder needs, so tests can run against a temp dir and fail writes on purpose. */
export interface OutputIo {
  readFile(path: string): Promise<Uint8Array>;
  writeFile(path: string, data: string): Promise<void>;
  /** Creates a directory and its parents; fine if it exists. */
  mkdir(path: string): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  /** Removes a file or directory tree; fine if it does not exist. */
  rm(path: string): Promise<void>;
  /** What is at a path: a file, a directory, or nothing. */
  kind(path: string): Promise<'file' | 'directory' | 'none'>;
  /** The names in a directory. */
  readdir(path: string): Promise<string[]>;
  /** A string that no other run uses at the same time (names the temp dirs). */
  uniqueSuffix(): string;
}

/** Who wrote an output folder, recorded in its manifest.json; a folder is ours when its manifest names our tool. */
export interface ToolInfo {
  name: string;
  version: string;
}

export const MANIFEST = 'manifest.json';

function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** The files a previous run of this tool wrote into `dir`, from its manifest; undefined when the folder is not ours. */
async function ownedFiles(dir: string, io: OutputIo, tool: ToolInfo): Promise<Set<string> | undefined> {
  if ((await io.kind(join(dir, MANIFEST))) !== 'file') return undefined;
  try {
    const m = JSON.parse(Buffer.from(await io.readFile(join(dir, MANIFEST))).toString('utf8')) as { tool?: { name?: unknown }; outputs?: Array<{ file?: unknown }> };
    if (m.tool?.name !== tool.name || !Array.isArray(m.outputs)) return undefined;
    return new Set([MANIFEST, ...m.outputs.map((o) => String(o.file))]);
  } catch {
    return undefined;
  }
}

/**
 * Whether `out` may be written, before any work is done: a file never, a folder holding files
 * this tool did not write only with `force`. Returns what is there and the foreign names.
 */
export async function checkOutputDir(out: string, io: OutputIo, tool: ToolInfo, force: boolean): Promise<{ kind: 'directory' | 'none'; foreign: string[] }> {
  const kind = await io.kind(out);
  if (kind === 'file') throw new CliError(`--out ${out} is a file; give the folder the figures should go to.`, 2);
  const names = kind === 'directory' ? await io.readdir(out) : [];
  const owned = kind === 'directory' ? await ownedFiles(out, io, tool) : undefined;
  const foreign = owned ? names.filter((n) => !owned.has(n)) : names;
  if (foreign.length > 0 && !force) {
    const shown = foreign.slice(0, 5).join(', ') + (foreign.length > 5 ? `, and ${foreign.length - 5} more` : '');
    throw new CliError(
      `--out ${out} holds files this tool did not write (${shown}); it writes only into a new folder or one it wrote before. Choose another --out, or pass --force to add the figures to it without removing anything.`,
      2,
    );
  }
  return { kind, foreign };
}

export interface WriteOutputOptions {
  /** Write into a folder this tool did not create, file by file, leaving everything else in it. */
  force: boolean;
  /** What the manifest records besides the outputs (inputs, choices). */
  manifest: Record<string, unknown>;
}

/**
 * Writes `files` and a manifest (SHA-256 of each output, no timestamps) into the folder `out`,
 * all or nothing, without ever deleting a file this tool did not write:
 *
 * - a new or empty folder, or one a previous run wrote (its manifest names this tool and lists
 *   every file in it), is replaced as a whole: the files are written into a temp folder beside
 *   it, which takes its place in one rename once every write succeeded;
 * - a file is refused, and so is a folder holding anything else, unless `force`: then the files
 *   are written into it one by one, each through a temp file and a rename, and nothing is removed.
 *
 * On any failure the temp folder is removed and `out` is as it was.
 */
export async function writeOutputDir(out: string, files: ReadonlyArray<[string, string]>, io: OutputIo, tool: ToolInfo, opts: WriteOutputOptions): Promise<string[]> {
  const manifest = canonicalJson({
    tool: { name: tool.name, version: tool.version },
    ...opts.manifest,
    outputs: files
      .map(([file, data]) => ({ file, bytes: Buffer.byteLength(data, 'utf8'), sha256: sha256(data) }))
      .sort((x, y) => (x.file < y.file ? -1 : x.file > y.file ? 1 : 0)),
  });
  const all: Array<[string, string]> = [...files, [MANIFEST, manifest]];
  const { kind, foreign } = await checkOutputDir(out, io, tool, opts.force);
  if (foreign.length > 0) {
    for (const [name, data] of all) {
      const temp = join(out, `.${name}.tmp-${io.uniqueSuffix()}`);
      try {
        await io.writeFile(temp, data);
        await io.rename(temp, join(out, name));
      } catch (e) {
        await io.rm(temp);
        throw e;
      }
    }
    return all.map(([name]) => name);
  }

  const parent = dirname(resolve(out));
  const base = basename(resolve(out));
  const suffix = io.uniqueSuffix();
  const temp = join(parent, `.${base}.tmp-${suffix}`);
  const aside = join(parent, `.${base}.old-${suffix}`);
  await io.mkdir(parent);
  await io.mkdir(temp);
  try {
    // All at once: one write after another costs a round trip to the file system each.
    const results = await Promise.allSettled(all.map(([name, data]) => io.writeFile(join(temp, name), data)));
    const failed = results.find((r) => r.status === 'rejected');
    if (failed) throw failed.reason;
  } catch (e) {
    await io.rm(temp);
    throw e;
  }
  const hadOld = kind === 'directory';
  try {
    if (hadOld) await io.rename(out, aside);
  } catch (e) {
    await io.rm(temp);
    throw e;
  }
  try {
    await io.rename(temp, out);
  } catch (e) {
    // Put the previous outputs back before reporting.
    if (hadOld) await io.rename(aside, out);
    await io.rm(temp);
    throw e;
  }
  // Everything in the old folder is listed in its manifest (checked above), so this removes only our own files.
  if (hadOld) await io.rm(aside);
  return all.map(([name]) => name);
}
