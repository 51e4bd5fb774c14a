/**
 * Pages carry copies that CSS shows one of: two of each Mermaid diagram, one per theme, and two
 * of each chart, a desktop and a phone layout (each chart's one theme is restyled by CSS and
 * reads in its light colours without it). Feed readers apply no site CSS, so they would show
 * every copy; a feed item keeps the light diagram and the desktop chart.
 *
 * Works on the build's own markup, which is well formed: an element whose class list holds one
 * of EXTRA_COPIES is cut from its start tag to the matching end tag, counting nested elements of
 * the same name.
 */
const EXTRA_COPIES = ['only-dark', 'chart-narrow'];

export function stripDarkCopies(html: string): string {
  const start = /<([a-zA-Z][\w:-]*)\b[^>]*\bclass\s*=\s*("[^"]*"|'[^']*')[^>]*>/g;
  let out = '';
  let from = 0;
  for (;;) {
    start.lastIndex = from;
    let m: RegExpExecArray | null;
    while ((m = start.exec(html)) !== null && !m[2]?.slice(1, -1).split(/\s+/).some((c) => EXTRA_COPIES.includes(c)));
    if (m === null) break;
    const name = m[1] ?? '';
    out += html.slice(from, m.index);
    from = m[0].endsWith('/>') ? m.index + m[0].length : endOf(html, name, m.index + m[0].length);
  }
  return out + html.slice(from);
}

/** The index just past the end tag that closes an element `name` whose content starts at `pos`. */
function endOf(html: string, name: string, pos: number): number {
  const tag = new RegExp(`<(/?)${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b[^>]*?(/?)>`, 'gi');
  tag.lastIndex = pos;
  let depth = 1;
  let m: RegExpExecArray | null;
  while ((m = tag.exec(html)) !== null) {
    if (m[1] === '/') depth--;
    else if (m[2] !== '/') depth++;
    if (depth === 0) return m.index + m[0].length;
  }
  throw new Error(`An element <${name}> with class ${EXTRA_COPIES.map((c) => `"${c}"`).join(' or ')} is never closed.`);
}
