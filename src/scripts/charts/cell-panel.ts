import type { TaskResult } from '../../lib/charts/cell-tasks';
import { formatPasses, formatSeconds } from '../../lib/format';

const ACCESS: Record<TaskResult['graderAccess'], string> = {
  none: 'none',
  ran: 'ran the grader',
  read: 'read the grader',
};

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

/**
 * Fills the panel below a heatmap with one cell's runs: task, pass or fail, agent time and what
 * the run did with the hidden grader (plus the seed when a task ran more than once). Built from
 * text nodes only; the names come from the data and are never parsed as HTML.
 */
export function showCellPanel(panel: HTMLElement, title: string, runs: readonly TaskResult[], onClose: () => void): void {
  const passed = runs.filter((r) => r.passed).length;
  const seeds = new Set(runs.map((r) => r.seed)).size > 1;
  const heading = el('p', `${title}: ${runs.length > 0 ? formatPasses(passed, runs.length) : 'no runs'}`, 'chart-panel-title');
  const close = el('button', 'Close', 'chart-panel-close');
  close.type = 'button';
  close.addEventListener('click', onClose);
  const table = el('table');
  table.append(el('caption', `Per-task results for ${title}`, 'visually-hidden'));
  const head = table.createTHead().insertRow();
  for (const [label, numeric] of [['Task', false], ...(seeds ? [['Seed', true] as const] : []), ['Result', false], ['Agent time', true], ['Grader access', false]] as const) {
    const th = el('th', label, numeric ? 'num' : undefined);
    th.scope = 'col';
    head.append(th);
  }
  const body = table.createTBody();
  for (const r of runs) {
    const tr = body.insertRow();
    tr.append(el('td', r.task));
    if (seeds) tr.append(el('td', String(r.seed), 'num'));
    tr.append(el('td', r.passed ? 'pass' : 'fail', r.passed ? 'result-pass' : 'result-fail'));
    tr.append(el('td', formatSeconds(r.timeS), 'num'));
    tr.append(el('td', ACCESS[r.graderAccess] ?? r.graderAccess));
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
