import { z } from 'zod';

/**
 * The part of the Frictionless Table Schema standard (specs.frictionlessdata.io/table-schema) a
 * dataset's columns are described with, in datapackage.json or inferred from the CSV itself.
 * Anything the loader would not enforce is rejected rather than ignored, so a constraint written
 * in a schema always holds in the data.
 */

/** The column types the loader reads; Frictionless's `any` reads as text. */
export const FIELD_TYPES = ['string', 'integer', 'number', 'boolean', 'date'] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

const constraintsSchema = z
  .object({
    /** Every row must have a value (no empty cell). */
    required: z.boolean().optional(),
    /** No two rows share a value (empty cells excepted). */
    unique: z.boolean().optional(),
    /** The only values allowed, written as the CSV writes them ("0", "ran") or as JSON values. */
    enum: z.array(z.union([z.string(), z.number(), z.boolean()])).min(1).optional(),
    /** Smallest and largest allowed number (inclusive), or earliest and latest date. */
    minimum: z.union([z.number(), z.string()]).optional(),
    maximum: z.union([z.number(), z.string()]).optional(),
    /** Bounds that the value must lie strictly inside (Table Schema v2). */
    exclusiveMinimum: z.number().optional(),
    exclusiveMaximum: z.number().optional(),
    /** Shortest and longest text, in characters. */
    minLength: z.number().int().nonnegative().optional(),
    maxLength: z.number().int().positive().optional(),
    /** A regular expression the whole text must match. */
    pattern: z.string().optional(),
  })
  .strict();

export const fieldSchema = z
  .object({
    /** The column's name, exactly as the CSV header writes it. */
    name: z.string().min(1),
    /** How its cells are read; `any` means text. Default: string. */
    type: z.enum([...FIELD_TYPES, 'any']).default('string'),
    /** Frictionless formats; only `default` is read (dates are always YYYY-MM-DD). */
    format: z.literal('default').optional(),
    /** A human name for axes, legends and table headers ("Agent time (s)"). */
    title: z.string().min(1).optional(),
    /** What the column means; shown nowhere, kept for readers of the package. */
    description: z.string().optional(),
    /** For booleans: the texts read as true and as false (default, as the standard says: true/True/TRUE/1 and false/False/FALSE/0). */
    trueValues: z.array(z.string()).min(1).optional(),
    falseValues: z.array(z.string()).min(1).optional(),
    constraints: constraintsSchema.optional(),
    example: z.unknown().optional(),
  })
  .strict();

const columnList = z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]);

export const tableSchemaSchema = z
  .object({
    fields: z.array(fieldSchema).min(1),
    /** Columns whose values together identify a row: no two rows may share them. */
    primaryKey: columnList.optional(),
    /** Columns whose values must appear in another resource of the same package. */
    foreignKeys: z
      .array(
        z
          .object({
            fields: columnList,
            /** `resource` names another resource of the package ("" would mean this one). */
            reference: z.object({ resource: z.string(), fields: columnList }).strict(),
          })
          .strict(),
      )
      .optional(),
    /** Texts that mean "no value". Default: the empty cell. */
    missingValues: z.array(z.string()).optional(),
  })
  .strict();

export type FieldDescriptor = z.input<typeof fieldSchema>;
export type TableSchemaDescriptor = z.input<typeof tableSchemaSchema>;

/** One column of a dataset, resolved: every default applied. */
export interface Field {
  name: string;
  type: FieldType;
  /** What axes and tables call it: the schema's title, else the name. */
  title: string;
  trueValues: readonly string[];
  falseValues: readonly string[];
  constraints: z.output<typeof constraintsSchema>;
}

export interface ForeignKey {
  fields: readonly string[];
  reference: { resource: string; fields: readonly string[] };
}

/** A dataset's columns and rules, resolved: declared in a datapackage.json or inferred. */
export interface TableSchema {
  fields: readonly Field[];
  primaryKey: readonly string[];
  foreignKeys: readonly ForeignKey[];
  missingValues: readonly string[];
  /** Whether the types were declared (datapackage.json) or inferred from the values. */
  declared: boolean;
}

const asList = (v: string | readonly string[] | undefined): string[] => (v === undefined ? [] : typeof v === 'string' ? [v] : [...v]);

/** A parsed Table Schema with its defaults applied, checked for names that do not exist. */
export function resolveTableSchema(parsed: z.output<typeof tableSchemaSchema>, where: string): TableSchema {
  const names = parsed.fields.map((f) => f.name);
  const seen = new Set<string>();
  for (const name of names) {
    if (seen.has(name)) throw new Error(`${where}: the field "${name}" is declared twice.`);
    seen.add(name);
  }
  const known = (cols: readonly string[], what: string): void => {
    for (const c of cols) if (!seen.has(c)) throw new Error(`${where}: the ${what} names the field "${c}", which the schema does not declare; its fields are ${names.join(', ')}.`);
  };
  const primaryKey = asList(parsed.primaryKey);
  known(primaryKey, 'primaryKey');
  const foreignKeys = (parsed.foreignKeys ?? []).map((fk) => {
    const fields = asList(fk.fields);
    const ref = asList(fk.reference.fields);
    known(fields, 'foreign key');
    if (fields.length !== ref.length) {
      throw new Error(`${where}: the foreign key on ${fields.join(', ')} names ${ref.length} referenced fields; it needs ${fields.length}.`);
    }
    return { fields, reference: { resource: fk.reference.resource, fields: ref } };
  });
  return {
    fields: parsed.fields.map((f) => ({
      name: f.name,
      type: f.type === 'any' ? 'string' : f.type,
      title: f.title ?? f.name,
      trueValues: f.trueValues ?? ['true', 'True', 'TRUE', '1'],
      falseValues: f.falseValues ?? ['false', 'False', 'FALSE', '0'],
      constraints: f.constraints ?? {},
    })),
    primaryKey,
    foreignKeys,
    missingValues: parsed.missingValues ?? [''],
    declared: true,
  };
}
