import { inferTableSchema } from '../../../src/lib/data/infer-schema';
import type { Dataset } from '../../../src/lib/data/load-dataset';
import { loadTable } from '../../../src/lib/data/load-table';

/**
 * A dataset from CSV text held in memory, types inferred as for a CSV under data/ without a
 * package (simple values only: no quoting). `file` names it in messages.
 */
export function memoryDataset(name: string, text: string, file = `data/${name}.csv`): Dataset {
  const [head = '', ...lines] = text.trim().split('\n');
  const header = head.split(',');
  const records = lines.map((l) => l.split(','));
  const csv = { file, header, records, lines: records.map((_, i) => i + 2) };
  const table = loadTable(csv, inferTableSchema(header, records));
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
