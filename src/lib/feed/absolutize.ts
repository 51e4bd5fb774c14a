/**
 * Feed readers show a post outside the site, so every root-relative link and source in its HTML
 * must become absolute. Only attribute values that start with a single "/" are rewritten;
 * fragment links point at the post itself.
 */
export function absolutizeHtml(html: string, pageUrl: string): string {
  const origin = new URL(pageUrl).origin;
  return html
    .replace(/\b(href|src|poster)="\/(?!\/)([^"]*)"/g, (_m, attr: string, rest: string) => `${attr}="${origin}/${rest}"`)
    .replace(/\bsrcset="([^"]*)"/g, (_m, set: string) =>
      `srcset="${set.replace(/(^|,\s*)\/(?!\/)/g, `$1${origin}/`)}"`,
    )
    .replace(/\bhref="#([^"]*)"/g, (_m, frag: string) => `href="${pageUrl}#${frag}"`);
}
