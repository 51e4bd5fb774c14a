/**
 * Feed readers run no scripts, and the ones a post's components bring would not survive there:
 * rendered outside a page, a component's bundled script comes out pointing at its source file on
 * the build machine (a path that differs per checkout and leaks the build directory). JSON data
 * islands are of no use to a reader either. So a feed item's HTML carries no <script> at all;
 * the build-time SVG and tables stay.
 */
export function stripScripts(html: string): string {
  // An HTML script element ends at the first "</script", whatever it holds, so this match is exact.
  return html.replace(/<script\b[^>]*>[\s\S]*?<\/script\s*>/gi, '');
}
