import type { DrillCells } from '../../lib/charts/drill-cells';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

/**
 * Fills the panel below a heatmap with one cell's rows, as the build printed them. Built from
 * text nodes only; the values come from the data and are never parsed as HTML.
 */
export function showCellPanel(panel: HTMLElement, title: string, drill: DrillCells, rows: readonly string[][], onClose: () => void): void {
  const heading = el('p', `${title}: ${rows.length} ${rows.length === 1 ? 'row' : 'rows'}`, 'chart-panel-title');
  const close = el('button', 'Close', 'chart-panel-close');
  close.type = 'button';
  close.addEventListener('click', onClose);
  const table = el('table');
  table.append(el('caption', `The rows of ${title}`, 'visually-hidden'));
  const head = table.createTHead().insertRow();
  for (const c of drill.columns) {
    const th = el('th', c.title, c.numeric ? 'num' : undefined);
    th.scope = 'col';
    head.append(th);
  }
  const body = table.createTBody();
  for (const r of rows) {
    const tr = body.insertRow();
    r.forEach((v, i) => tr.append(el('td', v, drill.columns[i]?.numeric ? 'num' : undefined)));
  }
  const wrap = el('div', undefined, 'table-wrap');
  wrap.append(table);
  panel.replaceChildren(heading, close, wrap);
  panel.hidden = false;
}

export function hideCellPanel(panel: HTMLElement): void {
  panel.hidden = true;
  panel.replaceChildren();
}
