import type { TopLevelSpec } from 'vega-lite';
import type { PairedSweepRow } from '../aggregate/paired-sweeps';
import { formatDelta, formatRatePasses } from '../format';
import { LABEL_FONT_SIZE, RATE_AXIS_FORMAT, VEGA_LITE_SCHEMA, plotSize, sortedUnique, statFields, statTips, tip, totalRate, type FigureOptions } from './common';
import { linearY, linearYInverse, rateDomain } from './pixel-scale';
import { spreadLabels } from './spread-labels';

export interface PairedSlopeOptions extends FigureOptions {
  /** Colour-scale domain for models, so every chart gives a model the same colour. Default: the models in rows, by name. */
  modelDomain?: readonly string[];
}

/**
 * A paired slope chart: one line per model from its pass rate in sweep `a` (left) to sweep `b`
 * (right), from pairedSweeps(runs, a, b). Each end is labelled with the passes, the right end also
 * with the model and the change in passes. The rate axis spans only the data (plus a margin),
 * since the chart is about the differences.
 */
export function q4VsQ8Spec(rows: readonly PairedSweepRow[], a: string, b: string, opts: PairedSlopeOptions = {}): TopLevelSpec {
  if (rows.length === 0) throw new RangeError(`q4VsQ8Spec: sweeps "${a}" and "${b}" share no models.`);
  if (a === b) throw new RangeError(`q4VsQ8Spec: the two sweeps must differ, got "${a}" twice.`);
  const { width, height } = plotSize(opts, 360, 380);
  const rates = rows.flatMap((r) => [r.a.rate, r.b.rate]);
  const domain = rateDomain(Math.min(...rates), Math.max(...rates));
  const gap = LABEL_FONT_SIZE + 2;
  const spread = (side: 'a' | 'b'): number[] =>
    spreadLabels(
      rows.map((r) => linearY(r[side].rate, domain, height)),
      gap,
      0,
      height,
    ).map((y) => linearYInverse(y, domain, height));
  const labelA = spread('a');
  const labelB = spread('b');
  const values = rows.flatMap((r, i) => {
    const deltaLabel = formatDelta(r.delta);
    const common = { model: r.model, delta: r.delta, deltaLabel, pairLabel: `${r.model}: ${r.a.passed}/${r.a.runs} to ${r.b.passed}/${r.b.runs} (${deltaLabel})` };
    const sa = statFields(r.a);
    const sb = statFields(r.b);
    return [
      { ...common, sweep: a, side: 'a', quant: r.quantA, ...sa, labelRate: labelA[i] as number, endLabel: sa.passesLabel },
      { ...common, sweep: b, side: 'b', quant: r.quantB, ...sb, labelRate: labelB[i] as number, endLabel: `${sb.passesLabel} ${r.model} (${deltaLabel})` },
    ];
  });
  const models = opts.modelDomain ? [...opts.modelDomain] : sortedUnique(rows.map((r) => r.model));
  const totalA = totalRate(rows.map((r) => r.a));
  const totalB = totalRate(rows.map((r) => r.b));
  const up = rows.filter((r) => r.delta > 0).length;
  const down = rows.filter((r) => r.delta < 0).length;
  const description =
    `Slope chart of ${rows.length} models' pass rates in sweep ${a} (left) and sweep ${b} (right): ` +
    `${rows.map((r) => `${r.model} ${r.a.passed}/${r.a.runs} to ${r.b.passed}/${r.b.runs} (${formatDelta(r.delta)})`).join('; ')}. ` +
    `${up} improve, ${down} decline, ${rows.length - up - down} unchanged; in total ${totalA.passed}/${totalA.runs} ` +
    `(${formatRatePasses(totalA.passed, totalA.runs)}) to ${totalB.passed}/${totalB.runs} (${formatRatePasses(totalB.passed, totalB.runs)}), ` +
    `${formatDelta(totalB.passed - totalA.passed)} passes.`;
  const tooltip = [tip('model', 'Model'), tip('sweep', 'Sweep'), tip('quant', 'Quant'), ...statTips(), tip('deltaLabel', `Change in passes, ${a} to ${b}`)];
  const x = { field: 'sweep', type: 'ordinal' as const, sort: [a, b], title: null, scale: { padding: 0.3 }, axis: { labelAngle: 0, domain: false, ticks: false, labelFontWeight: 'bold' as const } };
  const y = { field: 'rate', type: 'quantitative' as const, title: 'Pass rate', scale: { domain, nice: false, zero: false }, axis: { format: RATE_AXIS_FORMAT } };
  const colour = { field: 'model', type: 'nominal' as const, title: 'Model', scale: { domain: models }, legend: null };
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: `Pass rate per model, sweep ${a} against sweep ${b}`,
    description,
    width,
    height,
    data: { values },
    layer: [
      {
        mark: { type: 'line', strokeWidth: 2 },
        encoding: { x, y, color: colour, detail: { field: 'model', type: 'nominal' }, tooltip },
      },
      {
        mark: { type: 'point', filled: true, size: 50, opacity: 1 },
        encoding: { x, y, color: colour, tooltip },
      },
      {
        transform: [{ filter: "datum.side === 'a'" }],
        mark: { type: 'text', align: 'right', baseline: 'middle', dx: -8, fontSize: LABEL_FONT_SIZE },
        encoding: { x, y: { ...y, field: 'labelRate' }, text: { field: 'endLabel', type: 'nominal' }, tooltip },
      },
      {
        transform: [{ filter: "datum.side === 'b'" }],
        mark: { type: 'text', align: 'left', baseline: 'middle', dx: 8, fontSize: LABEL_FONT_SIZE },
        encoding: { x, y: { ...y, field: 'labelRate' }, text: { field: 'endLabel', type: 'nominal' }, tooltip },
      },
    ],
  };
}
