/**
 * The live half of the charts, loaded when the first chart nears the viewport. Vega runs the specs
 * compiled at build time; expressions go through vega-interpreter, so nothing is compiled with
 * Function() and the charts run under a CSP without 'unsafe-eval'.
 */
import * as vega from 'vega';
import { expressionInterpreter } from 'vega-interpreter';
import { restoreSpec, type ChartIsland, type Theme } from '../../lib/charts/chart-island';
import { cellKey, unpackRuns } from '../../lib/charts/cell-tasks';
import { HIGHLIGHT_SIGNAL, LEGEND_PARAM, ZOOM_PARAM } from '../../lib/charts/with-interactions';
import { hideCellPanel, showCellPanel } from './cell-panel';
import { dataUrlBlob } from './download';
import { hideTooltip, showTooltip } from './tooltip';
import type { ChartHandle } from './types';

/**
 * Measure text the way the build did (Vega's estimate; Node has no canvas), so the live chart
 * lays out exactly like the static SVG it replaces and nothing shifts when it takes over.
 */
const metrics = (vega as unknown as { textMetrics?: { width: unknown; estimateWidth: unknown } }).textMetrics;
if (metrics) metrics.width = metrics.estimateWidth;

/** The page-level bus for linked views: one highlighted model for every chart on the page. */
const HIGHLIGHT_EVENT = 'chart-highlight';
let pageHighlight: string | null = null;

function setPageHighlight(model: string | null): void {
  if (model === pageHighlight) return;
  pageHighlight = model;
  document.dispatchEvent(new CustomEvent(HIGHLIGHT_EVENT, { detail: { model } }));
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

function modelOf(item: unknown): string | null {
  const m = datumOf(item)?.['model'];
  return typeof m === 'string' ? m : null;
}

/** Models in the chart's data, in the order the data lists them. */
function modelsOf(island: ChartIsland): string[] {
  const out: string[] = [];
  const visit = (rows: unknown): void => {
    if (!Array.isArray(rows)) return;
    for (const r of rows) {
      const m = r !== null && typeof r === 'object' ? (r as Datum)['model'] : undefined;
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

function cellTitle(d: Datum): string {
  const name = [d['model'], d['quant']].filter((v) => typeof v === 'string').join(' ');
  return typeof d['harness'] === 'string' ? `${name} + ${d['harness']}` : name;
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
  const models = island.added.highlight ? modelsOf(island) : [];

  let view: vega.View | undefined;
  let host: HTMLElement | undefined;
  let clearTimer: ReturnType<typeof setTimeout> | undefined;
  let cursor = -1;

  const openCell = (d: Datum): void => {
    if (!cells || !panel) return;
    const packed = cells.cells[cellKey(cells.keyFields.map((f) => d[f]))];
    if (!packed) return;
    showCellPanel(panel, cellTitle(d), unpackRuns(packed), () => {
      hideCellPanel(panel);
      frame.focus();
    });
  };

  async function build(t: Theme): Promise<void> {
    const el = document.createElement('div');
    el.className = 'chart-live';
    // Drawn out of sight and shown only once complete, so a theme switch never flashes a half-made chart.
    el.style.visibility = 'hidden';
    frame?.append(el);
    // What the reader did to the chart (zoom, legend filter) carries over to the other theme: the
    // selections' stores and the zoomed domains, not the transient drag and wheel signals.
    const stores = new Set([`${ZOOM_PARAM}_store`, `${LEGEND_PARAM}_store`]);
    const transient = /_(tuple|tuple_fields|translate_anchor|translate_delta|zoom_anchor|zoom_delta|modify|x|y)$/;
    const state = view?.getState({
      signals: (name?: string) => !!name && name.startsWith(`${ZOOM_PARAM}_`) && !transient.test(name),
      data: (name?: string) => !!name && stores.has(name),
      recurse: true,
    });
    const next = new vega.View(vega.parse(restoreSpec(island, t) as vega.Spec, undefined, { ast: true }), {
      expr: expressionInterpreter,
      renderer: 'svg',
      container: el,
      hover: false,
      tooltip: (_handler: unknown, event: MouseEvent, _item: unknown, value: unknown) => showTooltip(event, value),
    });
    if (island.added.highlight) next.signal(HIGHLIGHT_SIGNAL, pageHighlight);
    if (island.added.highlight) {
      next.addEventListener('pointerover', (_e, item) => {
        const m = modelOf(item);
        if (m === null) return;
        if (clearTimer) clearTimeout(clearTimer);
        setPageHighlight(m);
      });
      next.addEventListener('pointerout', (_e, item) => {
        if (modelOf(item) === null) return;
        // Moving from one mark to the next should not flash the whole page back.
        if (clearTimer) clearTimeout(clearTimer);
        clearTimer = setTimeout(() => setPageHighlight(null), 60);
      });
    }
    if (cells) next.addEventListener('click', (_e, item) => {
      const d = datumOf(item);
      if (d && cells.keyFields.every((f) => f in d)) openCell(d);
    });
    await next.runAsync();
    // Only a view that has run once has the data sets that setState() writes into.
    if (state) await next.setState(state).runAsync();
    el.style.visibility = '';
    const old = view;
    const oldHost = host;
    view = next;
    host = el;
    old?.finalize();
    oldHost?.remove();
  }

  await build(theme);
  frame.classList.add('is-live');
  figure.dataset['chartLive'] = theme;

  document.addEventListener(HIGHLIGHT_EVENT, () => {
    if (!view || !island.added.highlight) return;
    void view.signal(HIGHLIGHT_SIGNAL, pageHighlight).runAsync();
  });

  // Keyboard: arrows walk the models (the heatmap: its cells), Enter opens a cell, Escape clears.
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
        setPageHighlight(typeof d['model'] === 'string' ? d['model'] : null);
        const passes = typeof d['passesLabel'] === 'string' ? `: ${d['passesLabel']}` : '';
        say(`${cellTitle(d)}${passes}. Press Enter for its per-task results.`);
      } else if ((e.key === 'Enter' || e.key === ' ') && cursor >= 0) {
        e.preventDefault();
        const d = list[cursor];
        if (d) openCell(d);
      }
      return;
    }
    if (step !== 0 && models.length > 0) {
      e.preventDefault();
      cursor = cursor < 0 ? (step > 0 ? 0 : models.length - 1) : (cursor + step + models.length) % models.length;
      const m = models[cursor] as string;
      setPageHighlight(m);
      say(`Highlighted ${m} in every chart on the page.`);
    }
  });
  frame.addEventListener('pointerleave', hideTooltip);
  frame.addEventListener('blur', () => {
    if (cursor >= 0) setPageHighlight(null);
    cursor = -1;
  });

  // Theme switches run one after another, so a quick double toggle ends on the last theme.
  let queue: Promise<void> = Promise.resolve();
  return {
    setTheme(t: Theme) {
      queue = queue.then(async () => {
        if (figure.dataset['chartLive'] === t) return;
        hideTooltip();
        await build(t);
        figure.dataset['chartLive'] = t;
      });
      return queue;
    },
    async png() {
      if (!view) throw new Error('The chart is not live.');
      return dataUrlBlob(await view.toImageURL('png', 2));
    },
    async svg() {
      if (!view) throw new Error('The chart is not live.');
      return view.toSVG();
    },
  };
}
