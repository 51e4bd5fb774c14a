// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified, rehypeHeadingIds } from '@astrojs/markdown-remark';
import remarkMath from 'remark-math';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import rehypeKatex from 'rehype-katex';
import { remarkMermaid } from './src/plugins/remark-mermaid.ts';
import { remarkCrossref } from './src/plugins/remark-crossref.ts';
import { remarkCitations } from './src/plugins/remark-citations.ts';
import { remarkKatexStrict } from './src/plugins/remark-katex-strict.ts';
import { remarkMathStyles } from './src/plugins/remark-math-styles.ts';
import { rehypeMathmlCore } from './src/plugins/rehype-mathml-core.ts';
import { STRICT_KATEX } from './src/lib/math/check-formula.ts';
import { mermaidIntegration } from './src/plugins/mermaid-integration.ts';
import { watchData } from './src/plugins/watch-data.ts';
import { chartFilesIntegration } from './src/plugins/chart-files-integration.ts';
import { siteUrlCheck } from './src/plugins/site-url-check.ts';
import { mathFontIntegration } from './src/plugins/math-font-integration.ts';
import { HEADING_ANCHORS } from './src/plugins/heading-anchors.ts';
import { noVegaLiteInBrowser } from './src/plugins/no-vega-lite-in-browser.ts';
import { rehypeNumericTables } from './src/plugins/rehype-numeric-tables.ts';
import { rehypeSections } from './src/plugins/rehype-sections.ts';
import { siteUrl } from './src/lib/site/site-url.ts';

// Astro 7's default processor (satteri) ignores remark/rehype plugins, so math, diagrams and
// cross-references go through the unified() processor, which MDX inherits.
export default defineConfig({
  site: siteUrl(process.env),
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  markdown: {
    processor: unified({
      // Crossref strips \label before KaTeX sees the math; the strict check fails the build on a bad formula.
      remarkPlugins: [
        remarkMath,
        remarkMermaid,
        remarkCrossref,
        [
          remarkCitations,
          {
            bibDir: fileURLToPath(new URL('./src/content/bib/', import.meta.url)),
            cslDir: fileURLToPath(new URL('./src/content/csl/', import.meta.url)),
            // The site's citation style; a post's `csl` front matter overrides it.
            style: 'apa',
          },
        ],
        remarkKatexStrict,
        remarkMathStyles,
      ],
      rehypePlugins: [
        // MathML, which browsers lay out natively: a fraction of the nodes of KaTeX's HTML, and no KaTeX CSS or fonts.
        [rehypeKatex, STRICT_KATEX],
        rehypeMathmlCore,
        rehypeHeadingIds,
        [rehypeAutolinkHeadings, HEADING_ANCHORS],
        rehypeNumericTables,
        rehypeSections,
      ],
    }),
    syntaxHighlight: 'shiki',
    shikiConfig: {
      themes: { light: 'github-light', dark: 'github-dark' },
      defaultColor: false,
      wrap: false,
    },
  },
  integrations: [mdx(), sitemap(), mermaidIntegration(), watchData(), chartFilesIntegration(), siteUrlCheck(), mathFontIntegration()],
  vite: {
    // vega-embed imports the Vega-Lite compiler; the pages' specs are compiled at build time, so
    // the browser bundle gets a stub in its place (see the plugin).
    plugins: [noVegaLiteInBrowser()],
    // Inlined scripts would need CSP hashes; external files are covered by script-src 'self'.
    build: { assetsInlineLimit: 0 },
  },
});
