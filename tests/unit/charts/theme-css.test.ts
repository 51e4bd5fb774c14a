import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { THEME_COLOURS } from '../../../src/lib/specs/theme';

/**
 * The page draws every chart once, in the light colours, and charts.css restyles those colour
 * strings through the page's custom properties. These read the two style sheets as text and
 * check that each page colour of a chart is mapped to a property holding that colour in the
 * light theme and the theme's own colour in the dark one.
 */
const charts = readFileSync('src/styles/charts.css', 'utf8');
const global = readFileSync('src/styles/global.css', 'utf8');

/** The declarations of the first rule whose selector is exactly `selector`. */
function block(css: string, selector: string): string {
  const at = css.indexOf(`${selector} {`);
  if (at < 0) throw new Error(`no rule ${selector}`);
  return css.slice(at, css.indexOf('}', at));
}

function property(decls: string, name: string): string | undefined {
  return new RegExp(`${name}:\\s*(#[0-9a-f]{6})`, 'i').exec(decls)?.[1]?.toLowerCase();
}

const light = (v: string) => property(block(global, ':root'), v) ?? property(block(charts, ':root'), v);
const dark = (v: string) => property(block(global, ":root[data-theme='dark']"), v) ?? property(block(charts, ":root[data-theme='dark']"), v);

/** The custom property a rule `.chart svg [attr="colour"]` sets `attr` to. */
function mapped(attr: 'fill' | 'stroke', colour: string): string | undefined {
  const rule = new RegExp(`\\.chart svg \\[${attr}="${colour}"\\] \\{ ${attr}: var\\((--[\\w-]+)\\); \\}`).exec(charts);
  return rule?.[1];
}

describe('charts.css', () => {
  for (const role of ['fg', 'muted', 'grid', 'border'] as const) {
    it(`restyles the ${role} colour of a chart (fill and stroke) with the page's theme`, () => {
      for (const attr of ['fill', 'stroke'] as const) {
        const v = mapped(attr, THEME_COLOURS.light[role]);
        expect(v, `${attr}="${THEME_COLOURS.light[role]}"`).toBeDefined();
        expect(light(v ?? '')).toBe(THEME_COLOURS.light[role]);
        expect(dark(v ?? '')).toBe(THEME_COLOURS.dark[role]);
      }
    });
  }

  it('strokes cell borders in the page background, but leaves white text on cells white', () => {
    const v = mapped('stroke', THEME_COLOURS.light.bg);
    expect(v).toBe('--bg');
    expect(dark('--bg')).toBe(THEME_COLOURS.dark.bg);
    expect(mapped('fill', THEME_COLOURS.light.bg)).toBeUndefined();
  });

  it('uses the same dark colours when the system asks for dark and no theme is set', () => {
    const media = charts.slice(charts.indexOf('@media (prefers-color-scheme: dark)'));
    expect(property(block(media, ':root:not([data-theme])'), '--chart-grid')).toBe(THEME_COLOURS.dark.grid);
  });
});
