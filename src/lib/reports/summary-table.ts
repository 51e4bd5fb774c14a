import { z } from 'zod';
import { groupRows } from '../aggregate/group-rows';
import { parseMeasure, summarise, summaryValue, type Measure, type Summary } from '../aggregate/measure';
import { byName } from '../by-name';
import { chartData, ChartPropError, type ChartData } from '../charts/chart-data';
import { whereSchema } from '../charts/chart-kind';
import { columnList, asList } from '../charts/kinds/channels';
import { decimalsOf, shownSummary } from '../charts/shown-summary';
import type { Dataset } from '../data/load-dataset';
import { DEFAULT_SEED } from '../aggregate/paired-comparison';
import { DEFAULT_REPLICATES } from '../stats/bootstrap';
import { rankIntervals } from '../stats/rank-intervals';
import { displayTable, type DisplayTable } from './display-table';

/** The props of a table computed from a dataset: `<DataTable data by columns sort where />`. */
export const summaryTableProps = z
  .object({
    /** The dataset: a CSV's path under data/ without ".csv". */
    data: z.string().min(1),
    /** One row per group of these columns; none: a single row over every row. */
    by: columnList.optional(),
    /** The computed columns: a header and the measure it shows ("Faithful": "mean(faithful)"). */
    columns: z.record(z.string().min(1), z.string().min(1)),
    /** A header to sort by, "-" in front for highest first ("-Faithful"). Default: the groups' order in the data. */
    sort: z.string().min(1).optional(),
    /** Keep only the rows whose columns hold these values. */
    where: whereSchema.optional(),
    /**
     * Rank the rows by this column (a mean) and show each row's rank with its 95% interval, from a
     * seeded bootstrap: "1–3" where the data cannot tell first from third.
     */
    rank: z.string().min(1).optional(),
    /** What the bootstrap resamples: rows (default), or the items a column names, shared by every group ("question"). */
    rankUnit: z.string().min(1).optional(),
    /** Whether a lower mean ranks first (times, costs); default higher. */
    rankBetter: z.enum(['higher', 'lower']).optional(),
    /** The bootstrap's seed, default 1: the same data gives the same ranks on every build. */
    rankSeed: z.number().int().nonnegative().optional(),
  })
  .strict();
export type SummaryTableProps = z.output<typeof summaryTableProps>;

interface Column {
  title: string;
  measure: Measure;
}

function measuresOf(component: string, columns: Readonly<Record<string, string>>): Column[] {
  return Object.entries(columns).map(([title, text]) => {
    try {
      return { title, measure: parseMeasure(text) };
    } catch (e) {
      throw new ChartPropError(component, 'columns', `the column "${title}": ${e instanceof Error ? e.message : String(e)}`);
    }
  });
}

/** The header of the rank column. */
export const RANK_TITLE = 'Rank (95% interval)';

const COUNT = new Intl.NumberFormat('en-GB');

/** How a table's ranks were made, for the post's methods note. */
export function rankMethod(unit: string | undefined, seed = DEFAULT_SEED): string {
  return `Ranks are shown with their 95% interval over ${COUNT.format(DEFAULT_REPLICATES)} bootstrap replicates of the ${unit === undefined ? 'rows' : `${unit} values, resampled together for every row of the table`} (seed ${seed}; a tie takes the best rank of the tie).`;
}

/** Each group's rank with its bootstrap interval ("1–3"), by group index. */
function rankLabels(component: string, data: ChartData, by: readonly string[], groups: ReadonlyArray<{ keys: Readonly<Record<string, unknown>> }>, columns: readonly Column[], props: SummaryTableProps): string[] {
  const column = columns.find((c) => c.title === props.rank);
  if (!column || column.measure.fn !== 'mean' || column.measure.column === undefined) {
    throw new ChartPropError(component, 'rank', `rank="${props.rank}" must name a column that is a mean; the columns are ${columns.map((c) => `"${c.title}" (${c.measure.text})`).join(', ')}.`);
  }
  const value = column.measure.column;
  const keyOf = (keys: Readonly<Record<string, unknown>>) => JSON.stringify(by.map((c) => keys[c] ?? null));
  const rows = data.rows.flatMap((r) => {
    const v = r[value];
    if (typeof v !== 'number' && typeof v !== 'boolean') return [];
    return [{ group: keyOf(r), value: typeof v === 'boolean' ? (v ? 1 : 0) : v, ...(props.rankUnit ? { unit: String(r[props.rankUnit] ?? '') } : {}) }];
  });
  let ranked;
  try {
    ranked = rankIntervals(rows, { group: 'group', value: 'value', ...(props.rankUnit ? { unit: 'unit' } : {}), better: props.rankBetter ?? 'higher', seed: props.rankSeed ?? DEFAULT_SEED });
  } catch (e) {
    throw new ChartPropError(component, 'rank', e instanceof Error ? e.message : String(e));
  }
  const byGroup = new Map(ranked.map((r) => [r.group, r.label]));
  return groups.map((g) => byGroup.get(keyOf(g.keys)) ?? '');
}

