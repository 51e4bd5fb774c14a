import { DataError, locate, quote } from '../../lib/data/data-error';
import { parseDataPackage, readDataPackage } from '../../lib/data/datapackage';
import { dataset, DATA_DIR } from '../../lib/data/dataset';
import { loadPackageDatasets, type Dataset } from '../../lib/data/load-dataset';
import definition from '../../../data/harness-bench/datapackage.json' with { type: 'json' };
import type { HarnessBench, HarnessRun, ModelRow, TaskRow } from './types';

/** Where the shared definition lives, for messages about it. */
const DEFINITION = 'data/harness-bench/datapackage.json';

/**
 * A folder of harness-bench-shaped data (runs.csv, models.csv, tasks.csv), loaded through the
 * generic dataset loader: with the folder's own datapackage.json, or else harness-bench's (so a
 * copy of the data, a fixture or a new sweep need not carry one). All or nothing: it returns the
 * whole benchmark or throws a DataError naming the file, line, column and value at fault.
 */
export async function loadHarnessBench(dir: string): Promise<HarnessBench> {
  return harnessBenchOf(dir, await harnessBenchDatasets(dir));
}

/** The datasets of a harness-bench-shaped folder by resource name, each checked against the package. */
export async function harnessBenchDatasets(dir: string): Promise<Map<string, Dataset>> {
  const pkg = (await readDataPackage(dir)) ?? parseDataPackage(definition, dir, DEFINITION);
  return loadPackageDatasets(pkg, (file) => file);
}

/** The site's harness-bench, data/harness-bench/, through the datasets the charts of the page share. */
export async function siteHarnessBench(dataDir = DATA_DIR): Promise<HarnessBench> {
  const names = ['runs', 'models', 'tasks'];
  const loaded = await Promise.all(names.map((r) => dataset(`harness-bench/${r}`, dataDir)));
  return harnessBenchOf(`${dataDir}/harness-bench`, new Map(names.map((n, i) => [n, loaded[i] as Dataset])));
}

/** The typed benchmark from its three checked datasets, after the one rule a schema cannot state. */
export function harnessBenchOf(dir: string, datasets: ReadonlyMap<string, Dataset>): HarnessBench {
  const get = (name: string): Dataset => {
    const ds = datasets.get(name);
    if (!ds) throw new DataError(`${dir} has no dataset "${name}", which harness-bench needs.`, { file: dir });
    return ds;
  };
  const runs = get('runs');
  const models = get('models');
  const tasks = get('tasks');
  checkActiveWithinTotal(models);
  return {
    dir,
    runs: runs.rows as unknown as HarnessRun[],
    models: models.rows as unknown as ModelRow[],
    tasks: tasks.rows as unknown as TaskRow[],
  };
}

/**
 * A rule across two columns, which a Table Schema cannot state: a model cannot have more
 * parameters active per token than it has in all.
 */
function checkActiveWithinTotal(models: Dataset): void {
  models.rows.forEach((row, i) => {
    const active = row['active_params_b'] as number;
    const total = row['total_params_b'] as number;
    if (active <= total) return;
    const line = models.lines[i] as number;
    throw new DataError(`${locate(models.file, line, 'active_params_b')}: expected at most total_params_b (${total}), got ${quote(String(active))}.`, {
      file: models.file,
      line,
      column: 'active_params_b',
      value: String(active),
    });
  });
}

