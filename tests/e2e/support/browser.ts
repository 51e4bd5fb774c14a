import type { Browser, BrowserContext, Page } from 'playwright-core';
import { describeChromiumMissing, launchChromium } from '../../../src/lib/browser/chromium';

/**
 * Launches the real headless Chromium the build uses. A machine without one fails the suite
 * with instructions instead of skipping it: a silently skipped browser test proves nothing.
 */
export async function launchBrowser(): Promise<Browser> {
  const browser = await launchChromium();
  if (!browser) throw new Error(describeChromiumMissing());
  return browser;
}

/** Collects console errors, uncaught exceptions, failed requests and CSP violations of a page. */
export function watchPage(page: Page): { errors: string[] } {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('requestfailed', (r) => errors.push(`requestfailed: ${r.url()} ${r.failure()?.errorText ?? ''}`));
  return { errors };
}

/** A fresh context per test keeps localStorage (the theme choice) from leaking between tests. */
export async function newContext(
  browser: Browser,
  opts: { javaScriptEnabled?: boolean; colorScheme?: 'light' | 'dark'; viewport?: { width: number; height: number } } = {},
): Promise<BrowserContext> {
  return browser.newContext({
    javaScriptEnabled: opts.javaScriptEnabled ?? true,
    colorScheme: opts.colorScheme ?? 'light',
    viewport: opts.viewport ?? { width: 1280, height: 900 },
  });
}
