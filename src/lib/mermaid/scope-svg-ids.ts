/** Attributes whose value is a space-separated list of ids. */
const ID_LIST_ATTRS = 'id|aria-labelledby|aria-describedby|aria-controls|aria-owns|aria-activedescendant|aria-flowto|aria-details';

function ownsId(id: string, prefix: string): boolean {
  return id === prefix || id.startsWith(`${prefix}-`) || id.startsWith(`${prefix}_`);
}

/**
 * Makes every id in a Mermaid SVG start with `prefix` (the SVG's own id) and rewrites the
 * references to them (aria lists, href="#…", url(#…) in attributes and in the embedded style).
 * Mermaid prefixes most ids itself but not all (edge labels such as "L_A_B_0", accTitle's
 * "chart-title-…"), and two SVGs of one page (the light and the dark copy, or two diagrams
 * with the same edge) must not share any id. Works on Mermaid's serialised output, whose
 * attributes are always double-quoted.
 */
export function scopeSvgIds(svg: string, prefix: string): string {
  const existing = new Set<string>();
  for (const m of svg.matchAll(/\sid="([^"]*)"/g)) if (m[1]) existing.add(m[1]);
  const renames = new Map<string, string>();
  for (const id of existing) {
    if (ownsId(id, prefix)) continue;
    // Mermaid sometimes already has "<prefix>-<id>" next to a bare "<id>"; never merge the two.
    let next = `${prefix}-${id}`;
    for (let n = 2; existing.has(next) || [...renames.values()].includes(next); n++) next = `${prefix}-${id}-${n}`;
    renames.set(id, next);
  }
  if (renames.size === 0) return svg;
  const rename = (id: string): string => renames.get(id) ?? id;
  return svg
    .replace(new RegExp(`(\\s(?:${ID_LIST_ATTRS})=")([^"]*)"`, 'g'), (_m, attr: string, value: string) =>
      `${attr}${value.split(/(\s+)/).map(rename).join('')}"`)
    .replace(/(\s(?:xlink:)?href=")#([^"]*)"/g, (_m, attr: string, id: string) => `${attr}#${rename(id)}"`)
    .replace(/url\(\s*(['"]?)#([^'")\s]+)\1\s*\)/g, (_m, quote: string, id: string) => `url(${quote}#${rename(id)}${quote})`);
}

/**
 * Gives an already scoped SVG a new id prefix, e.g. for the second copy of one diagram in a
 * post. Safe because scopeSvgIds left every id and every reference starting with `from`.
 */
export function renameIdPrefix(svg: string, from: string, to: string): string {
  return svg.split(from).join(to);
}
