import { byName } from '../../lib/by-name';
import { toCsv } from '../../lib/charts/to-csv';
import { formatDecimal } from '../../lib/format';
import { cellStats, harnessStats, modelStats, pairedSweeps, taskStats, type PassStats } from './stats';
import type { HarnessBench } from './types';

/** Decimals in the CSVs: rates as fractions to 6 places, mean seconds to 3 (runs record tenths). */
const RATE_DECIMALS = 6;
const TIME_DECIMALS = 3;

type Row = Record<string, string | number>;

export interface DerivedTable {
  /** File name, e.g. "cells.csv". */
  file: string;
  columns: readonly string[];
  rows: Row[];
}

const STAT_COLUMNS = ['runs', 'passed', 'pass_rate', 'ci_lo', 'ci_hi', 'avg_time_s'] as const;

function statColumns(s: PassStats): Row {
  return {
    runs: s.runs,
    passed: s.passed,
    pass_rate: formatDecimal(s.rate, RATE_DECIMALS),
    ci_lo: formatDecimal(s.ci.lo, RATE_DECIMALS),
    ci_hi: formatDecimal(s.ci.hi, RATE_DECIMALS),
    avg_time_s: formatDecimal(s.avgTimeS, TIME_DECIMALS),
  };
}

/**
 * The tables behind the figures, as plain rows. Orders: cells as cellStats (sweep, then rate);
 * models and harnesses per sweep in name order, each sweep best first; tasks hardest first.
 * pass_rate, ci_lo and ci_hi are fractions (95% Wilson interval); avg_time_s is the mean agent
 * time per run in seconds. With a sweep pair, also the paired comparison of the slope chart.
 */
export function derivedTables(bench: HarnessBench, pair: { a: string; b: string } | null): DerivedTable[] {
  const sweeps = [...new Set(bench.runs.map((r) => r.sweep))].sort(byName);
  const tables: DerivedTable[] = [
    {
      file: 'cells.csv',
      columns: ['sweep', 'model', 'quant', 'harness', ...STAT_COLUMNS],
      rows: cellStats(bench.runs).map((c) => ({ sweep: c.sweep, model: c.model, quant: c.quant, harness: c.harness, ...statColumns(c) })),
    },
    {
      file: 'model_ranking.csv',
      columns: ['sweep', 'model', 'quant', ...STAT_COLUMNS],
      rows: sweeps.flatMap((s) => modelStats(bench.runs, s).map((m) => ({ sweep: m.sweep, model: m.model, quant: m.quant, ...statColumns(m) }))),
    },
    {
      file: 'harness_ranking.csv',
      columns: ['sweep', 'harness', ...STAT_COLUMNS],
      rows: sweeps.flatMap((s) => harnessStats(bench.runs, s).map((h) => ({ sweep: h.sweep, harness: h.harness, ...statColumns(h) }))),
    },
    {
      file: 'task_difficulty.csv',
      columns: ['task', 'language', ...STAT_COLUMNS],
      rows: taskStats(bench.runs, bench.tasks).map((t) => ({ task: t.task, language: t.language, ...statColumns(t) })),
    },
  ];
  if (pair) {
    const side = (suffix: string, s: PassStats): Row => ({
      [`runs_${suffix}`]: s.runs,
      [`passed_${suffix}`]: s.passed,
      [`pass_rate_${suffix}`]: formatDecimal(s.rate, RATE_DECIMALS),
      [`avg_time_s_${suffix}`]: formatDecimal(s.avgTimeS, TIME_DECIMALS),
    });
    tables.push({
      file: 'paired_sweeps.csv',
      columns: [
        'model',
        'sweep_a',
        'quant_a',
        'runs_a',
        'passed_a',
        'pass_rate_a',
        'avg_time_s_a',
        'sweep_b',
        'quant_b',
        'runs_b',
        'passed_b',
        'pass_rate_b',
        'avg_time_s_b',
        'delta_passed',
      ],
      rows: pairedSweeps(bench.runs, pair.a, pair.b).map((p) => ({
        model: p.model,
        sweep_a: pair.a,
        quant_a: p.quantA,
        ...side('a', p.a),
        sweep_b: pair.b,
        quant_b: p.quantB,
        ...side('b', p.b),
        delta_passed: p.delta,
      })),
    });
  }
  return tables;
}

/** RFC 4180 CSV (quoting where a value needs it, text that would start a formula protected), LF line ends. */
export function tableToCsv(table: DerivedTable): string {
  return toCsv(table.columns, table.rows.map((row) => table.columns.map((c) => row[c] ?? '')), '\n');
}
