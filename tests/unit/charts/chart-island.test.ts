import { describe, expect, it } from 'vitest';
import { buildIsland, islandCsv, islandVegaLite, parseIsland, restoreSpec } from '../../../src/lib/charts/chart-island';

const added = { highlight: 'model', legendField: 'model', zoom: false };
const rows = [
  { model: 'a', rate: 0.5 },
  { model: 'b', rate: 0.75 },
];

function specs() {
  return { spec: { config: { background: 'transparent' }, data: [{ name: 'source_0', values: rows }, { name: 'derived', source: 'source_0' }], marks: [{ type: 'symbol' }] } };
}

describe('chart islands', () => {
  it('keep the one spec without its data, and each data set once', () => {
    const island = buildIsland({ ...specs(), added, name: 'hb-frontier' });
    expect(island.shared).toEqual({ source_0: rows });
    expect(island.spec['data']).toEqual([{ name: 'source_0' }, { name: 'derived', source: 'source_0' }]);
    expect(island).not.toHaveProperty('light');
    expect(island).not.toHaveProperty('dark');
    expect(island).not.toHaveProperty('csv');
    expect(island).not.toHaveProperty('vl');
  });

  it('restore the spec it was compiled to, as a fresh copy each time', () => {
    const island = buildIsland({ ...specs(), added, name: 'hb-frontier' });
    expect(restoreSpec(island)).toEqual(specs().spec);
    const a = restoreSpec(island)['data'] as Array<{ values?: unknown }>;
    const b = restoreSpec(island)['data'] as Array<{ values?: unknown }>;
    expect(a[0]?.values).not.toBe(b[0]?.values);
  });

  it('refer to a data set instead of copying it when the CSV rows or the Vega-Lite data are that data set', () => {
    const csv = { header: ['rate', 'model', 'absent'], rows: [[0.5, 'a', null], [0.75, 'b', null]] };
    const vl = { data: { values: rows }, mark: 'point' };
    const island = buildIsland({ ...specs(), added, name: 'n', csv, vl });
    expect(island.csv).toEqual({ header: ['rate', 'model', 'absent'], dataset: 'source_0' });
    expect(island.vl).toEqual({ data: {}, mark: 'point' });
    expect(island.vlData).toBe('source_0');
    expect(islandCsv(island)).toEqual(csv);
    expect(islandVegaLite(island)).toEqual(vl);
  });

  it('carry CSV rows and Vega-Lite data that match no data set as they are', () => {
    const csv = { header: ['model'], rows: [['z']] };
    const vl = { data: { values: [{ z: 1 }] }, mark: 'bar' };
    const island = buildIsland({ ...specs(), added, name: 'n', csv, vl });
    expect(island.csv).toEqual(csv);
    expect(island.vlData).toBeUndefined();
    expect(islandVegaLite(island)).toEqual(vl);
  });

  it('survive the trip through their file and are checked when read back', () => {
    const island = buildIsland({ ...specs(), added, name: 'n', csv: { header: ['model'], rows: [['a']] } });
    expect(parseIsland(JSON.stringify(island))).toEqual(island);
    expect(() => parseIsland('{"v":1,"light":{},"dark":[]}')).toThrow(/version 2/);
    expect(() => parseIsland('{"v":2,"light":{}}')).toThrow(/no Vega spec/);
  });

  it("carry the phone layout's spec with only the data sets that differ from the desktop one's", () => {
    const placed = [{ model: 'a', rate: 0.5, x: 10 }];
    const narrow = { width: 288, data: [{ name: 'source_0', values: rows }, { name: 'labels', values: placed }], marks: [] };
    const island = buildIsland({ ...specs(), narrow, added, name: 'n' });
    expect(island.narrow).toEqual({ spec: { width: 288, data: [{ name: 'source_0' }, { name: 'labels' }], marks: [] }, shared: { labels: placed } });
    expect(restoreSpec(island, 'narrow')).toEqual(narrow);
    expect(restoreSpec(island, 'wide')).toEqual(specs().spec);
  });
});
