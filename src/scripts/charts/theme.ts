import type { Theme } from '../../lib/charts/chart-island';

/** The theme the page shows: html[data-theme] (set by /theme.js), else the system's. */
export function currentTheme(): Theme {
  const t = document.documentElement.dataset['theme'];
  if (t === 'light' || t === 'dark') return t;
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/**
 * Calls `apply` whenever the page's theme changes: on the toggle's 'themechange' event, and on a
 * system change when no theme script set one (theme.js re-dispatches 'themechange' otherwise).
 */
export function onThemeChange(apply: (theme: Theme) => void): void {
  addEventListener('themechange', (e) => {
    const detail = (e as CustomEvent<{ theme?: unknown }>).detail;
    apply(detail?.theme === 'dark' || detail?.theme === 'light' ? detail.theme : currentTheme());
  });
  matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => {
    if (!document.documentElement.dataset['theme']) apply(currentTheme());
  });
}
