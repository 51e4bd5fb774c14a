/** Adds classes to the root <svg> element of an SVG string, keeping the ones Mermaid set. */
export function withRootClass(svg: string, classes: readonly string[]): string {
  const open = /^\s*<svg\b[^>]*>/.exec(svg);
  if (!open || classes.length === 0) return svg;
  const tag = open[0];
  const existing = /\sclass="([^"]*)"/.exec(tag);
  let next: string;
  if (existing) {
    const have = (existing[1] ?? '').split(/\s+/).filter(Boolean);
    const merged = [...have, ...classes.filter((c) => !have.includes(c))];
    next = tag.replace(existing[0], ` class="${merged.join(' ')}"`);
  } else {
    next = tag.replace(/^(\s*<svg)\b/, `$1 class="${classes.join(' ')}"`);
  }
  return svg.replace(tag, next);
}
