import { XMLValidator } from 'fast-xml-parser';
import { View, parse, resetSVGDefIds } from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import { describe, expect, it } from 'vitest';
import { compileToVega } from '../../../src/lib/render/compile-to-vega';
import { renderSvg } from '../../../src/lib/render/render-svg';
import { buildChart } from '../../../src/lib/charts/build-chart';
import { chartConfig, THEME_COLOURS } from '../../../src/lib/specs/theme';
import { memoryDataset, memoryLoader } from '../support/memory-dataset';
import { FIXTURE_DIR, harnessSpecs } from './support';

const HOSTILE = '<script>alert(1)</script>';
const AMP = 'A & "B" <i>';

/** Every chart kind over names that are markup: a model, a family and a harness written as HTML. */
async function hostileSpecs(): Promise<Array<{ name: string; spec: TopLevelSpec }>> {
  const ds = memoryDataset(
    'hostile',
    [
      'sweep,model,family,harness,task,passed,time_s',
      `s<1>,${HOSTILE},<b>fam</b>,<img src=x onerror=alert(1)>,t1,1,15`,
      `s<1>,${HOSTILE},<b>fam</b>,plain,t2,1,10`,
      `s2,${HOSTILE},<b>fam</b>,plain,t1,1,15`,
      `s2,${AMP},f,<img src=x onerror=alert(1)>,t1,1,25`,
      `s<1>,${AMP},f,plain,t2,0,20`,
      `s2,${AMP},f,plain,t2,1,20`,
    ].join('\n'),
  );
  const load = memoryLoader(ds);
  const props: Array<[string, Parameters<typeof buildChart>[0], Record<string, unknown>]> = [
    ['frontier', 'Frontier', { x: 'time_s', y: 'passed', by: ['model', 'harness'], color: 'model', shape: 'harness' }],
    ['heatmap', 'Heatmap', { row: 'model', column: 'harness', value: 'passed', drill: 'task' }],
    ['slope', 'Slope', { series: 'model', across: 'sweep', from: 's<1>', to: 's2', value: 'passed' }],
    ['ranking', 'RankingBars', { by: 'harness', value: 'passed' }],
    ['scatter', 'Scatter', { by: 'model', x: 'time_s', y: 'passed', color: 'family' }],
  ];
  return Promise.all(props.map(async ([name, component, p]) => ({ name, spec: (await buildChart(component, { data: 'hostile', ...p }, load)).spec })));
}

describe('renderSvg', () => {
  it('writes names from the data as text, never as markup', async () => {
    for (const { name, spec } of await hostileSpecs()) {
      for (const theme of ['light', 'dark'] as const) {
        const svg = await renderSvg(spec, theme);
        expect(svg, name).not.toMatch(/<script|<img|<i>|<b>/i);
        expect(XMLValidator.validate(svg), name).toBe(true);
        if (name !== 'ranking') {
          expect(svg, name).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
        }
      }
    }
  }, 120_000);

  it('paints each theme on its own page colour', async () => {
    const [first] = await harnessSpecs(FIXTURE_DIR);
    if (!first) throw new Error('no figure');
    const light = await renderSvg(first.spec, 'light');
    const dark = await renderSvg(first.spec, 'dark');
    expect(light).toContain(`fill="${THEME_COLOURS.light.bg}"`);
    expect(dark).toContain(`fill="${THEME_COLOURS.dark.bg}"`);
    expect(light.startsWith('<svg')).toBe(true);
  }, 60_000);

  it('gives the same bytes for the same spec, whatever was drawn before', async () => {
    const specs = await harnessSpecs(FIXTURE_DIR);
    const first = await Promise.all(specs.map((f) => renderSvg(f.spec, 'light')));
    // Drawn again, in reverse order: clip and gradient ids must not depend on earlier charts.
    const again = [];
    for (const f of [...specs].reverse()) again.unshift(await renderSvg(f.spec, 'light'));
    expect(again).toEqual(first);
  }, 120_000);

  it('draws exactly what the module builds of Vega and Vega-Lite draw', async () => {
    for (const { name, spec } of await harnessSpecs(FIXTURE_DIR)) {
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
