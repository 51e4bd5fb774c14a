/**
 * Exports of a live chart as the reader sees it. The page's CSS restyles the chart for the dark
 * theme (charts.css), which neither Vega's toSVG/toImageURL nor vega-embed's export actions know
 * of: they would save the light colours on no background. So the SVG is the live one with the
 * colours it is shown in written into its attributes, on the page's background, and the PNG is
 * that SVG drawn onto a canvas.
 */
const PAINT = ['fill', 'stroke'] as const;

/** The live chart's <svg> as a standalone document in the colours it is shown in. */
export function shownSvg(svg: SVGSVGElement): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const from = [svg, ...svg.querySelectorAll('*')];
  const to = [copy, ...copy.querySelectorAll('*')];
  from.forEach((el, i) => {
    const target = to[i];
    if (!target) return;
    const style = getComputedStyle(el);
    for (const p of PAINT) if (el.hasAttribute(p)) target.setAttribute(p, style.getPropertyValue(p));
  });
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.removeAttribute('style');
  const bg = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
  bg.setAttribute('width', '100%');
  bg.setAttribute('height', '100%');
  bg.setAttribute('fill', getComputedStyle(document.body).backgroundColor);
  copy.insertBefore(bg, copy.firstChild);
  return new XMLSerializer().serializeToString(copy);
}

/** An SVG document drawn at `scale` times its size into a PNG (through a data: URL, which the CSP's img-src allows). */
export async function svgToPng(svg: string, scale: number): Promise<Blob> {
  const img = new Image();
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await img.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil(img.naturalWidth * scale);
  canvas.height = Math.ceil(img.naturalHeight * scale);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('The image could not be exported: this browser has no 2D canvas.');
  ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('The image could not be exported.'))), 'image/png'));
}
