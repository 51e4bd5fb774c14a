/**
 * The only chart code a page loads up front (a few KB). It shows the controls that need
 * JavaScript, serves the downloads that need none of Vega, and fetches the chart runtime (Vega
 * and the expression interpreter) only when a chart comes within 200 px of the viewport.
 */
import { islandCsv, islandVegaLite, parseIsland, type ChartIsland, type Theme } from '../../lib/charts/chart-island';
import { toCsv, type CsvValue } from '../../lib/charts/to-csv';
import { saveBlob } from './download';
import { currentTheme, onThemeChange } from './theme';
import type { ChartHandle } from './types';

type Runtime = typeof import('./runtime');

let runtime: Promise<Runtime> | undefined;
const loadRuntime = (): Promise<Runtime> => (runtime ??= import('./runtime'));

const islands = new WeakMap<HTMLElement, ChartIsland>();
const live = new Map<HTMLElement, Promise<ChartHandle>>();

function islandOf(figure: HTMLElement): ChartIsland {
  let island = islands.get(figure);
  if (!island) {
    const text = figure.querySelector('script[data-chart-island]')?.textContent;
    if (!text) throw new Error(`Chart ${figure.id} has no data island.`);
    island = parseIsland(text);
    islands.set(figure, island);
  }
  return island;
}

function goLive(figure: HTMLElement): Promise<ChartHandle> {
  let handle = live.get(figure);
  if (!handle) {
    handle = loadRuntime().then((rt) => rt.mountChart(figure, islandOf(figure), currentTheme()));
    live.set(figure, handle);
    handle.catch((e: unknown) => {
      // The static SVG stays; say why the live chart did not start.
      console.error(`Chart ${figure.id} could not go live:`, e);
    });
  }
  return handle;
}

/** The static SVG the reader sees now (the copy for the current theme). */
function visibleStaticSvg(figure: HTMLElement, theme: Theme): string {
  const svg = figure.querySelector(`.chart-static.only-${theme} svg`);
  if (!svg) throw new Error(`Chart ${figure.id} has no static SVG.`);
  const copy = svg.cloneNode(true) as Element;
  copy.removeAttribute('aria-hidden');
  copy.removeAttribute('focusable');
  return copy.outerHTML;
}

async function download(figure: HTMLElement, kind: string): Promise<void> {
  const island = islandOf(figure);
  if (kind === 'csv') {
    const csv = islandCsv(island);
    if (!csv) throw new Error('This chart has no data to export.');
    const rows = csv.rows.map((r) => r.map((v): CsvValue => (typeof v === 'object' && v !== null ? JSON.stringify(v) : v)));
    saveBlob(new Blob([toCsv(csv.header, rows)], { type: 'text/csv;charset=utf-8' }), `${island.name}.csv`);
  } else if (kind === 'vl') {
    const vl = islandVegaLite(island);
    if (!vl) throw new Error('This chart has no Vega-Lite spec to export.');
    saveBlob(new Blob([`${JSON.stringify(vl, null, 2)}\n`], { type: 'application/json' }), `${island.name}.vl.json`);
  } else if (kind === 'svg') {
    const handle = live.get(figure);
    const svg = handle ? await (await handle).svg() : visibleStaticSvg(figure, currentTheme());
    saveBlob(new Blob([svg], { type: 'image/svg+xml' }), `${island.name}.svg`);
  } else if (kind === 'png') {
    saveBlob(await (await goLive(figure)).png(), `${island.name}.png`);
  }
}

function setUp(figures: HTMLElement[]): void {
  for (const figure of figures) {
    for (const el of figure.querySelectorAll<HTMLElement>('[data-chart-js]')) el.hidden = false;
    for (const control of figure.querySelectorAll<HTMLElement>('[data-chart-download]')) {
      control.hidden = false;
      control.addEventListener('click', (e) => {
        // A link to a file the build wrote is the fallback; with the script, export exactly what is shown.
        e.preventDefault();
        if (control.getAttribute('aria-busy') === 'true') return;
        control.setAttribute('aria-busy', 'true');
        download(figure, control.dataset['chartDownload'] ?? '')
          .catch((err: unknown) => console.error(`Download from chart ${figure.id} failed:`, err))
          .finally(() => control.removeAttribute('aria-busy'));
      });
    }
  }

  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        observer.unobserve(entry.target);
        void goLive(entry.target as HTMLElement);
      }
    },
    { rootMargin: '200px 0px' },
  );
  for (const figure of figures) observer.observe(figure);
  // A reader who tabs into a chart before it nears the viewport (e.g. via a #link) still gets it live.
  for (const figure of figures) figure.addEventListener('focusin', () => void goLive(figure), { once: true });

  onThemeChange((theme) => {
    for (const handle of live.values()) void handle.then((h) => h.setTheme(theme)).catch(() => {});
  });
}

const figures = [...document.querySelectorAll<HTMLElement>('figure[data-chart]')];
if (figures.length > 0) setUp(figures);
