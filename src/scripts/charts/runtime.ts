/**
 * The live half of the charts, loaded when the first chart nears the viewport. vega-embed runs
 * the Vega spec compiled at build time (mode 'vega': the reader's browser never compiles
 * Vega-Lite, and astro.config.mjs keeps the Vega-Lite compiler out of this bundle), with
 * `ast: true` so that expressions go through vega-interpreter: nothing is compiled with
 * Function() and the charts run under a CSP without 'unsafe-eval'. Tooltips are vega-tooltip's,
 * without the <style> it would inject (its rules are in src/styles/charts.css).
 */
import * as vega from 'vega';
import embed, { type EmbedOptions } from 'vega-embed';
import { expressionInterpreter } from 'vega-interpreter';
import { restoreSpec, type ChartIsland, type Layout, type Theme } from '../../lib/charts/chart-island';
import { cellKey } from '../../lib/charts/drill-cells';
import { HIGHLIGHT_SIGNAL } from '../../lib/charts/with-interactions';
import { hideCellPanel, showCellPanel } from './cell-panel';
import { shownSvg, svgToPng } from './export';
import type { ChartHandle } from './types';

/**
 * Measure text the way the build did (Vega's estimate; Node has no canvas), so the live chart
 * lays out exactly like the static SVG it replaces and nothing shifts when it takes over.
 */
const metrics = (vega as unknown as { textMetrics?: { width: unknown; estimateWidth: unknown } }).textMetrics;
if (metrics) metrics.width = metrics.estimateWidth;

/**
 * How every live chart is embedded. The export actions are the figure's own controls rather than
 * vega-embed's menu: they exist (as links to the build's files) before the chart goes live, and
 * a live chart's SVG and PNG must be in the colours the page's CSS shows, which vega-embed's
 * exports (drawn from the spec, in the light colours) are not; the editor action would send the
 * spec to a third-party host. vega-embed's style sheet is not injected either: the chart's box
 * is styled by charts.css.
 */
const EMBED_OPTIONS: EmbedOptions = {
  mode: 'vega',
  ast: true,
  expr: expressionInterpreter,
  renderer: 'svg',
  actions: false,
  defaultStyle: false,
  hover: false,
  tooltip: { disableDefaultStyle: true },
};

/**
 * The page-level bus for linked views: one highlighted value, of one column, for every chart on
 * the page; a chart follows it when it is linked by that column.
 */
const HIGHLIGHT_EVENT = 'chart-highlight';
let pageHighlight: { field: string; value: string } | null = null;

function setPageHighlight(next: { field: string; value: string } | null): void {
  if (next?.field === pageHighlight?.field && next?.value === pageHighlight?.value) return;
  pageHighlight = next;
  document.dispatchEvent(new CustomEvent(HIGHLIGHT_EVENT));
}

/** The value this chart's highlight signal should hold: the page's, when it is of the chart's column. */
function highlightFor(field: string | null): string | null {
  return field !== null && pageHighlight?.field === field ? pageHighlight.value : null;
}

type Datum = Record<string, unknown>;
interface SceneItem {
  datum?: unknown;
  items?: SceneMark[];
}
interface SceneMark {
  marktype?: string;
  items?: SceneItem[];
}

function datumOf(item: unknown): Datum | undefined {
  if (item === null || typeof item !== 'object') return undefined;
  const d = (item as { datum?: unknown }).datum;
  return d !== null && typeof d === 'object' ? (d as Datum) : undefined;
}

function valueOf(item: unknown, field: string | null): string | null {
  if (field === null) return null;
  const v = datumOf(item)?.[field];
  return typeof v === 'string' ? v : null;
}

/** Values of the linking column in the chart's data, in the order the data lists them. */
function linkValuesOf(island: ChartIsland, field: string | null): string[] {
  const out: string[] = [];
  if (field === null) return out;
  const visit = (rows: unknown): void => {
    if (!Array.isArray(rows)) return;
    for (const r of rows) {
      const m = r !== null && typeof r === 'object' ? (r as Datum)[field] : undefined;
      if (typeof m === 'string' && !out.includes(m)) out.push(m);
    }
  };
  // Every inline data set of the spec is in `shared`.
  for (const rows of Object.values(island.shared)) visit(rows);
  return out;
}

/** The heatmap's cells in reading order (top to bottom, left to right), from the drawn rects. */
function cellItems(view: vega.View, keyFields: readonly string[]): Datum[] {
  const found: Array<{ d: Datum; x: number; y: number }> = [];
  const walk = (mark: SceneMark): void => {
    for (const item of mark.items ?? []) {
      const d = datumOf(item);
      if (mark.marktype === 'rect' && d && keyFields.every((f) => f in d)) {
        const b = item as { x?: number; y?: number };
        found.push({ d, x: b.x ?? 0, y: b.y ?? 0 });
      }
      for (const m of item.items ?? []) walk(m);
    }
  };
  walk((view.scenegraph() as unknown as { root: SceneMark }).root);
  return found.sort((a, b) => a.y - b.y || a.x - b.x).map((f) => f.d);
}

function cellTitle(d: Datum, keyFields: readonly string[]): string {
  return keyFields.map((f) => String(d[f] ?? '')).join(' with ');
}

