/**
 * 'browser': draw diagrams at build time in headless Chromium (the default).
 * 'client': leave them to the reader's browser, as happens when no Chromium is available; setting
 * it explicitly lets that path be built and tested on a machine that does have Chromium.
 */
export type RendererMode = 'browser' | 'client';

export function rendererMode(env: NodeJS.ProcessEnv = process.env): RendererMode {
  const value = env['MERMAID_RENDERER'];
  if (value === undefined || value === '' || value === 'browser') return 'browser';
  if (value === 'client') return 'client';
  throw new Error(`MERMAID_RENDERER must be "browser" or "client", but it is "${value}".`);
}
