import { describe, expect, it } from 'vitest';
import { renderSvg } from '../../../src/lib/render/render-svg';
import { STAND_IN_BACKGROUND, STAND_IN_COLOURS, holdsStandIn, recolour, renderChartSvgs, renderSvgThemes } from '../../../src/lib/render/render-svg-themes';
import { renderVegaSvg } from '../../../src/lib/render/render-svg';
import { compileForPage } from '../../../src/lib/render/compile-to-vega';
import { buildChart } from '../../../src/lib/charts/build-chart';
import { THEME_COLOURS } from '../../../src/lib/specs/theme';
import { memoryDataset, memoryLoader } from '../support/memory-dataset';
import { FIXTURE_DIR, SHIPPED_DIR, harnessSpecs } from './support';

const THEMES = ['light', 'dark'] as const;

describe('recolour', () => {
  it('swaps every stand-in for the colour of the same role and leaves other text alone', () => {
    const s = STAND_IN_COLOURS;
    const svg = `<rect fill="${STAND_IN_BACKGROUND}"/><rect stroke="${s.bg}"/><text fill="${s.fg}">#ffffff</text><line stroke="${s.grid}"/><line stroke="${s.grid}"/><path stroke="${s.border}" fill="${s.muted}"/>`;
    expect(recolour(svg, THEME_COLOURS.dark)).toBe(
      '<rect fill="#0f1419"/><rect stroke="#0f1419"/><text fill="#e6edf3">#ffffff</text><line stroke="#262c33"/><line stroke="#262c33"/><path stroke="#30363d" fill="#9da7b3"/>',
    );
    expect(recolour(svg, THEME_COLOURS.light, 'transparent')).toBe(
      '<rect fill="transparent"/><rect stroke="#ffffff"/><text fill="#1b1f24">#ffffff</text><line stroke="#e4e8ec"/><line stroke="#e4e8ec"/><path stroke="#d0d7de" fill="#57606a"/>',
    );
  });

  it('uses stand-ins that are distinct from each other and from both themes', () => {
    const standIns = [...Object.values(STAND_IN_COLOURS), STAND_IN_BACKGROUND];
    expect(new Set(standIns).size).toBe(standIns.length);
    for (const theme of THEMES) for (const colour of Object.values(THEME_COLOURS[theme])) expect(holdsStandIn(colour)).toBe(false);
  });
});

describe('renderSvgThemes', () => {
  for (const [label, dir] of [
    ['shipped data', SHIPPED_DIR],
    ['another sweep', FIXTURE_DIR],
  ] as const) {
    it(`draws exactly what renderSvg draws in each theme (${label})`, async () => {
      for (const { name, spec } of await harnessSpecs(dir)) {
        const all = await renderChartSvgs(spec);
        for (const theme of THEMES) expect(all[theme], `${name} ${theme}`).toBe(await renderSvg(spec, theme));
        expect(all.page, `${name} page`).toBe(await renderVegaSvg(() => compileForPage(spec)));
        // The page's copy: the light colours, no background of its own.
        expect(all.page, name).not.toMatch(/^<svg\b[^>]*><rect/);
        expect(all.page, name).toContain(THEME_COLOURS.light.muted);
        expect(all.page, name).not.toContain(THEME_COLOURS.dark.muted);
      }
    }, 180_000);
  }

  it('draws a spec that holds a stand-in colour once per theme, so a name is never recoloured', async () => {
    const name = STAND_IN_COLOURS.fg;
    const ds = memoryDataset('stand-in', `model,size,passed\n${name},7,1\nother,70,0\nother,70,1`);
    const chart = await buildChart('Scatter', { data: 'stand-in', by: 'model', x: 'size', y: 'passed' }, memoryLoader(ds));
    const all = await renderChartSvgs(chart.spec);
    for (const theme of THEMES) {
      expect(all[theme]).toBe(await renderSvg(chart.spec, theme));
      expect(all[theme]).toContain(`>${name}</text>`);
    }
    expect(all.page).toBe(await renderVegaSvg(() => compileForPage(chart.spec)));
    expect(all.page).toContain(`>${name}</text>`);
  }, 60_000);

  it('returns only the themes asked for', async () => {
    const [first] = await harnessSpecs(FIXTURE_DIR);
    if (!first) throw new Error('no figure');
    const only = await renderSvgThemes(first.spec, ['dark'] as const);
    expect(Object.keys(only)).toEqual(['dark']);
    expect(only.dark).toContain(`fill="${THEME_COLOURS.dark.bg}"`);
    expect(only.dark).not.toContain(THEME_COLOURS.light.bg);
  }, 60_000);
});
