/**
 * Removes the ARIA attributes Vega writes on every mark (role, aria-label, aria-roledescription
 * ...) from an SVG that will be hidden from assistive tech as a whole: the static copies on a page
 * sit inside a labelled, described figure, and their per-mark labels would only double the
 * page's weight. Works on Vega's serialised SVG, whose attribute values never contain a raw
 * '<', '>' or '"', so tags can be found with a pattern; text content is left untouched.
 */
export function stripAria(svg: string): string {
  return svg.replace(/<[A-Za-z][^<>]*>/g, (tag) => tag.replace(/\s(?:aria-[\w-]+|role)="[^"]*"/g, ''));
}
