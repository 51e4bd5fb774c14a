import { pathToFileURL } from 'node:url';
import { unified, type RehypePlugins, type RemarkPlugins } from '@astrojs/markdown-remark';
import rehypeKatex from 'rehype-katex';
import remarkMath from 'remark-math';
import { remarkCitations } from '../../../src/plugins/remark-citations';
import { remarkCrossref } from '../../../src/plugins/remark-crossref';
import { remarkKatexStrict } from '../../../src/plugins/remark-katex-strict';
import { remarkMathStyles } from '../../../src/plugins/remark-math-styles';
import { rehypeMathmlCore } from '../../../src/plugins/rehype-mathml-core';
import { rehypeSections } from '../../../src/plugins/rehype-sections';
import { STRICT_KATEX } from '../../../src/lib/math/check-formula';

// Astro's own Markdown and MDX pipelines (GFM and smartypants on, as on the site), with the
// plugins in the order astro.config.mjs uses.

export const POST_PATH = 'src/content/posts/2026/test-post.md';

/** Where the tests keep their .csl style files. */
export const CSL_DIR = 'tests/unit/plugins/fixtures/csl';

export function sitePlugins(bibDir: string, style?: string): RemarkPlugins {
  return [remarkMath, remarkCrossref, [remarkCitations, { bibDir, cslDir: CSL_DIR, ...(style ? { style } : {}) }], remarkKatexStrict, remarkMathStyles];
}

// As on the site: KaTeX's MathML, the rewrite for MathML Core, the sections.
const REHYPE: RehypePlugins = [[rehypeKatex, STRICT_KATEX], rehypeMathmlCore, rehypeSections];

/** Markdown to HTML. `path` is relative to the working directory so messages show it as written. */
export async function markdownToHtml(markdown: string, options: { bibDir: string; frontmatter?: Record<string, unknown>; path?: string; style?: string }): Promise<string> {
  const renderer = await unified({ remarkPlugins: sitePlugins(options.bibDir, options.style), rehypePlugins: REHYPE }).createRenderer({ syntaxHighlight: false });
  const { code } = await renderer.render(markdown, {
    fileURL: pathToFileURL(`${process.cwd()}/${options.path ?? POST_PATH}`),
    frontmatter: options.frontmatter ?? {},
  });
  return code;
}

/** MDX to the compiled module's JavaScript (where JSX attributes can be read). */
export async function compileMdx(mdx: string, options: { bibDir: string; frontmatter?: Record<string, unknown>; path?: string }): Promise<string> {
  const processor = unified({ remarkPlugins: sitePlugins(options.bibDir), rehypePlugins: REHYPE });
  if (!processor.createMdxRenderer) throw new Error('the unified processor has no MDX renderer');
  const renderer = await processor.createMdxRenderer({ syntaxHighlight: false }, { optimize: false });
  const path = `${process.cwd()}/${options.path ?? 'src/content/posts/2026/test-post.mdx'}`;
  return (await renderer.process(mdx, path, options.frontmatter ?? {})).code;
}

/** The error a promise rejects with (the test fails if it resolves). */
export async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof Error) return error;
    throw error;
  }
  throw new Error('expected the pipeline to fail');
}
