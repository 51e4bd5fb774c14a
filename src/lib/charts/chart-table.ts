import type { TopLevelSpec } from 'vega-lite';
import { isObject, specObject, type Json, type JsonObject } from './json';
import { channelField, unitViews, type UnitView } from './vl-units';

export type TableValue = string | number | boolean | null;

export interface TableColumn {
  field: string;
  title: string;
  /** A d3-format string from the spec's tooltip (".1%", ".0f"), used to print numbers. */
  format?: string;
  /** Right-aligned, tabular figures. */
  numeric: boolean;
}

/** The numbers behind a chart: what the "Data" table shows and the CSV download holds. */
export interface ChartTable {
  columns: TableColumn[];
  rows: Array<Record<string, TableValue>>;
}

function tableValue(v: Json | undefined): TableValue {
  if (v === undefined || v === null) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  return JSON.stringify(v);
}

function tooltipDefs(view: UnitView): JsonObject[] {
  const t = view.encoding['tooltip'];
  if (Array.isArray(t)) return t.filter(isObject);
  return isObject(t) && channelField(t) ? [t] : [];
}

/** The unit whose rows a chart's table shows: the largest inline data set with tooltips, else the largest. */
function tableView(spec: TopLevelSpec): UnitView | undefined {
  const views = unitViews(specObject(spec, 'Vega-Lite spec')).filter((v) => v.rows && v.rows.length > 0);
  const withTips = views.filter((v) => tooltipDefs(v).length > 0);
  const pool = withTips.length > 0 ? withTips : views;
  let best: UnitView | undefined;
  for (const v of pool) if (!best || (v.rows?.length ?? 0) > (best.rows?.length ?? 0)) best = v;
  return best;
}

/** Numbers, and numbers printed for reading: "65/80", "81.2%", "582 s", "+2". */
function looksNumeric(v: Json): boolean {
  return typeof v === 'number' || (typeof v === 'string' && /^[+-]?\d[\d,]*(?:\.\d+)?(?:%| s|\/\d[\d,]*)?$/.test(v));
}

/**
 * The raw rows behind a chart's table for a CSV download: the same rows as specTable(), every
 * field they carry (numbers unformatted), in first-seen order.
 */
export function specCsvRows(spec: TopLevelSpec): { header: string[]; rows: TableValue[][] } {
  const rows = tableView(spec)?.rows ?? [];
  const header: string[] = [];
  for (const r of rows) for (const k of Object.keys(r)) if (!header.includes(k)) header.push(k);
  return { header, rows: rows.map((r) => header.map((h) => tableValue(r[h]))) };
}

/**
 * The table of a Vega-Lite spec: the inline rows of its most detailed unit that has a tooltip
 * (the builders put every field of a mark in its tooltip), with the tooltip's fields, titles and
 * formats as columns. Without tooltips: the largest inline dataset, all of its fields.
 */
export function specTable(spec: TopLevelSpec): ChartTable {
  const best = tableView(spec);
  if (!best?.rows) return { columns: [], rows: [] };
  const rows = best.rows;
  const present = new Set(rows.flatMap((r) => Object.keys(r)));
  const defs = tooltipDefs(best).filter((d) => present.has(channelField(d) ?? ''));
  const specs: Array<{ field: string; title?: Json | undefined; format?: Json | undefined; type?: Json | undefined }> =
    defs.length > 0
      ? defs.map((d) => ({ field: channelField(d) ?? '', title: d['title'], format: d['format'], type: d['type'] }))
      : [...present].map((field) => ({ field }));
  const seen = new Set<string>();
  const columns: TableColumn[] = [];
  for (const s of specs) {
    if (seen.has(s.field)) continue;
    seen.add(s.field);
    const values = rows.map((r) => r[s.field]).filter((v) => v !== undefined && v !== null);
    const numeric = s.type === 'quantitative' || (values.length > 0 && values.every(looksNumeric));
    columns.push({
      field: s.field,
      title: typeof s.title === 'string' ? s.title : s.field,
      ...(typeof s.format === 'string' ? { format: s.format } : {}),
      numeric,
    });
  }
  return {
    columns,
    rows: rows.map((r) => Object.fromEntries(columns.map((c) => [c.field, tableValue(r[c.field])]))),
  };
}

/**
 * A table from rows an author passes in: columns in the order of the first row's keys (then any
 * keys later rows add), numeric when every value present is a number or reads as one.
 */
export function rowsTable(rows: ReadonlyArray<Record<string, TableValue>>): ChartTable {
  const fields: string[] = [];
  for (const r of rows) for (const k of Object.keys(r)) if (!fields.includes(k)) fields.push(k);
  const columns = fields.map((field) => {
    const values = rows.map((r) => r[field]).filter((v): v is string | number | boolean => v !== undefined && v !== null);
    return { field, title: field, numeric: values.length > 0 && values.every(looksNumeric) };
  });
  return { columns, rows: rows.map((r) => Object.fromEntries(fields.map((f) => [f, r[f] ?? null]))) };
}
