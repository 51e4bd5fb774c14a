import { mkdtemp, mkdir, readdir, readFile, rm, writeFile, copyFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { subsetMathFont } from '../../../src/plugins/math-font-integration';

const FONT = 'node_modules/@fontsource/stix-two-math/files/stix-two-math-latin-400-normal.woff2';
const OLD_FONT = 'stix-two-math-latin-400-normal.AAAAAAAA.woff2';
const OLD_CSS = 'math.BBBBBBBB.css';

const dirs: string[] = [];
afterEach(async () => {
  for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true });
});

/** A built site in miniature: the font, the stylesheet naming it, a page with math and one without. */
async function site(): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'math-font-'));
  dirs.push(root);
  await mkdir(join(root, '_astro'));
  await mkdir(join(root, 'post'));
  await copyFile(FONT, join(root, '_astro', OLD_FONT));
  await writeFile(join(root, '_astro', OLD_CSS), `@font-face{font-family:STIX Two Math;src:url(/_astro/${OLD_FONT})format("woff2")}`);
  await writeFile(join(root, '_astro', 'other.CCCCCCCC.css'), 'p{color:red}');
  await writeFile(
    join(root, 'post', 'index.html'),
    `<link rel="stylesheet" href="/_astro/${OLD_CSS}"><p><math><mrow><mo>∇</mo><mi>θ</mi><mo>=</mo><mn>1</mn></mrow><annotation encoding="application/x-tex">\\nabla\\theta=1</annotation></math></p>`,
  );
  await writeFile(join(root, 'index.html'), '<link rel="stylesheet" href="/_astro/other.CCCCCCCC.css"><p>No math.</p>');
  return root;
}

describe('subsetMathFont', () => {
  it('keeps the characters the pages’ math draws, renames font and stylesheet after their content, and relinks the pages', async () => {
    const root = await site();
    const result = await subsetMathFont(root);
    // ∇ θ = 1, and the italic forms of θ and ∇ (U+1D703, U+1D6FB), which a browser draws for a
    // single-letter <mi>: kept for every letter, wherever it stands.
    expect(result?.chars).toBe(6);
    const assets = (await readdir(join(root, '_astro'))).sort();
    expect(assets).not.toContain(OLD_FONT);
    expect(assets).not.toContain(OLD_CSS);
    expect(assets).toContain('other.CCCCCCCC.css');
    const font = assets.find((a) => a.startsWith('stix-two-math-latin-400-normal.')) as string;
    const css = assets.find((a) => a.startsWith('math.')) as string;
    expect((await stat(join(root, '_astro', font))).size).toBe(result?.bytes.after);
    expect(result?.bytes.after).toBeLessThan((result?.bytes.before ?? 0) / 10);
    expect(await readFile(join(root, '_astro', css), 'utf8')).toContain(`url(/_astro/${font})`);
    expect(await readFile(join(root, 'post', 'index.html'), 'utf8')).toContain(`href="/_astro/${css}"`);
    expect(await readFile(join(root, 'index.html'), 'utf8')).toContain('href="/_astro/other.CCCCCCCC.css"');
  });

  it('gives the same files for the same pages', async () => {
    const a = await site();
    const b = await site();
    await subsetMathFont(a);
    await subsetMathFont(b);
    const list = async (r: string) => Promise.all((await readdir(join(r, '_astro'))).sort().map(async (f) => [f, (await readFile(join(r, '_astro', f))).toString('base64')]));
    expect(await list(a)).toEqual(await list(b));
  });

  it('does nothing to a build without the math font', async () => {
    const root = await mkdtemp(join(tmpdir(), 'math-font-'));
    dirs.push(root);
    await writeFile(join(root, 'index.html'), '<p>x</p>');
    expect(await subsetMathFont(root)).toBeUndefined();
  });
});
