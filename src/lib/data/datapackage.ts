import { readFile } from 'node:fs/promises';
import { isAbsolute, normalize, sep } from 'node:path';
import { z } from 'zod';
import { DataError } from './data-error';
import { resolveTableSchema, tableSchemaSchema, type TableSchema } from './table-schema';

/**
 * A Frictionless Data Package (specs.frictionlessdata.io/data-package), `data/<folder>/datapackage.json`:
 * the folder's CSVs as named resources, each with a Table Schema. Metadata the standard allows
 * (titles, licences, sources...) is kept out of the way; anything that would change how a CSV is
 * read (a dialect, another encoding or format) is refused, since the loader reads RFC 4180 UTF-8 CSV only.
 */
const resourceSchema = z
  .object({
    /** How foreign keys of other resources refer to this one ("models"). */
    name: z.string().regex(/^[a-z0-9._-]+$/, 'expected a lower-case name of letters, digits, ".", "_" and "-"'),
    /** The CSV, relative to the folder of datapackage.json. */
    path: z.string().regex(/\.csv$/i, 'expected the path of a .csv file'),
    schema: tableSchemaSchema,
    title: z.string().optional(),
    description: z.string().optional(),
    format: z.literal('csv').optional(),
    mediatype: z.literal('text/csv').optional(),
    encoding: z.enum(['utf-8', 'UTF-8', 'utf8']).optional(),
    profile: z.string().optional(),
    licenses: z.array(z.unknown()).optional(),
    sources: z.array(z.unknown()).optional(),
    bytes: z.number().optional(),
    hash: z.string().optional(),
  })
  .strict();

export const dataPackageSchema = z.looseObject({
  name: z.string().optional(),
  title: z.string().optional(),
  description: z.string().optional(),
  resources: z.array(resourceSchema).min(1),
});

export interface PackageResource {
  name: string;
  /** The CSV's path: the package folder joined with the resource path, as the caller spelled the folder. */
  file: string;
  title: string | undefined;
  schema: TableSchema;
}

export interface DataPackage {
  /** datapackage.json, as the caller spelled its folder. */
  file: string;
  title: string | undefined;
  resources: PackageResource[];
}

/** A file in `dir`, by concatenation rather than path.join, so messages show the folder as the caller wrote it. */
export function inDir(dir: string, name: string): string {
  return dir.endsWith('/') ? `${dir}${name}` : `${dir}/${name}`;
}

function issuePath(path: ReadonlyArray<PropertyKey>): string {
  return path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '');
}

/**
 * Reads `<dir>/datapackage.json`, or returns undefined when the folder has none. A package that
 * does not follow the standard, names a file outside its folder or a resource twice, or whose
 * keys name fields it does not declare, is a DataError naming the file and the property at fault.
 */
export async function readDataPackage(dir: string): Promise<DataPackage | undefined> {
  const file = inDir(dir, 'datapackage.json');
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    if (err && typeof err === 'object' && 'code' in err && err.code === 'ENOENT') return undefined;
    throw new DataError(`${file} could not be read: ${err instanceof Error ? err.message : String(err)}.`, { file });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new DataError(`${file} is not valid JSON: ${err instanceof Error ? err.message : String(err)}.`, { file });
  }
  return parseDataPackage(json, dir, file);
}

/**
 * A data package's JSON checked against the standard, its resources rooted in `dir`. `file` is
 * what messages name (the package's own file, or where a definition shared by several folders lives).
 */
export function parseDataPackage(json: unknown, dir: string, file: string): DataPackage {
  const parsed = dataPackageSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue ? issuePath(issue.path) : '';
    throw new DataError(`${file}${where ? `, at ${where}` : ''}: ${issue?.message ?? 'not a data package'}.`, { file, ...(where ? { column: where } : {}) });
  }
  const names = new Set<string>();
  const resources = parsed.data.resources.map((r, i) => {
    const at = `${file}, at resources[${i}]`;
    if (names.has(r.name)) throw new DataError(`${at}.name: the resource name "${r.name}" is used twice.`, { file });
    names.add(r.name);
    const rel = normalize(r.path);
    if (isAbsolute(r.path) || rel === '..' || rel.startsWith(`..${sep}`)) {
      throw new DataError(`${at}.path: "${r.path}" lies outside the package folder; give a path inside ${dir}.`, { file });
    }
    let schema: TableSchema;
    try {
      schema = resolveTableSchema(r.schema, `${at}.schema`);
    } catch (err) {
      throw new DataError(err instanceof Error ? err.message : String(err), { file });
    }
    return { name: r.name, file: inDir(dir, r.path), title: r.title, schema };
  });
  for (const [i, r] of resources.entries()) {
    for (const fk of r.schema.foreignKeys) {
      const target = fk.reference.resource === '' ? r : resources.find((o) => o.name === fk.reference.resource);
      if (!target) {
        throw new DataError(`${file}, at resources[${i}].schema.foreignKeys: no resource is named "${fk.reference.resource}"; the resources are ${[...names].join(', ')}.`, { file });
      }
      for (const f of fk.reference.fields) {
        if (!target.schema.fields.some((tf) => tf.name === f)) {
          throw new DataError(`${file}, at resources[${i}].schema.foreignKeys: the resource "${target.name}" declares no field "${f}".`, { file });
        }
      }
    }
  }
  return { file, title: parsed.data.title, resources };
}
