import { DataError, locate, quote } from './data-error';
import type { DataPackage } from './datapackage';
import { inferTableSchema } from './infer-schema';
import { keyOf, loadTable, type Row } from './load-table';
import { readCsv } from './read-csv';
import type { TableSchema } from './table-schema';

export type { Row } from './load-table';

/** A CSV under data/ with its schema and its typed rows. */
export interface Dataset {
  /** Its path under data/ without ".csv": "retrieval-qa/runs". */
  name: string;
  /** The CSV as the caller spelled its path; messages name it. */
  file: string;
  /** The resource's title in datapackage.json, else its name. */
  title: string;
  schema: TableSchema;
  rows: readonly Row[];
  /** The line of the CSV each row starts on. */
  lines: readonly number[];
  /** The datasets this one's foreign keys point to, and the columns that join them. */
  references: readonly DatasetReference[];
}

export interface DatasetReference {
  fields: readonly string[];
  dataset: Dataset;
  referenced: readonly string[];
}

/** A CSV that no datapackage.json describes: its column types are inferred from its values. */
export async function loadCsvDataset(file: string, name: string): Promise<Dataset> {
  const csv = await readCsv(file);
  const table = loadTable(csv, inferTableSchema(csv));
  return { name, file, title: name, schema: table.schema, rows: table.rows, lines: table.lines, references: [] };
}

/**
 * Every resource of a data package, each checked against its declared schema, then every
 * foreign key checked across them. `nameOf` gives a resource's dataset name from its file.
 * Resources are read in the package's order, so the first bad file reported is the first listed.
 */
export async function loadPackageDatasets(pkg: DataPackage, nameOf: (file: string) => string): Promise<Map<string, Dataset>> {
  const byResource = new Map<string, Dataset>();
  for (const resource of pkg.resources) {
    const csv = await readCsv(resource.file);
    const table = loadTable(csv, resource.schema);
    const name = nameOf(resource.file);
    byResource.set(resource.name, { name, file: resource.file, title: resource.title ?? name, schema: table.schema, rows: table.rows, lines: table.lines, references: [] });
  }
  for (const resource of pkg.resources) {
    const ds = byResource.get(resource.name) as Dataset;
    const references = ds.schema.foreignKeys.map((fk) => {
      const target = fk.reference.resource === '' ? ds : (byResource.get(fk.reference.resource) as Dataset);
      checkForeignKey(ds, fk.fields, target, fk.reference.fields);
      return { fields: fk.fields, dataset: target, referenced: fk.reference.fields };
    });
    (ds as { references: readonly DatasetReference[] }).references = references;
  }
  return byResource;
}

/** Every row's values of `fields` must appear as the values of `referenced` in some row of `target`. */
function checkForeignKey(ds: Dataset, fields: readonly string[], target: Dataset, referenced: readonly string[]): void {
  const rowKey = (row: Row, cols: readonly string[]): string | undefined => {
    const values = cols.map((c) => row[c] ?? null);
    // A missing value refers to nothing, as the standard has it.
    return values.some((v) => v === null) ? undefined : keyOf(values);
  };
  const known = new Set<string>();
  for (const row of target.rows) {
    const k = rowKey(row, referenced);
    if (k !== undefined) known.add(k);
  }
  ds.rows.forEach((row, i) => {
    const k = rowKey(row, fields);
    if (k === undefined || known.has(k)) return;
    const line = ds.lines[i] as number;
    const column = fields.join(',');
    const value = fields.map((f) => String(row[f])).join(',');
    const named = fields.map((f) => `${f} ${quote(String(row[f]))}`).join(', ');
    throw new DataError(`${locate(ds.file, line, column)}: ${named} is not listed in ${target.file} (column ${referenced.map((r) => `"${r}"`).join(', ')}).`, {
      file: ds.file,
      line,
      column,
      value,
    });
  });
}
