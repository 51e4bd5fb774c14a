import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diagramHash } from '../../../src/lib/mermaid/diagram-hash';
import { mermaidConfig, DIAGRAM_VIEWPORT } from '../../../src/lib/mermaid/render-config';
import { svgCacheKey, type SvgCacheKeyInput } from '../../../src/lib/mermaid/svg-cache-key';
import { readCachedSvg, writeCachedSvg } from '../../../src/lib/mermaid/svg-cache';
import { rendererMode } from '../../../src/lib/mermaid/renderer-mode';
import { mermaidModuleUrl } from '../../../src/lib/mermaid/fallback-assets';

describe('diagramHash', () => {
  it('is the sha256 of the source', () => {
    // FIPS 180-2 test vector.
    expect(diagramHash('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});

describe('svgCacheKey', () => {
  const base: SvgCacheKeyInput = {
    source: 'flowchart LR\n A --> B',
    theme: 'light',
    mermaidVersion: '12.3.0',
    svgId: 'mmd-00000000-light',
    config: mermaidConfig('light', 'mmd-00000000-light'),
    viewport: DIAGRAM_VIEWPORT,
  };
  it('is 64 hex digits and the same for the same input', () => {
    expect(svgCacheKey(base)).toMatch(/^[0-9a-f]{64}$/);
    expect(svgCacheKey({ ...base, config: mermaidConfig('light', 'mmd-00000000-light') })).toBe(svgCacheKey(base));
  });
  it('changes with the source, the theme, the Mermaid version, the id, the configuration and the viewport', () => {
    const variants: SvgCacheKeyInput[] = [
      { ...base, source: 'flowchart LR\n A --> C' },
      { ...base, theme: 'dark' },
      { ...base, mermaidVersion: '12.3.1' },
      { ...base, svgId: 'mmd-00000001-light' },
      { ...base, config: mermaidConfig('dark', 'mmd-00000000-light') },
      { ...base, viewport: { width: 801, height: 600 } },
    ];
    const keys = new Set([svgCacheKey(base), ...variants.map(svgCacheKey)]);
    expect(keys.size).toBe(variants.length + 1);
  });
});

describe('SVG disk cache', () => {
  let dir = '';
  const key = 'a'.repeat(64);
  const other = 'b'.repeat(64);
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'mermaid-cache-test-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });
  const noWarnings = (message: string) => {
    throw new Error(`unexpected warning: ${message}`);
  };

  it('misses, then returns what was written, leaving no temporary files', async () => {
    expect(await readCachedSvg(join(dir, 'sub'), key, noWarnings)).toBeNull();
    await writeCachedSvg(join(dir, 'sub'), key, '<svg id="x"></svg>', noWarnings);
    expect(await readCachedSvg(join(dir, 'sub'), key, noWarnings)).toBe('<svg id="x"></svg>');
    expect(await readdir(join(dir, 'sub'))).toEqual([`${key}.json`]);
  });
  it('treats a damaged entry as a miss', async () => {
    await writeFile(join(dir, `${other}.json`), '{"key":"bbbb', 'utf8');
    expect(await readCachedSvg(dir, other, noWarnings)).toBeNull();
  });
  it('redraws rather than serves an entry whose SVG was changed, even to a well-formed one', async () => {
    const forged = join(dir, 'forged');
    await writeCachedSvg(forged, key, '<svg id="real"><text>real</text></svg>', noWarnings);
    const entry = JSON.parse(await readFile(join(forged, `${key}.json`), 'utf8')) as { key: string; sha256: string; svg: string };
    await writeFile(join(forged, `${key}.json`), JSON.stringify({ ...entry, svg: '<svg id="real"><text>forged</text></svg>' }));
    expect(await readCachedSvg(forged, key, noWarnings)).toBeNull();
  });
  it('redraws rather than serves an entry copied from another key', async () => {
    const copied = join(dir, 'copied');
    await writeCachedSvg(copied, key, '<svg id="a"></svg>', noWarnings);
    await writeFile(join(copied, `${other}.json`), await readFile(join(copied, `${key}.json`)));
    expect(await readCachedSvg(copied, other, noWarnings)).toBeNull();
    expect(await readCachedSvg(copied, key, noWarnings)).toBe('<svg id="a"></svg>');
  });
  it('refuses keys that are not hashes, so nothing is written outside the directory', async () => {
    await expect(writeCachedSvg(dir, '../escape', '<svg></svg>')).rejects.toThrow('SVG cache keys are 64 hex digits; got "../escape".');
  });
  it('gives up on a cache it cannot write, with one warning, and never fails the caller', async () => {
    // A file where the cache folder should be: as unwritable as a read-only node_modules, even for root.
    const blocker = join(dir, 'not-a-folder');
    await writeFile(blocker, 'x');
    const cache = join(blocker, 'mermaid-svg');
    const warnings: string[] = [];
    const warn = (m: string) => warnings.push(m);
    await writeCachedSvg(cache, key, '<svg></svg>', warn);
    await writeCachedSvg(cache, other, '<svg></svg>', warn);
    expect(await readCachedSvg(cache, key, warn)).toBeNull();
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^\[mermaid\] The diagram cache in .*not-a-folder\/mermaid-svg cannot be used \(ENOTDIR: not a directory, mkdir '.*'\); this build draws every diagram and keeps none\.$/);
  });
  it('gives up on a cache it cannot read, with one warning', async () => {
    const unreadable = join(dir, 'unreadable');
    // A folder where the entry should be: reading it fails with EISDIR.
    await mkdir(join(unreadable, `${key}.json`), { recursive: true });
    const warnings: string[] = [];
    expect(await readCachedSvg(unreadable, key, (m) => warnings.push(m))).toBeNull();
    expect(await readCachedSvg(unreadable, other, (m) => warnings.push(m))).toBeNull();
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('cannot be used (EISDIR: illegal operation on a directory, read)');
  });
});

describe('rendererMode', () => {
  it('defaults to the browser and accepts "client"', () => {
    expect(rendererMode({})).toBe('browser');
    expect(rendererMode({ MERMAID_RENDERER: '' })).toBe('browser');
    expect(rendererMode({ MERMAID_RENDERER: 'browser' })).toBe('browser');
    expect(rendererMode({ MERMAID_RENDERER: 'client' })).toBe('client');
  });
  it('rejects anything else, naming the value', () => {
    expect(() => rendererMode({ MERMAID_RENDERER: 'cdn' })).toThrow('MERMAID_RENDERER must be "browser" or "client", but it is "cdn".');
  });
});

describe('mermaidModuleUrl', () => {
  it('points at the published browser build under the base URL', () => {
    expect(mermaidModuleUrl('/')).toBe('/_mermaid/mermaid.esm.min.mjs');
    expect(mermaidModuleUrl('/reports')).toBe('/reports/_mermaid/mermaid.esm.min.mjs');
  });
});
