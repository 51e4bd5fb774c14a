import { nameCell, positiveCell } from './csv-fields';
import { DataError, locate, quote } from './data-error';
import { readCsv } from './read-csv';
import { createRowParser } from './row-parser';
import type { ModelInfo } from './types';

/**
 * One line of models.csv. The keys are the exact column names, in the order files are written.
 * Across the row, active_params_b must not exceed total_params_b (checked in readModels).
 */
export const modelRowSchema = {
  shape: {
    /** Model name exactly as runs.csv spells it, without the quant (e.g. "Qwen3.6-27B"). */
    model: nameCell,
    /** Family used to colour charts (e.g. "Qwen3.6", "gpt-oss"). */
    family: nameCell,
    /** Total parameters in billions, from the model card. */
    total_params_b: positiveCell,
    /** Parameters active per token in billions; equals the total for dense models. */
    active_params_b: positiveCell,
  },
} as const;

export const MODEL_COLUMNS = Object.keys(modelRowSchema.shape);

/** Reads models.csv; a model listed twice is an error naming both lines. */
export async function readModels(file: string): Promise<ModelInfo[]> {
  const models: ModelInfo[] = [];
  const lineOf = new Map<string, number>();
  const parseRow = createRowParser(modelRowSchema, file);
  const activeAt = MODEL_COLUMNS.indexOf('active_params_b');
  const { records } = await readCsv({
    file,
    columns: MODEL_COLUMNS,
    onRecord: (values, line) => {
      const row = parseRow(values, line);
      if (row.active_params_b > row.total_params_b) {
        const value = values[activeAt] ?? '';
        throw new DataError(
          `${locate(file, line, 'active_params_b')}: expected at most total_params_b (${row.total_params_b}), got ${quote(value)}.`,
          { file, line, column: 'active_params_b', value },
        );
      }
      const first = lineOf.get(row.model);
      if (first !== undefined) {
        throw new DataError(
          `${locate(file, line, 'model')}: model ${quote(row.model)} is listed twice, on line ${first} and line ${line}.`,
          { file, line, column: 'model', value: row.model },
        );
      }
      lineOf.set(row.model, line);
      models.push({
        model: row.model,
        family: row.family,
        totalParamsB: row.total_params_b,
        activeParamsB: row.active_params_b,
      });
    },
  });
  if (records === 0) throw new DataError(`${file} has a header line but no models.`, { file, line: 1 });
  return models;
}
