import { describe, expect, it } from 'vitest';
import type { TopLevelSpec } from 'vega-lite';
import { compile } from 'vega-lite';
import {
  DIM_OPACITY,
  FILTERED_OPACITY,
  HIGHLIGHT_SIGNAL,
  LEGEND_PARAM,
  ZOOM_EVENTS,
  ZOOM_PARAM,
  withInteractions,
} from '../../../src/lib/charts/with-interactions';

const rows = [
  { model: 'a', harness: 'pi', time: 10, rate: 0.5 },
  { model: 'b', harness: 'qwen', time: 20, rate: 0.75 },
];

/** A frontier-like chart: points coloured by model, a line without models, labels. */
function frontier(): TopLevelSpec {
  return {
    data: { values: rows },
    layer: [
      {
        mark: 'point',
        encoding: {
          x: { field: 'time', type: 'quantitative' },
          y: { field: 'rate', type: 'quantitative' },
          color: { field: 'model', type: 'nominal' },
          shape: { field: 'harness', type: 'nominal' },
        },
      },
      {
        data: { values: [{ time: 10, rate: 0.5 }, { time: 20, rate: 0.75 }] },
        mark: 'line',
        encoding: { x: { field: 'time', type: 'quantitative' }, y: { field: 'rate', type: 'quantitative' } },
      },
      {
        mark: 'text',
        encoding: { x: { field: 'time', type: 'quantitative' }, y: { field: 'rate', type: 'quantitative' }, text: { field: 'model' } },
      },
    ],
  } as TopLevelSpec;
}

type Layer = { params?: unknown[]; encoding?: { opacity?: unknown } };

describe('withInteractions', () => {
  it('adds the shared highlight signal and dims the other values of the linking column only on layers that carry it', () => {
    const { spec, added } = withInteractions(frontier(), { legendFilter: false, highlight: 'model' });
    const s = spec as unknown as { params: unknown[]; layer: Layer[] };
    expect(added).toEqual({ highlight: 'model', legendField: null, zoom: false });
    expect(s.params).toEqual([{ name: HIGHLIGHT_SIGNAL, value: null }]);
    const dim = { test: 'highlight != null && datum["model"] !== highlight', value: DIM_OPACITY };
    expect(s.layer[0]?.encoding?.opacity).toEqual({ condition: [dim] });
    // The frontier line has no model field: it stays as it is.
    expect(s.layer[1]?.encoding?.opacity).toBeUndefined();
    // The labels inherit the model rows from the parent's data.
    expect(s.layer[2]?.encoding?.opacity).toEqual({ condition: [dim] });
  });

  it('binds a point selection to the discrete colour legend and fades what it filters out, legend first', () => {
    const { spec, added } = withInteractions(frontier(), { highlight: 'model' });
    const s = spec as unknown as { layer: Layer[] };
    expect(added.legendField).toBe('model');
    expect(s.layer[0]?.params).toEqual([{ name: LEGEND_PARAM, select: { type: 'point', fields: ['model'] }, bind: 'legend' }]);
    const conds = (s.layer[0]?.encoding?.opacity as { condition: Array<{ value: number }> }).condition;
    expect(conds.map((c) => c.value)).toEqual([FILTERED_OPACITY, DIM_OPACITY]);
  });

  it('puts zoom and pan on the first unit with quantitative x and y', () => {
    const { spec, added } = withInteractions(frontier(), { zoom: true, legendFilter: false });
    const s = spec as unknown as { layer: Layer[] };
    expect(added.zoom).toBe(true);
    expect(s.layer[0]?.params).toEqual([
      { name: ZOOM_PARAM, select: { type: 'interval', encodings: ['x', 'y'], zoom: ZOOM_EVENTS }, bind: 'scales' },
    ]);
  });

  it('leaves a line through many models alone unless it is grouped by model', () => {
    const spec = {
      data: { values: rows },
      layer: [
        { mark: 'line', encoding: { x: { field: 'time', type: 'quantitative' }, y: { field: 'rate', type: 'quantitative' } } },
        { mark: 'line', encoding: { x: { field: 'time', type: 'quantitative' }, y: { field: 'rate', type: 'quantitative' }, detail: { field: 'model' } } },
      ],
    } as TopLevelSpec;
    const s = withInteractions(spec, { highlight: 'model' }).spec as unknown as { layer: Layer[] };
    expect(s.layer[0]?.encoding?.opacity).toBeUndefined();
    expect(s.layer[1]?.encoding?.opacity).toBeDefined();
  });

  it('keeps an opacity the builder set, after its own conditions', () => {
    const spec = {
      data: { values: rows },
      mark: 'rect',
      encoding: { x: { field: 'harness', type: 'nominal' }, opacity: { value: 0.9, condition: { test: 'datum.rate > 0.6', value: 1 } } },
    } as TopLevelSpec;
    const out = withInteractions(spec, { highlight: 'harness' }).spec as unknown as { encoding: { opacity: { value: number; condition: unknown[] } } };
    expect(out.encoding.opacity.value).toBe(0.9);
    expect(out.encoding.opacity.condition).toHaveLength(2);
    expect(out.encoding.opacity.condition[1]).toEqual({ test: 'datum.rate > 0.6', value: 1 });
  });

  it('adds nothing to a chart without the linking column, legends or quantitative axes, and never edits its input', () => {
    const spec = { data: { values: [{ harness: 'pi', rate: 0.5 }] }, mark: 'bar', encoding: { x: { field: 'harness', type: 'nominal' }, y: { field: 'rate', type: 'quantitative' } } } as TopLevelSpec;
    const before = JSON.stringify(spec);
    const { spec: out, added } = withInteractions(spec, { zoom: true, highlight: 'model' });
    expect(added).toEqual({ highlight: null, legendField: null, zoom: false });
    expect(out).toEqual(spec);
    expect(JSON.stringify(spec)).toBe(before);
  });

  it('compiles with Vega-Lite into the signals the client sets', () => {
    const vg = compile(withInteractions(frontier(), { zoom: true, highlight: 'model' }).spec).spec;
    const names = (vg.signals ?? []).map((s) => s.name);
    expect(names).toContain(HIGHLIGHT_SIGNAL);
    expect(names).toContain(LEGEND_PARAM);
    expect(names).toContain(ZOOM_PARAM);
  });
});
