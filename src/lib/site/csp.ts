/**
 * The Content-Security-Policy every page carries (as a meta tag, so it holds on any static
 * host). Scripts only from this origin, never inline, never eval. Styles allow inline
 * attributes because Shiki and the math tables (rehype-mathml-core) emit style="" on elements;
 * that cannot run code.
 * Pagefind's search index is WebAssembly, which needs 'wasm-unsafe-eval' (it does not enable
 * JavaScript eval), so only the search page gets it.
 */
export function contentSecurityPolicy(opts: { wasm?: boolean } = {}): string {
  const script = ["'self'", ...(opts.wasm ? ["'wasm-unsafe-eval'"] : [])].join(' ');
  return [
    "default-src 'self'",
    `script-src ${script}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}
