/**
 * The downloadable files of the charts a build drew (SVG in both themes, the Vega-Lite spec, the
 * CSV of the Data table), kept until the build ends and written into dist/ by the chart-files
 * integration, so the files and the inline SVG are one drawing. Held on globalThis: the pages
 * and the integration are different module instances of one process.
 */
const KEY = Symbol.for('research-site.chart-files');
type Holder = { [KEY]?: Map<string, string> };

function files(): Map<string, string> {
  const g = globalThis as Holder;
  return (g[KEY] ??= new Map());
}

/** The site path of a chart's files: /figures/<page path>/<figure id>.<ext>, e.g. /figures/2026/post/fig-frontier.csv. */
export function chartFilePath(page: string, id: string, ext: string): string {
  const dir = page.replace(/^\/+|\/+$/g, '');
  return `/figures/${dir === '' ? '' : `${dir}/`}${id}.${ext}`;
}

/** Records a file to write at the end of the build (the same path twice keeps the last, identical, copy). */
export function recordChartFile(path: string, contents: string): void {
  files().set(path, contents);
}

/** Every recorded file, by site path, in path order. */
export function recordedChartFiles(): Array<[string, string]> {
  return [...files()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Whether a chart has recorded its files for the page at `page` ("/2026/post/"), so the page needs the chart script. */
export function pageHasCharts(page: string): boolean {
  const prefix = chartFilePath(page, '', '').slice(0, -1);
  for (const path of files().keys()) if (path.startsWith(prefix)) return true;
  return false;
}
