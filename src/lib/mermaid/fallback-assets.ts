/**
 * Where a build that left diagrams to the reader's browser publishes Mermaid's own browser build
 * (copied from node_modules/mermaid/dist, no bundling), relative to the site's base URL.
 * Only such builds get the folder, and only pages with a pending diagram import from it.
 */
export const MERMAID_ASSET_DIR = '_mermaid';
export const MERMAID_BROWSER_ENTRY = 'mermaid.esm.min.mjs';
/** The entry's chunks, under dist/ of the package; the entry imports them relatively. */
export const MERMAID_BROWSER_CHUNKS = 'chunks/mermaid.esm.min';

/** The URL the fallback script imports Mermaid from, for a site served under `base`. */
export function mermaidModuleUrl(base: string): string {
  return `${base.endsWith('/') ? base : `${base}/`}${MERMAID_ASSET_DIR}/${MERMAID_BROWSER_ENTRY}`;
}
