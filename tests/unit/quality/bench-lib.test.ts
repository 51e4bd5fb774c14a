import { describe, expect, it } from 'vitest';
import { markdownTable } from '../../../bench/lib/markdown-table';
import { clonePlan, retitle, usesCharts } from '../../../bench/lib/synthetic-posts';

const post = (title: string, extra = '') => `---\ntitle: ${title}\ndate: 2024-06-01\n${extra}---\n\nBody with title: not this one.\n`;

describe('synthetic posts for the build benchmark', () => {
  it('retitle keeps YAML valid for plain, double- and single-quoted titles', () => {
    expect(retitle(post('Looking for Postdocs!'), 3)).toBe(post('"Looking for Postdocs! (copy 3)"'));
    expect(retitle(post('"A: B"'), 1)).toBe(post('"A: B (copy 1)"'));
    expect(retitle(post("'It''s'"), 2)).toBe(post("'It''s (copy 2)'"));
  });

  it('clonePlan makes factor - 1 copies of each published post under new slugs, none of drafts', () => {
    const posts = [
      { path: '2024/postdoc.mdx', text: post('P') },
      { path: '2025/draft.mdx', text: post('D', 'draft: true\n') },
    ];
    expect(clonePlan(posts, 1)).toEqual([]);
    expect(clonePlan(posts, 3).map((p) => p.path)).toEqual(['2024/postdoc-copy-1.mdx', '2024/postdoc-copy-2.mdx']);
  });

  it('recognises posts that import chart components', () => {
    expect(usesCharts("import Heatmap from '../../../components/charts/Heatmap.astro';\n")).toBe(true);
    expect(usesCharts('The charts/ folder is mentioned in prose.\n')).toBe(false);
  });
});

describe('markdownTable', () => {
  it('pads columns and right-aligns all but the first', () => {
    expect(markdownTable(['size', 'ms'], [['1x', '5'], ['10x', '1234']])).toBe(
      ['| size |   ms |', '| ---- | ---: |', '| 1x   |    5 |', '| 10x  | 1234 |'].join('\n'),
    );
  });
});
