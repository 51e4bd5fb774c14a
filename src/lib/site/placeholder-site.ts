import { PLACEHOLDER_SITE } from './site-url';

export interface PlaceholderSiteProblem {
  /** A warning by default; an error under `--strict`, which is for sites about to be published. */
  level: 'warning' | 'error';
  message: string;
}

/**
 * Whether a production build is about to publish links to the placeholder address: `site` is the
 * site Astro resolved (undefined when none is configured). The placeholder stays the default, so
 * that a build without configuration is still reproducible; it just should not go unnoticed.
 */
export function placeholderSiteProblem(site: string | URL | undefined, strict: boolean): PlaceholderSiteProblem | undefined {
  const origin = site === undefined ? undefined : new URL(String(site)).origin;
  if (origin !== undefined && origin !== PLACEHOLDER_SITE) return undefined;
  const shown = origin ?? PLACEHOLDER_SITE;
  const message =
    `SITE_URL is not set, so canonical links, og:url, the feed and the sitemap will point at ${shown}; ` +
    'set SITE_URL=https://your.domain (for example SITE_URL=https://reports.example.org npm run build)' +
    (strict ? '. --strict does not build a site with a placeholder address.' : '.');
  return { level: strict ? 'error' : 'warning', message };
}
