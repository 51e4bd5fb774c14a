/**
 * `npm run bench:aggregate`: the project's aggregation (groupRows + summarise, src/lib/aggregate)
 * against arquero, the Vega team's table library, on the rows a build holds: a harness-bench
 * runs.csv grown to 100k and 1M rows, loaded once through the site's loader, then grouped by
 * model, quant and harness (the write-up's cells) with a pass rate and a mean agent time per
 * group. Issue 10 asks for arquero if a measurement shows it simpler or faster; this is that
 * measurement. Writes bench/results/aggregate.json and prints a table.
 */
import { mkdtemp, readFile, rm, writeFile, mkdir, copyFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import * as aq from 'arquero';
import { groupRows } from '../src/lib/aggregate/group-rows';
import { parseMeasure, summarise } from '../src/lib/aggregate/measure';
import { loadDatasetNow } from '../src/lib/data/dataset';
import { markdownTable } from './lib/markdown-table';
import { median } from './lib/median';
import { syntheticRuns } from './lib/synthetic-runs';
import { writeAtomic } from './lib/write-atomic';
import { machine } from './lib/machine';

const HELP = `Usage: npm run bench:aggregate [-- options]

Groups a grown harness-bench runs.csv by model, quant and harness and computes each group's pass
rate and mean agent time, with the project's groupRows + summarise and with arquero; reports the
median time of each (after one untimed warm-up) and checks that both give the same numbers.

Options:
  --sizes LIST   row counts (default 100000,1000000)
  --repeat N     timed runs per size and library (default 5)
  --out FILE     where to write the JSON results (default bench/results/aggregate.json)
  -h, --help     show this help
`;

const BY = ['model', 'quant', 'harness'];
const PASSED = parseMeasure('mean(passed)');
const TIME = parseMeasure('mean(agent_time_s)');

type Cells = Map<string, { rate: number; time: number }>;

/** The project's way: groups as row lists, then one summary per measure (rate with its Wilson interval, mean with its t interval). */
function ours(rows: Parameters<typeof groupRows>[0]): Cells {
  const out: Cells = new Map();
  for (const g of groupRows(rows, BY)) {
    const rate = summarise(g.rows, PASSED, true);
    const time = summarise(g.rows, TIME, false);
    out.set(BY.map((c) => String(g.keys[c])).join('|'), { rate: rate.kind === 'empty' ? NaN : rate.value, time: time.kind === 'empty' ? NaN : time.value });
  }
  return out;
}

/** arquero's way: a column table (built from the same rows, or given), grouped, rolled up to means (no intervals). */
function arquero(rows: Parameters<typeof groupRows>[0], built?: aq.ColumnTable): Cells {
  const t = (built ?? aq.from(rows)).groupby(...BY).rollup({ rate: aq.op.mean('passed'), time: aq.op.mean('agent_time_s') });
  const out: Cells = new Map();
  for (const r of t.objects() as Array<Record<string, unknown>>) out.set(BY.map((c) => String(r[c])).join('|'), { rate: r['rate'] as number, time: r['time'] as number });
  return out;
}

function time(f: () => Cells, repeat: number): { medianMs: number; result: Cells } {
  let result = f();
  const ms: number[] = [];
  for (let i = 0; i < repeat; i++) {
    const t0 = performance.now();
    result = f();
    ms.push(performance.now() - t0);
  }
  return { medianMs: median(ms), result };
}

function sameCells(a: Cells, b: Cells): boolean {
  if (a.size !== b.size) return false;
  for (const [k, v] of a) {
    const w = b.get(k);
    if (!w || Math.abs(v.rate - w.rate) > 1e-9 || Math.abs(v.time - w.time) > 1e-6 * Math.abs(v.time)) return false;
  }
  return true;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { sizes: { type: 'string' }, repeat: { type: 'string' }, out: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    process.stdout.write(HELP);
    return;
  }
  const sizes = (values.sizes ?? '100000,1000000').split(',').map(Number);
  const repeat = Number(values.repeat ?? 5);
  const outFile = values.out ?? 'bench/results/aggregate.json';
  const source = await readFile('data/harness-bench/runs.csv', 'utf8');
  const results = [];
  for (const size of sizes) {
    const dir = await mkdtemp(join(tmpdir(), 'bench-aggregate-'));
    try {
      await mkdir(join(dir, 'hb'));
      await writeFile(join(dir, 'hb', 'runs.csv'), syntheticRuns(source, size));
      for (const f of ['models.csv', 'tasks.csv', 'datapackage.json']) await copyFile(join('data/harness-bench', f), join(dir, 'hb', f));
      const rows = (await loadDatasetNow('hb/runs', dir)).rows;
      const mine = time(() => ours(rows), repeat);
      const theirs = time(() => arquero(rows), repeat);
      const table = aq.from(rows);
      const theirsBuilt = time(() => arquero(rows, table), repeat);
      if (!sameCells(mine.result, theirs.result) || !sameCells(mine.result, theirsBuilt.result)) throw new Error(`At ${size} rows the two libraries disagree on a cell.`);
      results.push({ rows: size, groups: mine.result.size, oursMs: mine.medianMs, arqueroMs: theirs.medianMs, arqueroTableBuiltMs: theirsBuilt.medianMs, loadAverage: Math.round((loadavg()[0] ?? 0) * 100) / 100 });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
  const report = {
    machine: machine(),
    method:
      'Rows loaded once through loadDatasetNow (the harness-bench data package), then grouped by model, quant and harness with a pass rate and a mean agent time per group; ' +
      'ours = groupRows + summarise (which also computes the Wilson and t intervals), arquero = aq.from(rows).groupby().rollup() with op.mean (no intervals), once including aq.from (arqueroMs) and once on a table built beforehand (arqueroTableBuiltMs). ' +
      `Median of ${repeat} timed runs after one untimed run, in one process; both checked to give the same cells.`,
    repeat,
    results,
  };
  await writeAtomic(outFile, `${JSON.stringify(report, null, 2)}\n`);
  process.stdout.write(
    `${markdownTable(
      ['rows', 'groups', 'groupRows + summarise', 'arquero from the rows', 'arquero, table built beforehand'],
      results.map((r) => [r.rows.toLocaleString('en-US'), String(r.groups), `${r.oursMs.toFixed(0)} ms`, `${r.arqueroMs.toFixed(0)} ms`, `${r.arqueroTableBuiltMs.toFixed(0)} ms`]),
    )}\n`,
  );
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
});
