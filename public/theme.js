// Runs before first paint (blocking, in <head>) so the page never flashes the wrong theme.
(() => {
  const root = document.documentElement;
  const media = matchMedia('(prefers-color-scheme: dark)');
  const saved = () => { try { return localStorage.getItem('theme'); } catch { return null; } };
  const apply = (theme) => {
    root.dataset.theme = theme;
    for (const b of document.querySelectorAll('[data-theme-toggle]')) b.setAttribute('aria-pressed', String(theme === 'dark'));
    dispatchEvent(new CustomEvent('themechange', { detail: { theme } }));
  };
  apply(saved() || (media.matches ? 'dark' : 'light'));
  media.addEventListener('change', (e) => { if (!saved()) apply(e.matches ? 'dark' : 'light'); });
  addEventListener('DOMContentLoaded', () => {
    for (const b of document.querySelectorAll('[data-theme-toggle]')) {
      b.hidden = false;
      b.addEventListener('click', () => {
        const next = root.dataset.theme === 'dark' ? 'light' : 'dark';
        try { localStorage.setItem('theme', next); } catch {}
        apply(next);
      });
    }
    apply(root.dataset.theme);
  });
})();
