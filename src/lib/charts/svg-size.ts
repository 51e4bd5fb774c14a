/** The size of a rendered chart, in CSS pixels. */
export interface Size {
  width: number;
  height: number;
}

/**
 * Reads the width and height of the root <svg> of a rendered chart from its width and height
 * attributes, or else from its viewBox. Throws when neither gives a positive size: the page
 * reserves this box before the chart goes live, so a missing size would make the page jump.
 */
export function svgSize(svg: string): Size {
  const open = /<svg\b[^>]*>/i.exec(svg)?.[0];
  if (!open) throw new Error('svgSize: the markup has no <svg> element.');
  const attr = (name: string) => new RegExp(`\\s${name}\\s*=\\s*["']([^"']*)["']`, 'i').exec(open)?.[1];
  const width = Number.parseFloat(attr('width') ?? '');
  const height = Number.parseFloat(attr('height') ?? '');
  if (width > 0 && height > 0) return { width, height };
  const box = (attr('viewBox') ?? '').trim().split(/[\s,]+/).map(Number);
  const [, , w, h] = box;
  if (box.length === 4 && w !== undefined && h !== undefined && w > 0 && h > 0) return { width: w, height: h };
  throw new Error(`svgSize: the root <svg> has no positive width and height or viewBox (${open.slice(0, 120)}).`);
}
