import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import subsetFont from 'subset-font';
import { hashedName } from '../lib/build/hashed-name';
import { mathText } from '../lib/math/math-text';

/** How Vite names the math font it copies from @fontsource/stix-two-math (src/styles/math.css). */
const FONT_FILE = /^stix-two-math-latin-400-normal\.[A-Za-z0-9_-]{8}\.woff2$/;
const ASSETS = '_astro';

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

const urlOf = (root: string, file: string) => `/${relative(root, file).split(sep).join('/')}`;

/**
 * Cuts the math font down to the characters the site's formulas draw, after the build.
 *
 * STIX Two Math is 394 KiB, nearly all of it glyphs no post uses; fonts are fetched at high
 * priority, so on a slow phone connection the whole file competes with the page itself
 * (bench/lighthouse.ts measured the math post's first paint 2 s later with it). The subset keeps
 * every character inside the built pages' `<math>` and, through HarfBuzz's closure, the glyph
 * variants and assemblies those characters stretch into, the OpenType MATH table and all layout
 * features. The font and the stylesheets that name it then get new names after their new
 * content, and the pages follow. `npm run dev` serves the whole font.
 */
export async function subsetMathFont(root: string): Promise<{ chars: number; bytes: { before: number; after: number } } | undefined> {
  const files = await filesUnder(root);
  const fonts = files.filter((f) => relative(root, f).startsWith(ASSETS) && FONT_FILE.test(f.slice(f.lastIndexOf(sep) + 1)));
  if (fonts.length === 0) return undefined;
  if (fonts.length > 1) throw new Error(`The build holds ${fonts.length} copies of the math font (${fonts.map((f) => relative(root, f)).join(', ')}); expected one.`);
  const font = fonts[0] as string;

  const pages = files.filter((f) => f.endsWith('.html'));
  const chars = new Set<string>();
  for (const page of pages) {
    const html = await readFile(page, 'utf8');
    if (html.includes('<math')) for (const c of mathText(html)) chars.add(c);
  }
  // Sorted, so the same formulas give the same font byte for byte.
  const text = [...chars].sort().join('');
  const original = await readFile(font);
  const subset = await subsetFont(original, text, { targetFormat: 'woff2' });

  const oldFontUrl = urlOf(root, font);
  const newFont = join(font, '..', hashedName(font.slice(font.lastIndexOf(sep) + 1), subset));
  await writeFile(newFont, subset);
  const newFontUrl = urlOf(root, newFont);

  // Stylesheets that name the font, renamed after their new content; then every page that links one.
  const renamed = new Map<string, string>();
  for (const css of files.filter((f) => f.endsWith('.css'))) {
    const body = await readFile(css, 'utf8');
    if (!body.includes(oldFontUrl)) continue;
    const next = body.replaceAll(oldFontUrl, newFontUrl);
    const target = join(css, '..', hashedName(css.slice(css.lastIndexOf(sep) + 1), next));
    await writeFile(target, next);
    if (target !== css) await rm(css);
    renamed.set(urlOf(root, css), urlOf(root, target));
  }
  for (const page of pages) {
    const html = await readFile(page, 'utf8');
    let next = html.replaceAll(oldFontUrl, newFontUrl);
    for (const [from, to] of renamed) next = next.replaceAll(from, to);
    if (next !== html) await writeFile(page, next);
  }
  if (newFont !== font) await rm(font);
  return { chars: chars.size, bytes: { before: original.length, after: subset.length } };
}

/** Runs subsetMathFont on the finished build (before the search index is written). */
export function mathFontIntegration(): AstroIntegration {
  return {
    name: 'math-font-subset',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const result = await subsetMathFont(fileURLToPath(dir));
        if (result) {
          const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
          logger.info(`math font: ${result.chars} characters kept, ${kib(result.bytes.before)} -> ${kib(result.bytes.after)}`);
        }
      },
    },
  };
}
