import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';

/**
 * Finds links inside a built static site that lead nowhere: a path with no file behind it, or
 * a #fragment with no element of that id on the target page. Pure: the caller supplies the
 * pages (URL path -> HTML) and the set of other files, so it runs on any dist/ or on fixtures.
 */
export interface BrokenLink { page: string; href: string; reason: string }

/*
 * Our own, on hast-util-from-html: the packages that check links (linkinator, hyperlink) crawl
 * over HTTP with a dozen dependencies each, where this needs the built files only, in 50 lines.
 */

/** Every id of the page, and every href and src value, parsed as a browser would (entities decoded). */
function scan(html: string): { ids: Set<string>; links: string[] } {
  const ids = new Set<string>();
  const links: string[] = [];
  visit(fromHtml(html), 'element', (node: Element) => {
    const { id, href, src } = node.properties;
    if (typeof id === 'string') ids.add(id);
    for (const v of [href, src]) if (typeof v === 'string') links.push(v);
  });
  return { ids, links };
}

export function idsOf(html: string): Set<string> {
  return scan(html).ids;
}

/** Internal link targets of a page: everything in href/src that is not another origin or a scheme. */
export function internalLinks(html: string): string[] {
  return scan(html).links.filter((raw) => !(raw === '' || /^[a-z][a-z0-9+.-]*:/i.test(raw) || raw.startsWith('//')));
}

export function checkLinks(pages: ReadonlyMap<string, string>, files: ReadonlySet<string>, origin = 'http://site.invalid'): BrokenLink[] {
  const ids = new Map<string, Set<string>>();
  const idsFor = (p: string) => {
    let s = ids.get(p);
    if (!s) {
      s = idsOf(pages.get(p) ?? '');
      ids.set(p, s);
    }
    return s;
  };
  const broken: BrokenLink[] = [];
  for (const [page, html] of pages) {
    for (const href of new Set(internalLinks(html))) {
      const url = new URL(href, origin + page);
      const path = decodeURIComponent(url.pathname);
      const target = pages.has(path) ? path : pages.has(`${path}/`) ? `${path}/` : null;
      if (target === null && !files.has(path)) {
        broken.push({ page, href, reason: `no page or file at ${path}` });
        continue;
      }
      const frag = url.hash ? decodeURIComponent(url.hash.slice(1)) : '';
      if (frag && target !== null && !idsFor(target).has(frag)) {
        broken.push({ page, href, reason: `no element with id "${frag}" on ${target}` });
      }
    }
  }
  const cmp = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  return broken.sort((a, b) => cmp(a.page, b.page) || cmp(a.href, b.href));
}
