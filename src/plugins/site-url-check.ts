import type { AstroIntegration } from 'astro';
import { placeholderSiteProblem } from '../lib/site/placeholder-site';

/** Set by `npm run build -- --strict` (scripts/build.ts). */
export const STRICT_SITE_URL_ENV = 'STRICT_SITE_URL';

/**
 * Says, once per production build, when the site's address is the placeholder; under --strict
 * the build stops instead. The dev server is left alone: there the address does not matter.
 */
export function siteUrlCheck(env: NodeJS.ProcessEnv = process.env): AstroIntegration {
  return {
    name: 'site-url',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        if (command !== 'build') return;
        const problem = placeholderSiteProblem(config.site, env[STRICT_SITE_URL_ENV] === '1');
        if (!problem) return;
        if (problem.level === 'error') throw new Error(problem.message);
        logger.warn(problem.message);
      },
    },
  };
}

export default siteUrlCheck;
