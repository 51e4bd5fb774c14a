import { frontierKind } from './frontier';
import { heatmapKind } from './heatmap';
import { rankingBarsKind } from './ranking-bars';
import { scatterKind } from './scatter';
import { slopeKind } from './slope';

/**
 * Every chart kind, by the name of its component. One registry serves the pages (the build-time
 * SVG and the live chart), the figures CLI and the tests, so a kind is defined in one place.
 */
export const CHART_KINDS = {
  Frontier: frontierKind,
  Heatmap: heatmapKind,
  Slope: slopeKind,
  RankingBars: rankingBarsKind,
  Scatter: scatterKind,
} as const;

export type ChartKindName = keyof typeof CHART_KINDS;

export function isChartKind(name: string): name is ChartKindName {
  return Object.hasOwn(CHART_KINDS, name);
}
