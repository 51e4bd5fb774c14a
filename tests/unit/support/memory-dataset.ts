import { inferTableSchema } from '../../../src/lib/data/infer-schema';
import type { Dataset } from '../../../src/lib/data/load-dataset';
import { loadTable } from '../../../src/lib/data/load-table';
import { parseCsv } from '../../../src/lib/data/read-csv';

/**
 * A dataset from CSV text held in memory, read and typed as a CSV under data/ without a package
 * is. `file` names it in messages.
 */
export function memoryDataset(name: string, text: string, file = `data/${name}.csv`): Dataset {
  const csv = parseCsv(file, text.trim());
  const table = loadTable(csv, inferTableSchema(csv));
  return { name, file, title: name, schema: table.schema, rows: table.rows, lines: table.lines, references: [] };
}

/** A loader over in-memory datasets, by name. */
export function memoryLoader(...datasets: Dataset[]): (name: string) => Promise<Dataset> {
  return async (name) => {
    const ds = datasets.find((d) => d.name === name);
    if (!ds) throw new Error(`no dataset ${name}`);
    return ds;
  };
}
