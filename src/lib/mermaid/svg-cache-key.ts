import { createHash } from 'node:crypto';
import type { DiagramTheme, MermaidRenderConfig } from './render-config';

/**
 * Bumped whenever what we do to Mermaid's output before caching it changes (id scoping, classes,
 * labels), so stale entries are never served.
 */
export const SVG_PIPELINE_VERSION = 1;

export interface SvgCacheKeyInput {
  source: string;
  theme: DiagramTheme;
  mermaidVersion: string;
  svgId: string;
  config: MermaidRenderConfig;
  viewport: { width: number; height: number };
}

/**
 * The cache key of one rendered SVG: sha256 over everything that can change the bytes, written as
 * JSON with a fixed key order so the key is stable across runs and machines.
 */
export function svgCacheKey(input: SvgCacheKeyInput): string {
  const material = JSON.stringify([
    SVG_PIPELINE_VERSION,
    input.mermaidVersion,
    input.theme,
    input.svgId,
    input.viewport.width,
    input.viewport.height,
    // mermaidConfig() builds the object literally, so its key order is fixed.
    JSON.stringify(input.config),
    input.source,
  ]);
  return createHash('sha256').update(material, 'utf8').digest('hex');
}