/** Makes the figure's chart live, replacing (without moving anything) the static SVG. */
export async function mountChart(figure: HTMLElement, island: ChartIsland, theme: Theme): Promise<ChartHandle> {
  const frame = figure.querySelector<HTMLElement>('[data-chart-frame]');
  if (!frame) throw new Error(`Chart ${figure.id} has no frame.`);
  const panel = figure.querySelector<HTMLElement>('[data-chart-panel]');
  const status = figure.querySelector<HTMLElement>('[data-chart-status]');
  const say = (text: string) => {
    if (status) status.textContent = text;
  };
  const cells = island.cells;
  const link = island.added.highlight;
  const linked = linkValuesOf(island, link);

  let view: vega.View | undefined;
  let host: HTMLElement | undefined;
  let clearTimer: ReturnType<typeof setTimeout> | undefined;
  let cursor = -1;

  const openCell = (d: Datum): void => {
    if (!cells || !panel) return;
    const rows = cells.cells[cellKey(cells.keyFields.map((f) => d[f]))];
    if (!rows) return;
    showCellPanel(panel, cellTitle(d, cells.keyFields), cells, rows, () => {
      hideCellPanel(panel);
      frame.focus();
    });
  };

  /** The layout charts.css shows for the figure's width now: that of the static copy on display. */
  const shownLayout = (): Layout => {
    const narrow = frame.querySelector<HTMLElement>('.chart-static[data-layout="narrow"]');
    return island.narrow && narrow && getComputedStyle(narrow).display !== 'none' ? 'narrow' : 'wide';
  };
  let layout: Layout = shownLayout();

  async function build(): Promise<void> {
    const el = document.createElement('div');
    el.className = 'chart-live';
    // Drawn out of sight and shown only once complete, so the reader never sees a half-made chart.
    el.style.visibility = 'hidden';
    frame?.append(el);
    const { view: next } = await embed(el, restoreSpec(island, layout) as vega.Spec, EMBED_OPTIONS);
    if (link !== null) {
      await next.signal(HIGHLIGHT_SIGNAL, highlightFor(link)).runAsync();
      next.addEventListener('pointerover', (_e, item) => {
        const value = valueOf(item, link);
        if (value === null) return;
        if (clearTimer) clearTimeout(clearTimer);
        setPageHighlight({ field: link, value });
      });
      next.addEventListener('pointerout', (_e, item) => {
        if (valueOf(item, link) === null) return;
        // Moving from one mark to the next should not flash the whole page back.
        if (clearTimer) clearTimeout(clearTimer);
        clearTimer = setTimeout(() => setPageHighlight(null), 60);
      });
    }
    if (cells) next.addEventListener('click', (_e, item) => {
      const d = datumOf(item);
      if (d && cells.keyFields.every((f) => f in d)) openCell(d);
    });
    el.style.visibility = '';
    const old = view;
    const oldHost = host;
    view = next;
    host = el;
    old?.finalize();
    oldHost?.remove();
  }

  await build();
  // When the figure's width crosses into the other layout (a rotation, a resized window), the live
  // chart is laid out again in the layout the static copy now shows, in its box.
  let relayout: Promise<void> = Promise.resolve();
  new ResizeObserver(() => {
    relayout = relayout.then(async () => {
      const next = shownLayout();
      if (next === layout) return;
      layout = next;
      cursor = -1;
      await build();
    }).catch((e: unknown) => console.error(`Chart ${figure.id} could not be laid out again:`, e));
  }).observe(figure);
  frame.classList.add('is-live');
  figure.dataset['chartLive'] = theme;

  document.addEventListener(HIGHLIGHT_EVENT, () => {
    if (!view || link === null) return;
    void view.signal(HIGHLIGHT_SIGNAL, highlightFor(link)).runAsync();
  });

  // Keyboard: arrows walk the linked values (the heatmap: its cells), Enter opens a cell, Escape clears.
  frame.addEventListener('keydown', (e) => {
    if (!view) return;
    if (e.key === 'Escape') {
      cursor = -1;
      setPageHighlight(null);
      if (panel) hideCellPanel(panel);
      say('');
      return;
    }
    const step = e.key === 'ArrowRight' || e.key === 'ArrowDown' ? 1 : e.key === 'ArrowLeft' || e.key === 'ArrowUp' ? -1 : 0;
    if (cells) {
      const list = cellItems(view, cells.keyFields);
      if (list.length === 0) return;
      if (step !== 0) {
        e.preventDefault();
        cursor = cursor < 0 ? (step > 0 ? 0 : list.length - 1) : (cursor + step + list.length) % list.length;
        const d = list[cursor] as Datum;
        const value = valueOf({ datum: d }, link);
        setPageHighlight(link !== null && value !== null ? { field: link, value } : null);
        const shown = typeof d['valueText'] === 'string' ? `: ${d['valueText']}` : '';
        say(`${cellTitle(d, cells.keyFields)}${shown}. Press Enter for its rows.`);
      } else if ((e.key === 'Enter' || e.key === ' ') && cursor >= 0) {
        e.preventDefault();
        const d = list[cursor];
        if (d) openCell(d);
      }
      return;
    }
    if (step !== 0 && link !== null && linked.length > 0) {
      e.preventDefault();
      cursor = cursor < 0 ? (step > 0 ? 0 : linked.length - 1) : (cursor + step + linked.length) % linked.length;
      const value = linked[cursor] as string;
      setPageHighlight({ field: link, value });
      say(`Highlighted ${value} in every chart on the page.`);
    }
  });
  frame.addEventListener('blur', () => {
    if (cursor >= 0) setPageHighlight(null);
    cursor = -1;
  });

  return {
    // The page's CSS restyles the live SVG with the page (charts.css): nothing to redraw.
    setTheme(t: Theme) {
      figure.dataset['chartLive'] = t;
      return Promise.resolve();
    },
    async png() {
      const svg = host?.querySelector('svg');
      if (!svg) throw new Error('The chart is not live.');
      return svgToPng(shownSvg(svg), 2);
    },
    async svg() {
      const svg = host?.querySelector('svg');
      if (!svg) throw new Error('The chart is not live.');
      return shownSvg(svg);
    },
  };
}
