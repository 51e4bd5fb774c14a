/**
 * A small tooltip for every chart of the page, in place of vega-tooltip: it writes text nodes
 * only (never HTML from the data) and injects no <style> (its CSS is in src/styles/charts.css),
 * so it works under the site's Content-Security-Policy.
 */
let tip: HTMLDivElement | undefined;

function element(): HTMLDivElement {
  if (!tip) {
    tip = document.createElement('div');
    tip.className = 'chart-tooltip';
    tip.setAttribute('role', 'tooltip');
    tip.hidden = true;
    document.body.append(tip);
  }
  return tip;
}

function entries(value: unknown): Array<[string, string]> {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    return Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, text(v)]);
  }
  return [['', text(value)]];
}

function text(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

/** Shows `value` (Vega's tooltip object: title -> text) next to the pointer; hides it for null. */
export function showTooltip(event: { clientX: number; clientY: number } | undefined, value: unknown): void {
  const el = element();
  if (value === null || value === undefined || value === '' || !event) {
    el.hidden = true;
    return;
  }
  const table = document.createElement('table');
  for (const [key, val] of entries(value)) {
    const tr = table.insertRow();
    if (key !== '') {
      const th = document.createElement('th');
      th.scope = 'row';
      th.textContent = key;
      tr.append(th);
    }
    const td = tr.insertCell();
    td.textContent = val;
  }
  el.replaceChildren(table);
  el.hidden = false;
  // Beside the pointer, flipped to the other side near the viewport's right and bottom edges.
  const gap = 14;
  const { width, height } = el.getBoundingClientRect();
  const x = event.clientX + gap + width > innerWidth ? Math.max(4, event.clientX - gap - width) : event.clientX + gap;
  const y = event.clientY + gap + height > innerHeight ? Math.max(4, event.clientY - gap - height) : event.clientY + gap;
  el.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
}

export function hideTooltip(): void {
  if (tip) tip.hidden = true;
}
