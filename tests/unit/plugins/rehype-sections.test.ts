import { describe, expect, it } from 'vitest';
import { compileMdx, markdownToHtml } from './pipeline';

const BIB_DIR = 'tests/unit/plugins/fixtures';

describe('rehypeSections', () => {
  it('wraps each h2 and what follows in a section, and each h3 inside it too', async () => {
    const html = await markdownToHtml('Intro.\n\n## One\n\nA.\n\n### One.a\n\nB.\n\n### One.b\n\nC.\n\n## Two\n\nD.\n', { bibDir: BIB_DIR });
    const shape = html.replace(/\s+/g, '').replace(/<h(\d)[^>]*>(.*?)<\/h\d>/g, '<h$1>$2</h$1>');
    expect(shape).toBe(
      '<p>Intro.</p>' +
        '<section><h2>One</h2><p>A.</p><section><h3>One.a</h3><p>B.</p></section><section><h3>One.b</h3><p>C.</p></section></section>' +
        '<section><h2>Two</h2><p>D.</p></section>',
    );
  });

  it('leaves a post without h2 as it was, and the footnotes section outside the last section', async () => {
    expect(await markdownToHtml('Just text.\n\n### Small\n\nMore.\n', { bibDir: BIB_DIR })).not.toContain('<section');
    const html = await markdownToHtml('## Part\n\nA claim.[^1]\n\n[^1]: The note.\n', { bibDir: BIB_DIR });
    expect(html.replace(/\s+/g, ' ')).toMatch(/^<section><h2[^>]*>Part<\/h2> <p>A claim.*?<\/p> <\/section> ?<section data-footnotes/);
  });

  it('keeps MDX imports and exports where MDX needs them, so the post still compiles', async () => {
    const code = await compileMdx('import x from "./x.js";\n\n## Part\n\nText.\n\nexport const y = 1;\n', { bibDir: BIB_DIR });
    expect(code).toContain('import x from "./x.js"');
    expect(code).toContain('export const y = 1');
    expect(code).toMatch(/_jsxs?\(_components\.section,/);
  });
});
