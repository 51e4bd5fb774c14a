/**
 * The id of a chart's <figure>: the id the figure-numbering plugin injected, else one derived
 * from the label ("fig:frontier" -> "fig-frontier"), else the fallback. Ids keep to letters,
 * digits, "-" and "_" so they work unescaped in URLs and CSS selectors.
 */
export function figureId(opts: { id?: string | undefined; label?: string | undefined; fallback: string }): string {
  for (const candidate of [opts.id, opts.label, opts.fallback]) {
    if (candidate === undefined) continue;
    const id = candidate
      .trim()
      .replace(/[^A-Za-z0-9_-]+/g, '-')
      .replace(/^-+|-+$/g, '');
    if (id !== '') return /^[A-Za-z]/.test(id) ? id : `fig-${id}`;
  }
  throw new RangeError('figureId: the id, the label and the fallback are all empty.');
}
