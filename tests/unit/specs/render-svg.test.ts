import { XMLValidator } from 'fast-xml-parser';
import { View, parse, resetSVGDefIds } from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import { describe, expect, it } from 'vitest';
import { compileToVega } from '../../../src/lib/render/compile-to-vega';
import { renderSvg } from '../../../src/lib/render/render-svg';
import { chooseSweeps, figureSpecs } from '../../../src/lib/specs/figure-specs';
import { chartConfig, THEME_COLOURS } from '../../../src/lib/specs/theme';
import { FIXTURE_DIR, bench, tinyBench } from './support';

const HOSTILE = '<script>alert(1)</script>';
const AMP = 'A & "B" <i>';

function hostileBench() {
  return tinyBench({
    models: [
      { model: HOSTILE, family: '<b>fam</b>', totalParamsB: 7, activeParamsB: 7 },
      { model: AMP, totalParamsB: 70, activeParamsB: 7 },
    ],
    harnesses: ['<img src=x onerror=alert(1)>', 'plain'],
    tasks: ['t1', 't2'],
    sweeps: ['s<1>', 's2'],
    passed: (m, h, t) => m === HOSTILE || t === 't1' || h === 'plain',
    time: (m, _h, t) => (m === HOSTILE ? 10 : 20) + (t === 't1' ? 5 : 0),
  });
}

describe('renderSvg', () => {
  it('writes names from the data as text, never as markup', async () => {
    const b = hostileBench();
    for (const { name, spec } of figureSpecs(b, chooseSweeps(b.runs))) {
      for (const theme of ['light', 'dark'] as const) {
        const svg = await renderSvg(spec, theme);
        expect(svg, name).not.toMatch(/<script|<img|<i>|<b>/i);
        expect(XMLValidator.validate(svg), name).toBe(true);
        if (name === 'speed_vs_accuracy' || name === 'q4_vs_q8' || name === 'size_vs_pass_rate') {
          expect(svg, name).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
        }
      }
    }
  }, 120_000);

  it('paints each theme on its own page colour', async () => {
    const b = await bench(FIXTURE_DIR);
    const [first] = figureSpecs(b, chooseSweeps(b.runs));
    if (!first) throw new Error('no figure');
    const light = await renderSvg(first.spec, 'light');
    const dark = await renderSvg(first.spec, 'dark');
    expect(light).toContain(`fill="${THEME_COLOURS.light.bg}"`);
    expect(dark).toContain(`fill="${THEME_COLOURS.dark.bg}"`);
    expect(light.startsWith('<svg')).toBe(true);
  }, 60_000);

  it('gives the same bytes for the same spec, whatever was drawn before', async () => {
    const b = await bench(FIXTURE_DIR);
    const specs = figureSpecs(b, chooseSweeps(b.runs));
    const first = await Promise.all(specs.map((f) => renderSvg(f.spec, 'light')));
    // Drawn again, in reverse order: clip and gradient ids must not depend on earlier charts.
    const again = [];
    for (const f of [...specs].reverse()) again.unshift(await renderSvg(f.spec, 'light'));
    expect(again).toEqual(first);
  }, 120_000);

  it('draws exactly what the module builds of Vega and Vega-Lite draw', async () => {
    const b = await bench(FIXTURE_DIR);
    for (const { name, spec } of figureSpecs(b, chooseSweeps(b.runs))) {
      for (const theme of ['light', 'dark'] as const) {
        const viaModules = compile(spec, { config: chartConfig(theme) }).spec;
        expect(compileToVega(spec, theme), name).toEqual(viaModules);
        resetSVGDefIds();
        const view = new View(parse(viaModules), { renderer: 'none' });
        const expected = await view.toSVG();
        view.finalize();
        expect(await renderSvg(spec, theme), `${name} ${theme}`).toBe(expected);
      }
    }
  }, 120_000);

  it('reports Vega-Lite warnings to the caller', () => {
    const warnings: string[] = [];
    // A quantitative shape is not in Vega-Lite's types either: the point is that it warns.
    const bad = { data: { values: [{ a: 1 }] }, mark: 'point', encoding: { x: { field: 'a', type: 'quantitative' }, shape: { field: 'a', type: 'quantitative' } } } as unknown as TopLevelSpec;
    compileToVega(
      bad,
      'light',
      { warn: (m) => warnings.push(m) },
    );
    expect(warnings.length).toBeGreaterThan(0);
  });
});
