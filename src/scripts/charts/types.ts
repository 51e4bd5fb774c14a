import type { Theme } from '../../lib/charts/chart-island';

/** A live chart, as the page script drives it. */
export interface ChartHandle {
  setTheme(theme: Theme): Promise<void>;
  /** The chart as a PNG at twice its size. */
  png(): Promise<Blob>;
  /** The chart as a standalone SVG document. */
  svg(): Promise<string>;
}
