import type { Element, Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { rehypeMathmlCore } from '../../../src/plugins/rehype-mathml-core';
import { markdownToHtml } from './pipeline';

const BIB_DIR = 'tests/unit/plugins/fixtures';
const md = (markdown: string) => markdownToHtml(markdown, { bibDir: BIB_DIR });

describe('rehypeMathmlCore, through the site’s pipeline', () => {
  it('writes styled letters as their Unicode characters and keeps the TeX in the annotation', async () => {
    const html = await md('Let $\\mathbb{E}\\,\\mathcal{N}(\\mathbf{x})\\,\\mathrm{d}x$ be.\n');
    expect(html).toContain('<mi>\u{1D53C}</mi>'); // 𝔼
    expect(html).toContain('<mi>\u{1D4A9}</mi>'); // 𝒩
    expect(html).toContain('<mi>\u{1D431}</mi>'); // bold x
    // MathML Core keeps mathvariant="normal" (an upright single letter); the others are gone.
    expect(html).toContain('<mi mathvariant="normal">d</mi>');
    expect(html).not.toMatch(/mathvariant="(?!normal)/);
    expect(html).toContain('<annotation encoding="application/x-tex">\\mathbb{E}\\,\\mathcal{N}(\\mathbf{x})\\,\\mathrm{d}x</annotation>');
  });

  it('puts inline math straight into the text and display math in a box of its own', async () => {
    const html = await md('Inline $x$ here.\n\n$$\ny\n$$\n');
    expect(html).toContain('<p>Inline <math xmlns="http://www.w3.org/1998/Math/MathML"><semantics><mrow><mi>x</mi></mrow>');
    expect(html).toMatch(/<div class="math-display"><math xmlns="http:\/\/www\.w3\.org\/1998\/Math\/MathML" display="block">/);
    expect(html).not.toContain('class="katex"');
  });

  it('keeps inline math on one line with the punctuation or word it touches', async () => {
    const html = await md('The sample $x$. Then $k$-th and $y$ alone.\n');
    expect(html).toMatch(/sample <span class="math-nowrap"><math [^>]*>.*?<\/math>\.<\/span> Then <span class="math-nowrap"><math [^>]*>.*?<\/math>-th<\/span> and <math /);
    expect(html).toMatch(/<\/math> alone\.<\/p>/);
  });

  it('gives an operator name a thin space before an ordinary atom, not before a bracket', async () => {
    expect(await md('$\\log p$\n')).toContain('<mi>log</mi><mo rspace="0.1667em">\u2061</mo><mi>p</mi>');
    expect(await md('$\\log(x)$\n')).toContain('<mi>log</mi><mo>\u2061</mo><mo stretchy="false">(</mo>');
    // \max_x f: the name is the base of a subscript, so the space goes after the subscript.
    expect(await md('$\\max_x f$\n')).toContain('</msub><mspace width="0.1667em"></mspace><mi>f</mi>');
  });

  it('turns an aligned block’s column alignment and spacing into CSS on its cells', async () => {
    const html = await md('$$\n\\begin{aligned}\na &= b \\\\\nc &= d\n\\end{aligned}\n$$\n');
    expect(html).toContain('<mtable><mtr><mtd style="padding:0 0 0.125em 0;text-align:right">');
    expect(html).toContain('<mtd style="padding:0.125em 0 0 0;text-align:left">');
    expect(html).not.toMatch(/columnalign|rowspacing|columnspacing/);
  });
});

describe('rehypeMathmlCore on a tree', () => {
  const el = (tagName: string, properties: Element['properties'], children: Element['children']): Element => ({ type: 'element', tagName, properties, children });

  it('styles the tokens inside an mstyle that carries a mathvariant, leaving the annotation alone', () => {
    const math = el('math', {}, [
      el('semantics', {}, [el('mstyle', { mathvariant: 'bold' }, [el('mi', {}, [{ type: 'text', value: 'x' }]), el('mn', {}, [{ type: 'text', value: '2' }])]), el('annotation', {}, [{ type: 'text', value: 'x' }])]),
    ]);
    const tree: Root = { type: 'root', children: [el('span', { className: ['katex'] }, [math])] };
    rehypeMathmlCore()(tree);
    expect(tree.children).toEqual([
      el('math', {}, [
        el('semantics', {}, [el('mstyle', {}, [el('mi', {}, [{ type: 'text', value: '\u{1D431}' }]), el('mn', {}, [{ type: 'text', value: '\u{1D7D0}' }])]), el('annotation', {}, [{ type: 'text', value: 'x' }])]),
      ]),
    ]);
  });

  it('leaves other spans alone', () => {
    const tree: Root = { type: 'root', children: [el('span', { className: ['note'] }, [{ type: 'text', value: 'x' }])] };
    rehypeMathmlCore()(tree);
    expect(tree.children[0]).toEqual(el('span', { className: ['note'] }, [{ type: 'text', value: 'x' }]));
  });
});
