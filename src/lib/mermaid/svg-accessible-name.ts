/**
 * Gives an SVG an accessible name when its source set none. Mermaid links the SVG to a <title>
 * (aria-labelledby) only when the diagram has an accTitle; without a name, assistive technology
 * announces an unlabelled graphic.
 */
export function withAccessibleName(svg: string, fallback = 'Diagram'): string {
  const open = /^\s*<svg\b[^>]*>/.exec(svg);
  if (!open) return svg;
  if (/\saria-label(?:ledby)?="[^"]*\S[^"]*"/.test(open[0])) return svg;
  const label = fallback.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  const at = svg.indexOf('<svg') + '<svg'.length;
  return `${svg.slice(0, at)} aria-label="${label}"${svg.slice(at)}`;
}
