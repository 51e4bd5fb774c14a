import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { dirname, relative, resolve, sep } from 'node:path';
import { DataError } from './data-error';
import { inDir, readDataPackage, type DataPackage } from './datapackage';
import { loadCsvDataset, loadPackageDatasets, type Dataset } from './load-dataset';

export type { Dataset, DatasetReference, Row } from './load-dataset';

/** Where datasets live, relative to the working directory (the project root in builds). */
export const DATA_DIR = 'data';

/** A dataset name that cannot be a path under data/. */
export class DatasetNameError extends Error {
  readonly value: string;
  constructor(value: string) {
    super(
      `The dataset name "${value}" is not a CSV path under data/: write the path without ".csv", in segments of letters, digits, "-", "_" and "." separated by "/" (e.g. data="retrieval-qa/runs").`,
    );
    this.name = 'DatasetNameError';
    this.value = value;
  }
}

const NAME = /^[A-Za-z0-9_][A-Za-z0-9_.-]*(?:\/[A-Za-z0-9_][A-Za-z0-9_.-]*)*$/;

/** data/<name>.csv for a valid name. */
export function datasetFile(name: string, dataDir = DATA_DIR): string {
  if (!NAME.test(name) || name.split('/').some((s) => s === '.' || s === '..')) throw new DatasetNameError(name);
  return inDir(dataDir, `${name}.csv`);
}

/** The dataset name of a CSV under dataDir: its path there without ".csv", "/" between segments. */
export function datasetName(file: string, dataDir = DATA_DIR): string {
  return relative(resolve(dataDir), resolve(file)).split(sep).join('/').replace(/\.csv$/i, '');
}

/** Every dataset under dataDir (each CSV in it or in its folders), in code-unit order. */
export async function listDatasets(dataDir = DATA_DIR): Promise<string[]> {
  const out: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    for (const e of await readdir(dir, { withFileTypes: true })) {
      const path = `${dir}/${e.name}`;
      if (e.isDirectory()) await walk(path);
      else if (e.isFile() && /\.csv$/i.test(e.name)) out.push(datasetName(path, dataDir));
    }
  };
  if (existsSync(dataDir)) await walk(dataDir);
  return out.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** The nearest datapackage.json above a CSV, up to dataDir itself, that lists the CSV as a resource. */
async function packageOf(file: string, dataDir: string): Promise<DataPackage | undefined> {
  const top = resolve(dataDir);
  for (let dir = dirname(file); ; dir = dirname(dir)) {
    const pkg = await readDataPackage(dir);
    if (pkg && pkg.resources.some((r) => resolve(r.file) === resolve(file))) return pkg;
    if (resolve(dir) === top || dirname(dir) === dir || !resolve(dir).startsWith(top)) return undefined;
  }
}

const loaded = new Map<string, Promise<Map<string, Dataset>>>();

/**
 * The dataset, loaded afresh (with its package, if it has one) and not remembered: for checking a
 * file the moment it changes, outside the build's memo.
 */
export async function loadDatasetNow(name: string, dataDir = DATA_DIR): Promise<Dataset> {
  const file = datasetFile(name, dataDir);
  const pkg = await packageOf(file, dataDir);
  const group = pkg ? await loadPackageDatasets(pkg, (f) => datasetName(f, dataDir)) : new Map([[name, await loadCsvDataset(file, name)]]);
  const found = [...group.values()].find((d) => resolve(d.file) === resolve(file));
  if (!found) throw new Error(`The dataset "${name}" was not loaded with its package.`);
  return found;
}

/**
 * Loads the dataset data/<name>.csv once per build, however many pages and charts read it: with
 * the schema of the data package that lists it (and every other resource of that package, to
 * check foreign keys), else with types inferred from its values. A failed load is not
 * remembered, so the next render tries again. In the dev server the data watcher re-evaluates
 * this module when a CSV changes, which empties the memo.
 */
export async function dataset(name: string, dataDir = DATA_DIR): Promise<Dataset> {
  const file = datasetFile(name, dataDir);
  if (!existsSync(file)) {
    const known = await listDatasets(dataDir);
    throw new DataError(`There is no dataset "${name}": ${file} does not exist. The datasets are ${known.map((k) => `"${k}"`).join(', ') || 'none'}.`, { file });
  }
  const pkg = await packageOf(file, dataDir);
  // A package loads as a whole (its foreign keys span its resources), so it is remembered as one.
  const key = resolve(pkg ? pkg.file : file);
  let group = loaded.get(key);
  if (!group) {
    group = pkg ? loadPackageDatasets(pkg, (f) => datasetName(f, dataDir)) : loadCsvDataset(file, name).then((d) => new Map([[name, d]]));
    loaded.set(key, group);
    group.catch(() => loaded.delete(key));
  }
  const found = [...(await group).values()].find((d) => resolve(d.file) === resolve(file));
  if (!found) throw new Error(`The dataset "${name}" was not loaded with its package.`);
  return found;
}
