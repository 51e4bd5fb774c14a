import type { TopLevelSpec } from 'vega-lite';
import { z } from 'zod';
import type { Cell } from '../data/cell-schema';
import type { ChartData, ColumnUse } from './chart-data';
import type { DrillCells } from './drill-cells';
import type { InteractionOptions } from './with-interactions';

/** A value of the CSV download of a chart's Data table. */
export type TableValue = string | number | boolean | null;

/** The numbers behind a chart: what its Data table prints and its CSV download holds. */
export interface FigureTable {
  columns: Array<{ title: string; numeric: boolean }>;
  /** Each row as printed, one string per column. */
  rows: string[][];
  /** The same rows with raw values, under machine-readable names, for the CSV. */
  csv: { header: string[]; rows: TableValue[][] };
}

/** Everything one chart of a post is, built from its data: the spec and what goes around it. */
export interface ChartModel {
  spec: TopLevelSpec;
  caption: string;
  description: string;
  interactions: InteractionOptions;
  table: FigureTable;
  /** The heatmap's rows per cell, listed when a cell is clicked. */
  drill?: DrillCells | undefined;
  /** How the chart shows or tests uncertainty, in a sentence for the post's methods note; none when it shows none. */
  method?: string | undefined;
  /**
   * How far the chart may shrink on a narrow screen, as a fraction of its natural width, before
   * its box scrolls sideways instead (1: never shrinks).
   */
  minScale: number;
}

/** A cell value of a `where` prop: what a column is compared with. */
export const whereSchema = z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()]));

/** Props every data-driven chart takes besides its channels. */
export const commonChartProps = {
  /** The dataset: a CSV's path under data/ without ".csv" ("retrieval-qa/runs"). */
  data: z.string().min(1),
  /** Keep only the rows whose columns hold these values. */
  where: whereSchema.optional(),
  /** Replaces the chart's title. */
  title: z.string().min(1).optional(),
  /** Replaces the caption the chart writes. */
  caption: z.string().optional(),
  /** Replaces the text description the chart writes. */
  description: z.string().optional(),
} as const;

/** How big to draw a chart: the width of its plot area in pixels, when not its natural one (a narrow screen). */
export interface ChartLayout {
  width?: number | undefined;
}

/** A chart kind: one module holds its props, the columns it reads, and how it becomes a chart. */
export interface ChartKind<P> {
  /** The component authors write: "Frontier". */
  component: string;
  props: z.ZodType<P>;
  /** The columns the props name, for checking against the dataset. */
  columns(props: P): ColumnUse[];
  build(data: ChartData, props: P, layout?: ChartLayout): ChartModel;
}

export type Where = Readonly<Record<string, Cell>>;
