import { describe, expect, it } from 'vitest';
import { svgSize } from '../../../src/lib/charts/svg-size';

describe('svgSize', () => {
  it('reads width and height attributes of the root element', () => {
    expect(svgSize('<svg xmlns="http://www.w3.org/2000/svg" class="marks" width="612" height="340.5" viewBox="0 0 612 340.5"><g/></svg>')).toEqual({ width: 612, height: 340.5 });
  });
  it('falls back to the viewBox', () => {
    expect(svgSize("<svg viewBox='0 0 400 300'><svg width='1' height='1'/></svg>")).toEqual({ width: 400, height: 300 });
  });
  it('fails without a usable size', () => {
    expect(() => svgSize('<svg width="0" height="10"></svg>')).toThrow(/no positive width/);
    expect(() => svgSize('<div></div>')).toThrow(/no <svg>/);
  });
});
