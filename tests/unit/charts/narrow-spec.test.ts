import { readFileSync } from 'node:fs';
import type { TopLevelSpec } from 'vega-lite';
import { describe, expect, it } from 'vitest';
import { chartPreset } from '../../../src/benchmarks';
import { buildChart } from '../../../src/lib/charts/build-chart';
import type { ChartKindName } from '../../../src/lib/charts/kinds';
import { NARROW_LABEL_LIMIT, NARROW_PLOT_WIDTH, NARROW_WIDTH, narrowSpec, wrapTitle } from '../../../src/lib/charts/narrow-spec';
import { svgSize } from '../../../src/lib/charts/svg-size';
import { dataset } from '../../../src/lib/data/dataset';
import { renderChartSvgs } from '../../../src/lib/render/render-svg-themes';
import { FIT_MAX, FIT_MIN, FIT_STEP, fitStep } from '../../../src/components/charts/prepare-chart';

const wide = {
  title: 'Pass rate per model and harness, sweep q4',
  data: { values: [{ m: 'a', h: 'x', v: 1 }] },
  width: 320,
  config: { legend: { labelLimit: 300 }, view: { stroke: null } },
  encoding: { y: { field: 'm', type: 'nominal', axis: { labelLimit: 240 } }, x: { field: 'h', type: 'nominal', axis: { orient: 'top', labelAngle: 0 } } },
  layer: [{ mark: 'rect', encoding: { color: { field: 'v', type: 'quantitative' } } }, { mark: 'text', encoding: { text: { field: 'v' }, y: { field: 'm', type: 'nominal', axis: { labelLimit: 50 } } } }],
} as unknown as TopLevelSpec;

describe('wrapTitle', () => {
  it('breaks between words into lines of at most the width', () => {
    expect(wrapTitle('Pass rate per model and harness, sweep q4', 20)).toEqual(['Pass rate per model', 'and harness, sweep', 'q4']);
    expect(wrapTitle('Short', 20)).toEqual(['Short']);
  });
});

describe('narrowSpec', () => {
  it('fits the whole chart into the phone width, legends below, long labels shortened, columns slanted, title wrapped', () => {
    const before = JSON.stringify(wide);
    interface Axis { labelLimit?: number; labelAngle?: number; orient?: string }
    interface Narrowed {
      width: number;
      autosize: unknown;
      title: unknown;
      encoding: { x: { axis: Axis }; y: { axis: Axis } };
      layer: Array<{ encoding: { y?: { axis: Axis } } }>;
      config: { view: unknown; legend: { orient: string; labelLimit: number } };
    }
    const n = narrowSpec(wide) as unknown as Narrowed;
    expect(JSON.stringify(wide)).toBe(before);
    expect(n.width).toBe(NARROW_WIDTH);
    expect(n.autosize).toEqual({ type: 'fit-x', contains: 'padding' });
    expect(n.title).toEqual(['Pass rate per model', 'and harness, sweep', 'q4']);
    expect(n.encoding.y.axis.labelLimit).toBe(NARROW_LABEL_LIMIT);
    expect(n.layer[1]?.encoding.y?.axis.labelLimit).toBe(50);
    expect(n.encoding.x.axis).toEqual({ orient: 'top', labelAngle: -45, labelLimit: NARROW_LABEL_LIMIT });
    // The spec's own config stays but for what the phone needs.
    expect(n.config.view).toEqual({ stroke: null });
    expect(n.config.legend.orient).toBe('bottom');
    expect(n.config.legend.labelLimit).toBeLessThan(300);
  });

  const FIGURES: Array<[ChartKindName, Record<string, unknown>]> = [
    ['Frontier', { benchmark: 'harness-bench' }],
    ['Heatmap', { benchmark: 'harness-bench' }],
    ['Scatter', { benchmark: 'harness-bench' }],
    ['Slope', { benchmark: 'harness-bench' }],
    ['RankingBars', { benchmark: 'harness-bench', of: 'harness' }],
    ['RankingBars', { benchmark: 'harness-bench', of: 'task' }],
    ['Frontier', { data: 'retrieval-qa/answers', x: 'cost_usd', y: 'faithful', by: ['model', 'retriever'], color: 'model', shape: 'retriever' }],
    ['Heatmap', { data: 'retrieval-qa/answers', row: 'model', column: 'dataset', value: 'faithful', drill: 'question' }],
    ['Scatter', { data: 'retrieval-qa/answers', by: 'model', x: 'latency_s', y: 'helpfulness', size: 'params_b', color: 'open_weights' }],
  ];

  it(`draws every kind of chart of the posts at most ${NARROW_WIDTH} px wide, without a warning`, async () => {
    for (const [component, given] of FIGURES) {
      let props = given;
      if (typeof props['benchmark'] === 'string') {
        const { benchmark, ...rest } = props;
        const preset = chartPreset(benchmark as string, component);
        if (typeof preset === 'string') throw new Error(preset);
        props = await preset(rest, dataset);
      }
      const model = await buildChart(component, props, dataset, { width: NARROW_PLOT_WIDTH });
      const warnings: string[] = [];
      const svgs = await renderChartSvgs(narrowSpec(model.spec), { warn: (w) => warnings.push(w) });
      expect(svgSize(svgs.page).width, `${component} ${JSON.stringify(given)}`).toBeLessThanOrEqual(NARROW_WIDTH);
      expect(warnings, component).toEqual([]);
    }
  }, 120_000);
});

describe('fitStep', () => {
  it('rounds up to the next 25 px within the range charts.css covers', () => {
    expect(fitStep(906 * 0.8)).toBe(725);
    expect(fitStep(725)).toBe(725);
    expect(fitStep(100)).toBe(300);
    expect(fitStep(5000)).toBe(1200);
  });

  it('has a rule in charts.css for every step', () => {
    const css = readFileSync('src/styles/charts.css', 'utf8');
    for (let w = FIT_MIN; w <= FIT_MAX; w += FIT_STEP) {
      expect(css, `step ${w}`).toContain(`@container (min-width: ${w}px) { .chart[data-fit="${w}"] .chart-frame { width: var(--wide-w); aspect-ratio: var(--wide-ar); }`);
    }
  });
});
