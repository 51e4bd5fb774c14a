/**
 * Draws the diagrams the build could not (no Chromium on the build machine): each
 * <figure class="diagram diagram-pending" data-mermaid-source="…"> gets its SVG in the current
 * theme, redrawn when the theme changes. Mermaid itself is imported only once a pending figure
 * is found, and this script is only included on pages that have one. Mermaid is not bundled
 * into the site's scripts: the build publishes the package's own browser build under /_mermaid/
 * (mermaidIntegration) only when some diagram is pending, so ordinary builds pay nothing for it.
 */
import { mermaidModuleUrl } from '../lib/mermaid/fallback-assets';
import { finishSvg } from '../lib/mermaid/finish-svg';
import { mermaidConfig, type DiagramTheme } from '../lib/mermaid/render-config';
import { unsafeSvgConstruct } from '../lib/mermaid/svg-safety';

type Mermaid = (typeof import('mermaid'))['default'];

const figures = [...document.querySelectorAll<HTMLElement>('figure.diagram-pending[data-mermaid-source]')];
/** Drawn SVGs per figure and theme, so toggling back and forth draws each only once. */
const drawn = new Map<HTMLElement, Partial<Record<DiagramTheme, SVGSVGElement>>>();
let loading: Promise<Mermaid> | null = null;
let queue: Promise<void> = Promise.resolve();

function currentTheme(): DiagramTheme {
  const theme = document.documentElement.dataset['theme'];
  if (theme === 'light' || theme === 'dark') return theme;
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/**
 * Parses Mermaid's SVG as an XML document and adopts the element, instead of assigning markup
 * to innerHTML. Mermaid's strict mode has already sanitised the labels; anything that could
 * still run code is refused.
 */
function toElement(svg: string): SVGSVGElement | null {
  const unsafe = unsafeSvgConstruct(svg);
  if (unsafe) {
    console.warn(`Diagram not shown: its SVG contains ${unsafe}.`);
    return null;
  }
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  const root = doc.documentElement;
  if (root.getElementsByTagName('parsererror').length > 0 || root.localName !== 'svg') return null;
  return document.importNode(root, true) as unknown as SVGSVGElement;
}

async function drawFigure(mermaid: Mermaid, figure: HTMLElement, index: number, theme: DiagramTheme): Promise<void> {
  const copies = drawn.get(figure) ?? {};
  drawn.set(figure, copies);
  let svg = copies[theme];
  if (!svg) {
    // The index keeps ids unique when one diagram appears twice on a page.
    const id = `mmd-${(figure.dataset['diagramHash'] ?? '').slice(0, 8)}-${index + 1}-${theme}`;
    mermaid.initialize(mermaidConfig(theme, id));
    try {
      const { svg: markup } = await mermaid.render(id, figure.dataset['mermaidSource'] ?? '');
      svg = toElement(finishSvg(markup, id, theme)) ?? undefined;
    } catch (e) {
      // The source stays visible as text; a warning, not an error, because the page still works.
      console.warn(`Diagram ${index + 1} could not be drawn: ${e instanceof Error ? e.message : String(e)}`);
    }
    if (!svg) return;
    copies[theme] = svg;
  }
  for (const old of figure.querySelectorAll(':scope > svg')) if (old !== svg) old.remove();
  if (svg.parentNode !== figure) figure.prepend(svg);
  const source = figure.querySelector<HTMLElement>(':scope > pre.diagram-source');
  if (source) source.hidden = true;
}

function drawAll(theme: DiagramTheme): Promise<void> {
  // Mermaid's configuration is global, so draws run one after another, never interleaved.
  queue = queue.then(async () => {
    loading ??= (import(/* @vite-ignore */ mermaidModuleUrl(import.meta.env.BASE_URL)) as Promise<{ default: Mermaid }>).then((m) => m.default);
    const mermaid = await loading;
    for (const [index, figure] of figures.entries()) await drawFigure(mermaid, figure, index, theme);
  }).catch((e: unknown) => {
    console.warn(`Diagrams could not be drawn: ${e instanceof Error ? e.message : String(e)}`);
  });
  return queue;
}

if (figures.length > 0) {
  void drawAll(currentTheme());
  addEventListener('themechange', (event) => {
    const detail = (event as CustomEvent<{ theme?: unknown }>).detail;
    const theme = detail?.theme === 'dark' || detail?.theme === 'light' ? detail.theme : currentTheme();
    void drawAll(theme);
  });
}
