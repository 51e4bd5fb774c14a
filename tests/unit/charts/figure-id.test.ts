import { describe, expect, it } from 'vitest';
import { figureId } from '../../../src/lib/charts/figure-id';

describe('figureId', () => {
  it('prefers the injected id, then the label, then the fallback', () => {
    expect(figureId({ id: 'figure-2', label: 'fig:frontier', fallback: 'chart' })).toBe('figure-2');
    expect(figureId({ label: 'fig:frontier', fallback: 'chart' })).toBe('fig-frontier');
    expect(figureId({ fallback: 'harness-bench-heatmap' })).toBe('harness-bench-heatmap');
  });
  it('keeps ids safe for URLs and selectors', () => {
    expect(figureId({ label: ' fig: Q4 vs Q8! ', fallback: 'x' })).toBe('fig-Q4-vs-Q8');
    expect(figureId({ label: '2026 frontier', fallback: 'x' })).toBe('fig-2026-frontier');
    expect(figureId({ id: '***', fallback: 'chart' })).toBe('chart');
  });
});
