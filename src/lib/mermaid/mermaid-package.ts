import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export interface MermaidPackage {
  version: string;
  /** node_modules/mermaid/dist: the browser builds the renderer loads into its page. */
  distDir: string;
}

let cached: MermaidPackage | null = null;

/** The installed mermaid package: its version (part of every cache key) and its dist folder. */
export function mermaidPackage(): MermaidPackage {
  if (cached) return cached;
  const require = createRequire(import.meta.url);
  const manifest = require.resolve('mermaid/package.json');
  const parsed: unknown = JSON.parse(readFileSync(manifest, 'utf8'));
  const version = parsed && typeof parsed === 'object' && 'version' in parsed && typeof parsed.version === 'string' ? parsed.version : null;
  if (!version) throw new Error(`${manifest} has no "version" field; reinstall mermaid.`);
  cached = { version, distDir: join(dirname(manifest), 'dist') };
  return cached;
}