/** The data a table or value reads, its columns checked against the dataset like a chart's. */
export function measuredData(component: string, ds: Dataset, by: readonly string[], measures: readonly Measure[], where: SummaryTableProps['where'], others: readonly string[] = []): ChartData {
  const uses = [
    ...by.map((column) => ({ prop: 'by', column })),
    ...others.map((column) => ({ prop: 'rankUnit', column })),
    ...measures.flatMap((m) => (m.column === undefined ? [] : [{ prop: m.text, column: m.column, numeric: true }])),
  ];
  return chartData(component, ds, uses, where ?? {});
}

/**
 * A table of measures per group, every value printed as charts print it: a 0/1 column's mean as
 * its count and rate ("44/64, 68.8%"), other numbers at one precision per column (decimalsFor).
 * Rows come in the order of their groups' first rows, or sorted by a column (exactly, on rates'
 * counts); ties keep that order. A column, measure or sort that does not fit names the
 * component and the prop.
 */
export function summaryTable(ds: Dataset, props: SummaryTableProps, component = 'DataTable'): DisplayTable {
  const by = props.by === undefined ? [] : asList(props.by);
  const columns = measuresOf(component, props.columns);
  const data = measuredData(component, ds, by, columns.map((c) => c.measure), props.where, props.rankUnit === undefined ? [] : [props.rankUnit]);
  const groups = groupRows(data.rows, by);
  const summaries = groups.map((g) => columns.map((c) => summarise(g.rows, c.measure, c.measure.column !== undefined && data.binary(c.measure.column))));
  const decimals = columns.map((_, j) => decimalsOf(summaries.map((row) => row[j] as Summary)));
  let order = groups.map((_, i) => i);
  if (props.sort !== undefined) {
    const descending = props.sort.startsWith('-');
    const title = descending ? props.sort.slice(1) : props.sort;
    const j = columns.findIndex((c) => c.title === title);
    const k = by.findIndex((c) => c === title || data.field(c).title === title);
    if (j < 0 && k < 0) {
      const titles = [...by.map((c) => data.field(c).title), ...columns.map((c) => c.title)];
      throw new ChartPropError(component, 'sort', `sort="${props.sort}" names no column; the columns are ${titles.map((t) => `"${t}"`).join(', ')} (put "-" in front for highest first).`);
    }
    const sign = descending ? -1 : 1;
    order = [...order].sort((x, y) => {
      if (j >= 0) {
        const a = summaries[x]?.[j] as Summary;
        const b = summaries[y]?.[j] as Summary;
        const d = a.kind === 'rate' && b.kind === 'rate' ? a.successes * b.n - b.successes * a.n : summaryValue(a) - summaryValue(b);
        return sign * (Number.isNaN(d) ? 0 : d);
      }
      const col = by[k] as string;
      const a = groups[x]?.keys[col] ?? null;
      const b = groups[y]?.keys[col] ?? null;
      return sign * (typeof a === 'number' && typeof b === 'number' ? a - b : byName(String(a), String(b)));
    });
  }
  const ranks = props.rank === undefined ? undefined : rankLabels(component, data, by, groups, columns, props);
  return displayTable(
    [...by.map((c) => data.field(c).title), ...columns.map((c) => c.title), ...(ranks ? [RANK_TITLE] : [])],
    order.map((i) => [
      ...by.map((c) => String(groups[i]?.keys[c] ?? '')),
      ...columns.map((_, j) => shownSummary(summaries[i]?.[j] as Summary, decimals[j] ?? 0).text),
      ...(ranks ? [ranks[i] ?? ''] : []),
    ]),
  );
}
