export interface Heading { depth: number; slug: string; text: string }
export interface TocItem { slug: string; text: string; children: TocItem[] }

/** A two-level table of contents from the post's h2 and h3 headings, in document order. */
export function tableOfContents(headings: readonly Heading[]): TocItem[] {
  const toc: TocItem[] = [];
  for (const h of headings) {
    if (h.depth === 2) toc.push({ slug: h.slug, text: h.text, children: [] });
    else if (h.depth === 3) {
      const parent = toc[toc.length - 1];
      const item = { slug: h.slug, text: h.text, children: [] };
      if (parent) parent.children.push(item);
      else toc.push(item);
    }
  }
  return toc;
}
