import { nameCell } from './csv-fields';
import { DataError, locate, quote } from './data-error';
import { readCsv } from './read-csv';
import { createRowParser } from './row-parser';
import type { TaskInfo } from './types';

/** One line of tasks.csv. The keys are the exact column names. */
export const taskRowSchema = {
  shape: {
    /** Task id exactly as runs.csv spells it (e.g. "jax1_complex_lp"). */
    task: nameCell,
    /** Language or framework the task is written in (e.g. "JAX", "Rust"). */
    language: nameCell,
  },
} as const;

export const TASK_COLUMNS = Object.keys(taskRowSchema.shape);

/** Reads tasks.csv; a task listed twice is an error naming both lines. */
export async function readTasks(file: string): Promise<TaskInfo[]> {
  const tasks: TaskInfo[] = [];
  const lineOf = new Map<string, number>();
  const parseRow = createRowParser(taskRowSchema, file);
  const { records } = await readCsv({
    file,
    columns: TASK_COLUMNS,
    onRecord: (values, line) => {
      const row = parseRow(values, line);
      const first = lineOf.get(row.task);
      if (first !== undefined) {
        throw new DataError(
          `${locate(file, line, 'task')}: task ${quote(row.task)} is listed twice, on line ${first} and line ${line}.`,
          { file, line, column: 'task', value: row.task },
        );
      }
      lineOf.set(row.task, line);
      tasks.push({ task: row.task, language: row.language });
    },
  });
  if (records === 0) throw new DataError(`${file} has a header line but no tasks.`, { file, line: 1 });
  return tasks;
}
