import { rehypeHeadingIds, unified } from '@astrojs/markdown-remark';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import { describe, expect, it } from 'vitest';
import { HEADING_ANCHORS } from '../../../src/plugins/heading-anchors';

async function render(markdown: string): Promise<string> {
  const renderer = await unified({ rehypePlugins: [rehypeHeadingIds, [rehypeAutolinkHeadings, HEADING_ANCHORS]] }).createRenderer({ syntaxHighlight: false });
  return (await renderer.render(markdown, { frontmatter: {} })).code;
}

describe('heading anchors', () => {
  it('append a "#" link to the heading\'s own id after each h2 to h4, hidden from screen readers and the tab order', async () => {
    const html = await render('# Title\n\n## Why it *matters*\n\n### Set-up\n\n#### Details\n\n##### Fine print\n');
    expect(html).toContain('<h2 id="why-it-matters">Why it <em>matters</em><a class="heading-anchor" aria-hidden="true" tabindex="-1" href="#why-it-matters">#</a></h2>');
    expect(html).toContain('<h3 id="set-up">Set-up<a class="heading-anchor" aria-hidden="true" tabindex="-1" href="#set-up">#</a></h3>');
    expect(html).toContain('<h4 id="details">Details<a class="heading-anchor" aria-hidden="true" tabindex="-1" href="#details">#</a></h4>');
    // The title and headings below h4 get none.
    expect(html).toContain('<h1 id="title">Title</h1>');
    expect(html).toContain('<h5 id="fine-print">Fine print</h5>');
  });
});
