import { describe, expect, it } from 'vitest';
import { buildIsland, parseIsland, restoreSpec } from '../../../src/lib/charts/chart-island';
import { scriptJson } from '../../../src/lib/charts/script-json';

const added = { highlight: true, legendField: 'model', zoom: false };
const rows = [{ model: 'a', rate: 0.5 }];

function specs() {
  const light = { config: { background: '#fff' }, data: [{ name: 'source_0', values: rows }, { name: 'only_light', values: [1] }, { name: 'derived', source: 'source_0' }] };
  const dark = { config: { background: '#000' }, data: [{ name: 'source_0', values: rows }, { name: 'only_light', values: [2] }, { name: 'derived', source: 'source_0' }] };
  return { light, dark };
}

describe('chart islands', () => {
  it('store data sets both themes share once, and keep the ones that differ in each spec', () => {
    const island = buildIsland({ ...specs(), added, name: 'hb-frontier' });
    expect(island.shared).toEqual({ source_0: rows });
    expect(island.specs.light['data']).toEqual([{ name: 'source_0' }, { name: 'only_light', values: [1] }, { name: 'derived', source: 'source_0' }]);
    expect(island.specs.dark['data']).toEqual([{ name: 'source_0' }, { name: 'only_light', values: [2] }, { name: 'derived', source: 'source_0' }]);
    expect(island).not.toHaveProperty('csv');
  });

  it('restore each theme to the spec it was compiled to, as a fresh copy each time', () => {
    const island = buildIsland({ ...specs(), added, name: 'hb-frontier' });
    expect(restoreSpec(island, 'light')).toEqual(specs().light);
    expect(restoreSpec(island, 'dark')).toEqual(specs().dark);
    const a = restoreSpec(island, 'light');
    const b = restoreSpec(island, 'light');
    expect((a['data'] as Array<{ values?: unknown }>)[0]?.values).not.toBe((b['data'] as Array<{ values?: unknown }>)[0]?.values);
  });

  it('survive the trip through the page and are checked when read back', () => {
    const island = buildIsland({ ...specs(), added, name: 'n', csv: { header: ['model'], rows: [['a']] } });
    expect(parseIsland(scriptJson(island))).toEqual(island);
    expect(() => parseIsland('{"v":2}')).toThrow(/version 1/);
    expect(() => parseIsland('{"v":1,"specs":{}}')).toThrow(/light and dark/);
  });
});
