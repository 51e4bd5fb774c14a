import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TopLevelSpec } from 'vega-lite';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cachedChartSvgs, chartCacheKey, chartCodeHash, chartStats, chartSummary, resetChartCount, CHART_CODE_DIRS, type ChartCacheKeyInput } from '../../../src/lib/charts/chart-cache';
import { NO_CACHE_ENV } from '../../../src/lib/mermaid/svg-cache';
import type { ChartSvgs } from '../../../src/lib/render/render-svg-themes';

const spec = (passed: number): TopLevelSpec => ({ data: { values: [{ model: 'a', passed }] }, mark: 'bar', encoding: { x: { field: 'passed', type: 'quantitative' } } });
const SVGS: ChartSvgs = { page: '<svg id="p"></svg>', light: '<svg id="l"></svg>', dark: '<svg id="d"></svg>' };

let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'chart-cache-'));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});
afterEach(() => {
  delete process.env[NO_CACHE_ENV];
});

/** A drawing function that counts its calls. */
function drawer(): { draw: () => Promise<ChartSvgs>; calls: () => number } {
  let n = 0;
  return {
    draw: () => {
      n++;
      return Promise.resolve({ ...SVGS });
    },
    calls: () => n,
  };
}

describe('chartCacheKey', () => {
  const base: ChartCacheKeyInput = { spec: spec(1), vegaVersion: '6.4.0', vegaLiteVersion: '6.5.0', codeHash: 'a'.repeat(64) };
  it('is 64 hex digits and the same for the same input', () => {
    expect(chartCacheKey(base)).toMatch(/^[0-9a-f]{64}$/);
    expect(chartCacheKey({ ...base, spec: spec(1) })).toBe(chartCacheKey(base));
  });
  it('changes with a data row, the Vega and Vega-Lite versions and the chart code', () => {
    const variants = [{ ...base, spec: spec(0) }, { ...base, vegaVersion: '6.4.1' }, { ...base, vegaLiteVersion: '6.5.1' }, { ...base, codeHash: 'b'.repeat(64) }];
    const keys = new Set([base, ...variants].map(chartCacheKey));
    expect(keys.size).toBe(variants.length + 1);
  });
});

describe('chartCodeHash', () => {
  it('changes when any file of the chart code changes, and is null without the code', async () => {
    const root = join(tmp, 'code');
    for (const d of CHART_CODE_DIRS) await mkdir(join(root, d), { recursive: true });
    await writeFile(join(root, 'src/lib/render/a.ts'), 'export const a = 1;\n');
    const before = chartCodeHash(root);
    expect(before).toMatch(/^[0-9a-f]{64}$/);
    // Computed once per process and root: a second root stands for the edited code.
    const edited = join(tmp, 'code-edited');
    for (const d of CHART_CODE_DIRS) await mkdir(join(edited, d), { recursive: true });
    await writeFile(join(edited, 'src/lib/render/a.ts'), 'export const a = 2;\n');
    expect(chartCodeHash(edited)).not.toBe(before);
    expect(chartCodeHash(join(tmp, 'nothing-here'))).toBeNull();
  });
});

describe('cachedChartSvgs', () => {
  it('draws a chart once, then reads it back in the next build (counted as drawn, then reused)', async () => {
    const dir = join(tmp, 'c1');
    const d = drawer();
    resetChartCount();
    expect(await cachedChartSvgs(spec(1), d.draw, { dir })).toEqual(SVGS);
    // The same chart again in the same build (the feed renders each post again) is neither drawn nor counted.
    expect(await cachedChartSvgs(spec(1), d.draw, { dir })).toEqual(SVGS);
    expect(chartStats()).toEqual({ drawn: 1, reused: 0 });
    resetChartCount();
    expect(await cachedChartSvgs(spec(1), d.draw, { dir })).toEqual(SVGS);
    expect(d.calls()).toBe(1);
    expect(chartStats()).toEqual({ drawn: 0, reused: 1 });
    // Another data row is another chart.
    await cachedChartSvgs(spec(0), d.draw, { dir });
    expect(d.calls()).toBe(2);
    expect(chartSummary({ drawn: 2, reused: 9 })).toBe('charts: 2 drawn, 9 reused');
  });

  it('redraws, never ships, an entry that no longer matches its digest', async () => {
    const dir = join(tmp, 'c2');
    const d = drawer();
    await cachedChartSvgs(spec(1), d.draw, { dir });
    resetChartCount();
    const files = await readdir(dir);
    expect(files).toHaveLength(3);
    const file = join(dir, files[0] ?? '');
    const entry = JSON.parse(await readFile(file, 'utf8')) as { svg: string };
    await writeFile(file, JSON.stringify({ ...entry, svg: entry.svg.replace('<svg', '<svg onload="x()"') }));
    expect(await cachedChartSvgs(spec(1), d.draw, { dir })).toEqual(SVGS);
    expect(d.calls()).toBe(2);
    resetChartCount();
    await writeFile(file, 'not json');
    await cachedChartSvgs(spec(1), d.draw, { dir });
    expect(d.calls()).toBe(3);
  });

  it('reads nothing when told to ignore the cache', async () => {
    const dir = join(tmp, 'c3');
    const d = drawer();
    await cachedChartSvgs(spec(1), d.draw, { dir });
    resetChartCount();
    process.env[NO_CACHE_ENV] = '1';
    await cachedChartSvgs(spec(1), d.draw, { dir });
    expect(d.calls()).toBe(2);
  });

  it('draws with one warning when the cache cannot be used', async () => {
    const dir = join(tmp, 'blocked', 'chart-svg');
    await writeFile(join(tmp, 'blocked'), 'a file where the cache folder would go\n');
    const warnings: string[] = [];
    const d = drawer();
    for (const passed of [0, 1]) expect(await cachedChartSvgs(spec(passed), d.draw, { dir, warn: (m) => warnings.push(m) })).toEqual(SVGS);
    expect(d.calls()).toBe(2);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^\[charts\] The chart cache in .*blocked\/chart-svg cannot be used \(ENOTDIR: not a directory, .*\); this build draws every chart and keeps none\.$/);
  });

  it('finishes calls in the order they were made, a slow drawing before a quick read', async () => {
    const dir = join(tmp, 'c5');
    await cachedChartSvgs(spec(1), drawer().draw, { dir });
    resetChartCount();
    const done: string[] = [];
    const slow = () => new Promise<ChartSvgs>((ok) => setTimeout(() => ok({ ...SVGS }), 50));
    await Promise.all([
      cachedChartSvgs(spec(0), slow, { dir }).then(() => done.push('drawn')),
      cachedChartSvgs(spec(1), drawer().draw, { dir }).then(() => done.push('read')),
    ]);
    expect(done).toEqual(['drawn', 'read']);
  });
});
