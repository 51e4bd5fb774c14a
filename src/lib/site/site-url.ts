/** A reserved example domain (RFC 2606): the address a build uses when it is told none. */
export const PLACEHOLDER_SITE = 'https://example.org';

/**
 * The absolute origin the site is deployed at; canonical URLs, Open Graph tags, the sitemap and
 * the RSS feed are built from it. Set SITE_URL when deploying; the default is a reserved
 * example domain so that builds stay reproducible without configuration.
 */
export function siteUrl(env: Record<string, string | undefined>): string {
  const raw = env['SITE_URL']?.trim();
  if (!raw) return PLACEHOLDER_SITE;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`SITE_URL must be an absolute URL such as https://reports.example.org, got "${raw}".`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`SITE_URL must use http or https, got "${raw}".`);
  }
  return url.origin;
}
