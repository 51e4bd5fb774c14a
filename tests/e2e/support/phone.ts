import type { Page } from 'playwright-core';

/** The smallest text a chart may show on a phone (issue 15). */
export const MIN_TEXT_PX = 11;

/**
 * What a reader sees of every chart of the page at this viewport: whether the page or any figure
 * scrolls sideways, how wide each figure is, and the smallest text of the chart on display (the
 * live view when there is one, else the static copy CSS shows), as rendered on screen: the
 * font size times the scale from the SVG's units to screen pixels.
 */
export async function phoneReport(page: Page): Promise<{ pageWidth: number; problems: string[] }> {
  return page.evaluate((min) => {
    const problems: string[] = [];
    const vw = document.documentElement.clientWidth;
    for (const f of document.querySelectorAll<HTMLElement>('figure[data-chart]')) {
      const r = f.getBoundingClientRect();
      if (r.left < -0.5 || r.right > vw + 0.5) problems.push(`${f.id}: figure spans ${r.left}..${r.right} of ${vw}`);
      // The chart's own boxes (its Data table may scroll inside its own wrapper, as any wide table does).
      for (const el of [f, ...f.querySelectorAll<HTMLElement>('.chart-scroll, [data-chart-frame]')]) {
        if (el.scrollWidth > el.clientWidth + 1) problems.push(`${f.id}: ${el.className} scrolls sideways (${el.scrollWidth} > ${el.clientWidth})`);
      }
      const live = f.querySelector<SVGSVGElement>('.chart-live svg');
      const shown = live ?? [...f.querySelectorAll<SVGSVGElement>('.chart-static svg')].find((s) => s.getBoundingClientRect().width > 0);
      if (!shown) {
        problems.push(`${f.id}: no chart on display`);
        continue;
      }
      const s = shown.getBoundingClientRect();
      if (s.right > vw + 0.5) problems.push(`${f.id}: chart SVG ends at ${s.right} of ${vw}`);
      let smallest = Infinity;
      for (const t of shown.querySelectorAll<SVGTextElement>('text')) {
        if (t.textContent === '' || t.getBoundingClientRect().width === 0) continue;
        const m = t.getScreenCTM();
        if (!m) continue;
        smallest = Math.min(smallest, parseFloat(getComputedStyle(t).fontSize) * Math.hypot(m.a, m.b));
      }
      if (!(smallest >= min - 0.01)) problems.push(`${f.id}: smallest text ${smallest.toFixed(2)} px`);
    }
    return { pageWidth: document.documentElement.scrollWidth, problems };
  }, MIN_TEXT_PX);
}
