/**
 * Bytes a static chart copy does not need, cut from Vega's serialised SVG (whose attribute values
 * never contain a raw '<', '>' or '"', so tags can be found with a pattern; text is left alone):
 *
 * - coordinates to 2 decimals: Vega writes up to 17 digits ("31.499999999999996"); a hundredth of
 *   a pixel is invisible, and the page's box comes from the SVG's size, which is untouched;
 * - the empty foreground path of every group, and group backgrounds with neither fill nor stroke
 *   (the root sets fill="none"), which draw nothing;
 * - `pointer-events="none"` and `opacity="1"`, which say what is already so in a static copy that
 *   nothing points at;
 * - the font stack written on every text, when all texts share one: it is said once on the root
 *   <svg> instead, which every text inherits (a presentation attribute, so it holds without CSS).
 *
 * The live chart replaces the copy with Vega's own drawing; this only makes the page lighter.
 */
export function slimSvg(svg: string): string {
  return oneFontFamily(svg

    .replace(/<path class="foreground"[^<>]*\bdisplay="none"[^<>]*\/>/g, '')
    .replace(/<path class="background"(?![^<>]*\b(?:fill|stroke)=)[^<>]*\/>/g, '')
    .replace(/<[A-Za-z][^<>]*>/g, (tag) =>
      tag
        .replace(/\s(?:pointer-events="none"|opacity="1")/g, '')
        .replace(/-?\d+\.\d{3,}(?:e-?\d+)?/g, (n) => String(Math.round(Number(n) * 100) / 100)),
    ));
}

function oneFontFamily(svg: string): string {
  const families = new Set([...svg.matchAll(/<[A-Za-z][^<>]*?\sfont-family="([^"]*)"/g)].map((m) => m[1]));
  const [family] = families;
  if (families.size !== 1 || family === undefined || !/^<svg\b/.test(svg)) return svg;
  const attr = ` font-family="${family}"`;
  return svg.replace(/<[A-Za-z][^<>]*>/g, (tag) => tag.replaceAll(attr, '')).replace(/^<svg\b/, `<svg${attr}`);
}
