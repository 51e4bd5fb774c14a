import { launchChromium } from '../browser/chromium';
import { MermaidBrowserRenderer } from './browser-renderer';
import { mermaidPackage } from './mermaid-package';

export interface DiagramStats {
  /** Diagrams drawn in the browser during this process (at least one theme missed the cache). */
  rendered: number;
  /** Diagrams served entirely from the disk cache. */
  reused: number;
  /** Diagrams left for the reader's browser because no Chromium was available or asked for. */
  pending: number;
}

interface SharedState {
  renderer: Promise<MermaidBrowserRenderer | null> | null;
  stats: DiagramStats;
  warnedMissing: boolean;
}

/**
 * Kept on globalThis rather than in module scope: Astro and Vite may evaluate this module more
 * than once in one build (config loading, the content pipeline), and all copies must share one
 * browser and one set of counters.
 */
const KEY = Symbol.for('research-report-site.mermaid-renderer');

function shared(): SharedState {
  const g = globalThis as typeof globalThis & { [KEY]?: SharedState };
  g[KEY] ??= { renderer: null, stats: { rendered: 0, reused: 0, pending: 0 }, warnedMissing: false };
  return g[KEY];
}

async function launch(): Promise<MermaidBrowserRenderer | null> {
  const browser = await launchChromium();
  if (!browser) return null;
  try {
    const renderer = await MermaidBrowserRenderer.start(browser, mermaidPackage().distDir);
    // A crashed browser is relaunched on the next diagram instead of failing every later one.
    browser.on('disconnected', () => {
      const state = shared();
      if (state.renderer) void state.renderer.then((r) => { if (r === renderer) state.renderer = null; });
    });
    return renderer;
  } catch (e) {
    await browser.close().catch(() => undefined);
    throw e;
  }
}

/**
 * The build's one renderer, launched on first use. Resolves to null when this machine has no
 * Chromium. Playwright kills the browser if the process exits without closing it.
 */
export function sharedRenderer(): Promise<MermaidBrowserRenderer | null> {
  const state = shared();
  if (!state.renderer) {
    const launching = launch();
    state.renderer = launching;
    // A failed launch is not remembered, so the next diagram reports the error again.
    launching.catch(() => { if (state.renderer === launching) state.renderer = null; });
  }
  return state.renderer;
}

/** Closes the shared browser if one was launched; the next diagram launches a fresh one. */
export async function closeSharedRenderer(): Promise<void> {
  const state = shared();
  const pending = state.renderer;
  state.renderer = null;
  if (!pending) return;
  const renderer = await pending.catch(() => null);
  if (renderer?.connected) await renderer.close();
}

/** Counters for this process, e.g. for the end-of-build summary. */
export function diagramStats(): DiagramStats {
  return { ...shared().stats };
}

export function countDiagram(kind: keyof DiagramStats): void {
  shared().stats[kind]++;
}

export function resetDiagramStats(): void {
  shared().stats = { rendered: 0, reused: 0, pending: 0 };
}

/** True the first time it is called in a process: the missing-Chromium warning is printed once. */
export function firstMissingBrowserWarning(): boolean {
  const state = shared();
  if (state.warnedMissing) return false;
  state.warnedMissing = true;
  return true;
}
