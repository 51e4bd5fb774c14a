import { scheme } from 'vega';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  CATEGORY_PALETTE,
  FONT_STACK,
  HEATMAP_DARK_TEXT_FROM,
  HEATMAP_SCHEME,
  HEATMAP_TEXT,
  THEME_COLOURS,
  chartConfig,
} from '../../../src/lib/specs/theme';
import { vegaLiteValidators } from './support';

/** WCAG 2 relative luminance of "#rrggbb" or "rgb(r, g, b)". */
function luminance(colour: string): number {
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour);
  const rgb = /^rgb\((\d+),\s*(\d+),\s*(\d+)\)$/.exec(colour);
  const parts = hex ? hex.slice(1).map((h) => parseInt(h, 16)) : rgb ? rgb.slice(1).map(Number) : null;
  if (!parts) throw new Error(`unreadable colour ${colour}`);
  const [r, g, b] = parts.map((v) => {
    const c = v / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

beforeAll(() => {
  vegaLiteValidators();
}, 120_000);

describe('chartConfig', () => {
  for (const theme of ['light', 'dark'] as const) {
    it(`is a valid Vega-Lite config (${theme})`, () => {
      const validate = vegaLiteValidators().config;
      expect(validate(chartConfig(theme)), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    });

    it(`paints the page background and uses the system font (${theme})`, () => {
      const config = chartConfig(theme);
      expect(config.background).toBe(THEME_COLOURS[theme].bg);
      expect(config.font).toBe(FONT_STACK);
    });

    it(`keeps text readable: at least 4.5:1 for titles and labels (${theme})`, () => {
      const c = THEME_COLOURS[theme];
      expect(contrast(c.fg, c.bg)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(c.muted, c.bg)).toBeGreaterThanOrEqual(4.5);
    });
  }

  it('loads no web font and names no other host', () => {
    const text = JSON.stringify([chartConfig('light'), chartConfig('dark')]);
    expect(text).not.toMatch(/https?:|url\(/);
    expect(FONT_STACK.startsWith('system-ui')).toBe(true);
  });
});

describe('CATEGORY_PALETTE', () => {
  it('has ten distinct colours', () => {
    expect(new Set(CATEGORY_PALETTE.map((c) => c.toLowerCase())).size).toBe(10);
  });

  it('keeps every colour at 3:1 or more against both backgrounds (WCAG non-text contrast)', () => {
    for (const colour of CATEGORY_PALETTE) {
      expect(contrast(colour, THEME_COLOURS.light.bg), `${colour} on light`).toBeGreaterThanOrEqual(3);
      expect(contrast(colour, THEME_COLOURS.dark.bg), `${colour} on dark`).toBeGreaterThanOrEqual(3);
    }
  });
});

describe('heatmap text colour', () => {
  const colourAt = scheme(HEATMAP_SCHEME) as unknown as (t: number) => string;

  it('runs dark to light, as the text-colour switch assumes', () => {
    expect(luminance(colourAt(0))).toBeLessThan(luminance(colourAt(0.5)));
    expect(luminance(colourAt(0.5))).toBeLessThan(luminance(colourAt(1)));
  });

  const check = (rate: number, minimum: number): void => {
    const fill = colourAt(rate);
    const chosen = rate >= HEATMAP_DARK_TEXT_FROM ? HEATMAP_TEXT.dark : HEATMAP_TEXT.light;
    const other = chosen === HEATMAP_TEXT.dark ? HEATMAP_TEXT.light : HEATMAP_TEXT.dark;
    expect(contrast(chosen, fill), `rate ${rate} on ${fill}`).toBeGreaterThanOrEqual(contrast(other, fill));
    expect(contrast(chosen, fill), `rate ${rate} on ${fill}`).toBeGreaterThanOrEqual(minimum);
  };

  it('picks, for every rate of a 16-run cell, the text colour with more contrast, at 4.5:1 or more', () => {
    for (let k = 0; k <= 16; k++) check(k / 16, 4.5);
  });

  it('stays at 4.5:1 or more at any rate (checked every half percent)', () => {
    for (let k = 0; k <= 200; k++) check(k / 200, 4.5);
  });
});
