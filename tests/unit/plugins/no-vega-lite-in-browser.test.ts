import { describe, expect, it } from 'vitest';
import { noVegaLiteInBrowser } from '../../../src/plugins/no-vega-lite-in-browser';

type Resolve = (this: unknown, id: string, importer: string | undefined, options: { ssr?: boolean }) => string | null;
const resolve = noVegaLiteInBrowser().resolveId as unknown as Resolve;
const EMBED = '/repo/node_modules/vega-embed/build/embed.js';
const client = { environment: { config: { consumer: 'client' } } };
const server = { environment: { config: { consumer: 'server' } } };

describe('noVegaLiteInBrowser', () => {
  it("gives vega-embed's browser bundle stubs for vega-lite and vega-themes", () => {
    expect(resolve.call(client, 'vega-lite', EMBED, {})).toMatch(/src\/scripts\/charts\/vega-lite-stub\.ts$/);
    expect(resolve.call(client, 'vega-themes', EMBED, {})).toMatch(/src\/scripts\/charts\/vega-themes-stub\.ts$/);
  });

  it('leaves server-side code, other importers and other packages alone', () => {
    expect(resolve.call(server, 'vega-lite', EMBED, {})).toBeNull();
    expect(resolve.call(client, 'vega-lite', EMBED, { ssr: true })).toBeNull();
    expect(resolve.call(client, 'vega-lite', '/repo/src/lib/render/compile-to-vega.ts', {})).toBeNull();
    expect(resolve.call(client, 'vega', EMBED, {})).toBeNull();
  });
});
