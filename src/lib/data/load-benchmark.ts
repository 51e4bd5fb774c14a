import { readModels } from './models-csv';
import { readRuns } from './runs-csv';
import { readTasks } from './tasks-csv';
import type { Benchmark } from './types';

/**
 * Loads models.csv, tasks.csv and runs.csv from `dir` and checks them against each other.
 * All or nothing: it either returns the whole benchmark or throws a DataError (exit code 65)
 * naming the file, line, column and value at fault. The one loader for the site and the CLIs.
 */
export async function loadBenchmark(dir: string): Promise<Benchmark> {
  // Plain concatenation rather than path.join, so messages show the directory as the caller wrote it.
  const inDir = (name: string): string => (dir.endsWith('/') ? `${dir}${name}` : `${dir}/${name}`);
  const modelsFile = inDir('models.csv');
  const tasksFile = inDir('tasks.csv');
  const models = await readModels(modelsFile);
  const tasks = await readTasks(tasksFile);
  const runs = await readRuns(inDir('runs.csv'), {
    models: new Set(models.map((m) => m.model)),
    modelsFile,
    tasks: new Set(tasks.map((t) => t.task)),
    tasksFile,
  });
  return { dir, runs, models, tasks };
}
