import { describe, expect, it } from 'vitest';
import { renderSvg } from '../../../src/lib/render/render-svg';
import { STAND_IN_COLOURS, holdsStandIn, recolour, renderSvgThemes } from '../../../src/lib/render/render-svg-themes';
import { chooseSweeps, figureSpecs } from '../../../src/lib/specs/figure-specs';
import { THEME_COLOURS } from '../../../src/lib/specs/theme';
import { FIXTURE_DIR, SHIPPED_DIR, bench, tinyBench } from './support';

const THEMES = ['light', 'dark'] as const;

describe('recolour', () => {
  it('swaps every stand-in for the colour of the same role and leaves other text alone', () => {
    const s = STAND_IN_COLOURS;
    const svg = `<rect fill="${s.bg}"/><text fill="${s.fg}">#ffffff</text><line stroke="${s.grid}"/><line stroke="${s.grid}"/><path stroke="${s.border}" fill="${s.muted}"/>`;
    expect(recolour(svg, THEME_COLOURS.dark)).toBe(
      '<rect fill="#0f1419"/><text fill="#e6edf3">#ffffff</text><line stroke="#262c33"/><line stroke="#262c33"/><path stroke="#30363d" fill="#9da7b3"/>',
    );
  });

  it('uses stand-ins that are distinct from each other and from both themes', () => {
    const standIns = Object.values(STAND_IN_COLOURS);
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
      const b = await bench(dir);
      for (const { name, spec } of figureSpecs(b, chooseSweeps(b.runs))) {
        const both = await renderSvgThemes(spec, THEMES);
        for (const theme of THEMES) expect(both[theme], `${name} ${theme}`).toBe(await renderSvg(spec, theme));
      }
    }, 180_000);
  }

  it('draws a spec that holds a stand-in colour once per theme, so a name is never recoloured', async () => {
    const name = STAND_IN_COLOURS.fg;
    const b = tinyBench({
      models: [
        { model: name, totalParamsB: 7, activeParamsB: 7 },
        { model: 'other', totalParamsB: 70, activeParamsB: 7 },
      ],
      harnesses: ['h1', 'h2'],
      tasks: ['t1', 't2'],
      passed: (m, h, t) => m === name || t === 't1' || h === 'h1',
    });
    const figure = figureSpecs(b, chooseSweeps(b.runs)).find((f) => f.name === 'size_vs_pass_rate');
    if (!figure) throw new Error('no size_vs_pass_rate figure');
    const both = await renderSvgThemes(figure.spec, THEMES);
    for (const theme of THEMES) {
      expect(both[theme]).toBe(await renderSvg(figure.spec, theme));
      expect(both[theme]).toContain(`>${name}</text>`);
    }
  }, 60_000);

  it('returns only the themes asked for', async () => {
    const b = await bench(FIXTURE_DIR);
    const [first] = figureSpecs(b, chooseSweeps(b.runs));
    if (!first) throw new Error('no figure');
    const only = await renderSvgThemes(first.spec, ['dark'] as const);
    expect(Object.keys(only)).toEqual(['dark']);
    expect(only.dark).toContain(`fill="${THEME_COLOURS.dark.bg}"`);
    expect(only.dark).not.toContain(THEME_COLOURS.light.bg);
  }, 60_000);
});
