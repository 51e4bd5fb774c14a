/**
 * The only chart code a page loads up front (a few KB). It shows the controls that need
 * JavaScript, serves the downloads that need none of Vega, and fetches the chart runtime (Vega
 * and the expression interpreter) and the chart's data file only when a chart comes within
 * 200 px of the viewport.
 */
import { islandCsv, islandVegaLite, parseIsland, type ChartIsland, type Theme } from '../../lib/charts/chart-island';
import { toCsv, type CsvValue } from '../../lib/charts/to-csv';
import { saveBlob } from './download';
import { currentTheme, onThemeChange } from './theme';
import type { ChartHandle } from './types';

type Runtime = typeof import('./runtime');

let runtime: Promise<Runtime> | undefined;
const loadRuntime = (): Promise<Runtime> => (runtime ??= import('./runtime'));

const islands = new WeakMap<HTMLElement, Promise<ChartIsland>>();
const live = new Map<HTMLElement, Promise<ChartHandle>>();

/** The live chart's data, from the file the build wrote beside the page (same origin: CSP connect-src 'self'). */
function islandOf(figure: HTMLElement): Promise<ChartIsland> {
  let island = islands.get(figure);
  if (!island) {
    const src = figure.dataset['chartSrc'];
    island = src
      ? fetch(src).then(async (r) => {
          if (!r.ok) throw new Error(`Chart ${figure.id}: ${src} answered ${r.status}.`);
          return parseIsland(await r.text());
        })
      : Promise.reject(new Error(`Chart ${figure.id} names no data file.`));
    islands.set(figure, island);
  }
  return island;
}

function goLive(figure: HTMLElement): Promise<ChartHandle> {
  let handle = live.get(figure);
  if (!handle) {
    handle = Promise.all([loadRuntime(), islandOf(figure)]).then(([rt, island]) => rt.mountChart(figure, island, currentTheme()));
    live.set(figure, handle);
    handle.catch((e: unknown) => {
      // The static SVG stays; say why the live chart did not start.
      console.error(`Chart ${figure.id} could not go live:`, e);
    });
  }
  return handle;
}

/** The standalone SVG file the build wrote for the theme the reader sees (the link is the light one's). */
async function staticSvgFile(figure: HTMLElement, theme: Theme): Promise<string> {
  const href = figure.querySelector<HTMLAnchorElement>('a[data-chart-download="svg"]')?.getAttribute('href');
  if (!href) throw new Error(`Chart ${figure.id} has no SVG file.`);
  const r = await fetch(href.replace(/\.light\.svg$/, `.${theme}.svg`));
  if (!r.ok) throw new Error(`Chart ${figure.id}: its SVG file answered ${r.status}.`);
  return r.text();
}

async function download(figure: HTMLElement, kind: string): Promise<void> {
  const island = await islandOf(figure);
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
    const svg = handle ? await (await handle).svg() : await staticSvgFile(figure, currentTheme());
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
