import { describe, expect, it } from 'vitest';
import type { TopLevelSpec } from 'vega-lite';
import { withIntervals, withoutIntervals } from '../../../src/lib/charts/interval-bars';

const rows = [{ harness: 'pi', rate: 0.75, ciLo: 0.6, ciHi: 0.86, barLabel: '75.0% (12/16)' }];

function ranking(): TopLevelSpec {
  return {
    description: 'Bars of 1 harness, best first, with 95% Wilson intervals: pi 75.0%.',
    data: { values: rows },
    encoding: { y: { field: 'harness', type: 'nominal' } },
    layer: [
      { mark: 'bar', encoding: { x: { field: 'rate', type: 'quantitative', title: 'Pass rate' } } },
      { mark: 'rule', encoding: { x: { field: 'ciLo', type: 'quantitative' }, x2: { field: 'ciHi' } } },
      { mark: 'text', encoding: { x: { field: 'ciHi', type: 'quantitative' }, text: { field: 'barLabel', type: 'nominal' } } },
    ],
  } as TopLevelSpec;
}

type Spec = { description: string; layer: Array<{ mark: unknown; encoding: Record<string, { field?: string }> }> };

describe('withoutIntervals', () => {
  it('drops the interval rules, moves labels to the bar end and stops the description promising intervals', () => {
    const out = withoutIntervals(ranking()) as unknown as Spec;
    expect(out.layer.map((l) => l.mark)).toEqual(['bar', 'text']);
    expect(out.layer[1]?.encoding['x']?.field).toBe('rate');
    expect(out.description).toBe('Bars of 1 harness, best first: pi 75.0%.');
  });
});

describe('withIntervals', () => {
  it('adds a rule from ciLo to ciHi after the bars, and moves text labels past it', () => {
    const bars = {
      description: 'Bars.',
      data: { values: rows },
      encoding: { y: { field: 'harness', type: 'nominal' }, x: { field: 'rate', type: 'quantitative', title: 'Pass rate' } },
      layer: [{ mark: 'bar' }, { mark: 'text', encoding: { text: { field: 'barLabel', type: 'nominal' } } }],
    } as unknown as TopLevelSpec;
    const out = withIntervals(bars) as unknown as Spec;
    expect(out.layer.map((l) => (typeof l.mark === 'string' ? l.mark : (l.mark as { type: string }).type))).toEqual(['bar', 'rule', 'text']);
    expect(out.layer[1]?.encoding).toEqual({ x: { field: 'ciLo', type: 'quantitative', title: 'Pass rate' }, x2: { field: 'ciHi' } });
    expect(out.layer[2]?.encoding['x']?.field).toBe('ciHi');
    expect(out.description).toBe('Bars. Each bar carries its 95% Wilson interval.');
  });

  it('leaves a chart that already has intervals, or has no interval fields, as it is', () => {
    expect(withIntervals(ranking())).toEqual(ranking());
    const plain = { data: { values: [{ harness: 'pi', rate: 0.5 }] }, mark: 'bar', encoding: { x: { field: 'rate', type: 'quantitative' } } } as TopLevelSpec;
    expect(withIntervals(plain)).toEqual(plain);
  });
});
