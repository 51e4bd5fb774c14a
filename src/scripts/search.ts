interface PagefindUIOptions { element: string; showSubResults?: boolean; showImages?: boolean; resetStyles?: boolean }
declare global {
  interface Window { PagefindUI?: new (opts: PagefindUIOptions) => unknown }
}

/** Mounts Pagefind's UI; the index is static files under /pagefind/, so search works offline. */
export function mountSearch(): void {
  const start = () => {
    if (!window.PagefindUI) return;
    new window.PagefindUI({ element: '[data-search-root]', showSubResults: true, showImages: false, resetStyles: false });
    const input = document.querySelector<HTMLInputElement>('[data-search-root] input');
    // Pagefind's box has only a placeholder and a title; screen readers need a real name.
    input?.setAttribute('aria-label', 'Search all posts');
    const q = new URLSearchParams(location.search).get('q');
    if (input && q) {
      input.value = q;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }
  };
  if (document.readyState === 'loading') addEventListener('DOMContentLoaded', start);
  else start();
}
