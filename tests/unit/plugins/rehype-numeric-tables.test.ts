import type { Element, Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { rehypeNumericTables } from '../../../src/plugins/rehype-numeric-tables';

const text = (value: string) => ({ type: 'text' as const, value });
const el = (tagName: string, children: Element['children'] = []): Element => ({ type: 'element', tagName, properties: {}, children });
const row = (tag: 'th' | 'td', cells: string[]) => el('tr', cells.map((c) => el(tag, [text(c)])));

describe('rehypeNumericTables', () => {
  it('marks numeric columns (header included) with "num" and makes the table focusable', () => {
    const table = el('table', [el('thead', [row('th', ['Harness', 'Passes', 'Rate'])]), el('tbody', [row('td', ['pi', '123/160', '76.9%']), row('td', ['qwen', '120/160', '75.0%'])])]);
    const tree: Root = { type: 'root', children: [table] };
    rehypeNumericTables()(tree);
    const classes = (e: Element | undefined) => e?.properties['className'];
    const head = ((table.children[0] as Element).children[0] as Element).children as Element[];
    const first = ((table.children[1] as Element).children[0] as Element).children as Element[];
    expect(head.map(classes)).toEqual([undefined, ['num'], ['num']]);
    expect(first.map(classes)).toEqual([undefined, ['num'], ['num']]);
    expect(table.properties['tabIndex']).toBe(0);
  });
});
