/**
 * Greedy label placement beside points, in pixels. Vega-Lite has no label layout; without one,
 * labels of nearby points (models of similar size and rate, cells on a frontier) print over each
 * other. Each label tries a fixed list of spots around its point and takes the first that stays
 * inside the plot and clear of points and of labels placed before it, or else the spot that
 * overlaps least. Labels are placed in input order, so callers list the important ones first.
 */

export interface LabelAnchor {
  /** Point centre and radius in pixels (y grows downwards). */
  x: number;
  y: number;
  r: number;
  /** Label width in pixels (see labelWidth). */
  width: number;
}

/** Where a label goes: its left edge and vertical centre, in pixels. */
export interface LabelSpot {
  x: number;
  y: number;
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

function overlap(a: Box, b: Box): number {
  const w = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
  const h = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
  return w > 0 && h > 0 ? w * h : 0;
}

function candidates(a: LabelAnchor, h: number, gap: number): LabelSpot[] {
  const right = a.x + a.r + gap;
  const left = a.x - a.r - gap - a.width;
  const centred = a.x - a.width / 2;
  const above = a.y - a.r - gap / 2 - h / 2;
  const below = a.y + a.r + gap / 2 + h / 2;
  const spots: LabelSpot[] = [
    { x: right, y: a.y },
    { x: left, y: a.y },
    { x: right, y: a.y - h * 0.75 },
    { x: right, y: a.y + h * 0.75 },
    { x: centred, y: above },
    { x: centred, y: below },
    { x: left, y: a.y - h * 0.75 },
    { x: left, y: a.y + h * 0.75 },
  ];
  // Further out, still close enough to read as this point's label.
  for (let k = 2; k <= 4; k++) {
    spots.push({ x: right, y: a.y - h * k * 0.75 }, { x: right, y: a.y + h * k * 0.75 });
  }
  return spots;
}

/**
 * Spots for the labels of `anchors` (by index). `obstacles` are other points to keep clear of
 * (circles, as anchors without width); every anchor is an obstacle for the other labels too.
 */
export function placeLabels(
  anchors: readonly LabelAnchor[],
  plot: { width: number; height: number },
  fontSize: number,
  obstacles: ReadonlyArray<Omit<LabelAnchor, 'width'>> = [],
): LabelSpot[] {
  const h = fontSize + 2;
  const gap = 4;
  const circles: Box[] = [...anchors, ...obstacles].map((p) => ({ x0: p.x - p.r, y0: p.y - p.r, x1: p.x + p.r, y1: p.y + p.r }));
  const placed: Box[] = [];
  return anchors.map((a) => {
    let best: { spot: LabelSpot; box: Box; cost: number } | undefined;
    for (const spot of candidates(a, h, gap)) {
      const box = { x0: spot.x, y0: spot.y - h / 2, x1: spot.x + a.width, y1: spot.y + h / 2 };
      const outside =
        Math.max(0, -box.x0) + Math.max(0, box.x1 - plot.width) + Math.max(0, -box.y0) + Math.max(0, box.y1 - plot.height);
      let cost = outside * h * 4;
      for (const p of placed) cost += overlap(box, p) * 4;
      for (const c of circles) cost += overlap(box, c);
      if (best === undefined || cost < best.cost) best = { spot, box, cost };
      if (cost === 0) break;
    }
    const chosen = best as { spot: LabelSpot; box: Box };
    placed.push(chosen.box);
    return chosen.spot;
  });
}

/** Approximate width in pixels of a label in a system sans-serif face (~0.58 em per character). */
export function labelWidth(text: string, fontSize: number): number {
  return [...text].length * fontSize * 0.58;
}
