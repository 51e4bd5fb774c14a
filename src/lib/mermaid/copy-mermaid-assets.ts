import { cp, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { MERMAID_ASSET_DIR, MERMAID_BROWSER_CHUNKS, MERMAID_BROWSER_ENTRY } from './fallback-assets';
import { mermaidPackage } from './mermaid-package';

/**
 * Copies Mermaid's browser build (the ES module entry and its chunks, without source maps) into
 * `<outDir>/_mermaid/`, keeping the layout the entry's relative imports expect.
 */
export async function copyMermaidAssets(outDir: string): Promise<string> {
  const { distDir } = mermaidPackage();
  const target = join(outDir, MERMAID_ASSET_DIR);
  await mkdir(target, { recursive: true });
  await cp(join(distDir, MERMAID_BROWSER_ENTRY), join(target, MERMAID_BROWSER_ENTRY));
  await cp(join(distDir, MERMAID_BROWSER_CHUNKS), join(target, MERMAID_BROWSER_CHUNKS), {
    recursive: true,
    filter: (src) => !src.endsWith('.map'),
  });
  return target;
}
