export { chartConfig, CATEGORY_PALETTE, FONT_STACK, HEATMAP_SCHEME, THEME_COLOURS, type ChartTheme } from './theme';
export { VEGA_LITE_SCHEMA, type FigureOptions } from './common';
export { taskDifficultySpec } from './task-difficulty';
export { speedVsAccuracySpec, cellLabel, type SpeedVsAccuracyOptions } from './speed-vs-accuracy';
export { sizeVsPassRateSpec } from './size-vs-pass-rate';
export { harnessRankingSpec } from './harness-ranking';
export { modelHarnessHeatmapSpec } from './model-harness-heatmap';
export { q4VsQ8Spec, type PairedSlopeOptions } from './q4-vs-q8';
export { figureSpecs, chooseSweeps, FIGURE_NAMES, type FigureName, type FigureSpec, type SweepChoice, type SweepChoiceInput } from './figure-specs';
