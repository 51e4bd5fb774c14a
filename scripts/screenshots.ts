/**
 * `npm run screenshots`: the README's pictures, taken from the built site in headless Chromium
 * (desktop and phone, light and dark), so they can be refreshed after a redesign or a new sweep.
 * Needs `npm run build` first.
 */
import { mkdir, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { describeChromiumMissing, launchChromium } from '../src/lib/browser/chromium';
import { CliError, exitCodeOf } from '../src/lib/cli/cli-error';
import { startServer } from '../tests/e2e/support/server';

const HELP = `Usage: npm run screenshots [-- options]

Serves dist/ and saves screenshots of a page into docs/screenshots/:
<name>-desktop-light.png, -desktop-dark.png, -phone-light.png, -phone-dark.png.

Options:
  --page PATH     page to shoot (default /2026/harness-bench-wip/)
  --scroll SEL    scroll to this element first (default: the first chart)
  --name NAME     file name prefix (default harness-bench)
  --out DIR       output directory (default docs/screenshots)
  -h, --help      show this help
`;

const VIEWPORTS = {
  desktop: { width: 1280, height: 900, deviceScaleFactor: 1, isMobile: false },
  phone: { width: 390, height: 844, deviceScaleFactor: 2, isMobile: true },
} as const;

async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      page: { type: 'string', default: '/2026/harness-bench-wip/' },
      scroll: { type: 'string', default: 'figure[data-chart]' },
      name: { type: 'string', default: 'harness-bench' },
      out: { type: 'string', default: 'docs/screenshots' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(HELP);
    return;
  }
  const browser = await launchChromium();
  if (!browser) throw new CliError(describeChromiumMissing());
  const server = await startServer('dist');
  await mkdir(values.out, { recursive: true });
  try {
    for (const [device, viewport] of Object.entries(VIEWPORTS)) {
      for (const theme of ['light', 'dark'] as const) {
        const ctx = await browser.newContext({ ...viewport, viewport: { width: viewport.width, height: viewport.height }, colorScheme: theme });
        const page = await ctx.newPage();
        const res = await page.goto(server.url + values.page, { waitUntil: 'networkidle' });
        if (res?.status() !== 200) throw new CliError(`${values.page} answered ${res?.status()}: run npm run build first.`);
        const target = page.locator(values.scroll).first();
        if (await target.count()) {
          await target.evaluate((el) => {
            el.scrollIntoView({ block: 'start' });
            window.scrollBy(0, -60);
          });
          await page.waitForTimeout(1500);
        }
        const file = join(values.out, `${values.name}-${device}-${theme}.png`);
        await page.screenshot({ path: `${file}.tmp.png` });
        await rename(`${file}.tmp.png`, file);
        console.log(`wrote ${file}`);
        await ctx.close();
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

main(process.argv.slice(2)).catch((err: unknown) => {
  console.error(process.argv.includes('--debug') && err instanceof Error ? err.stack : err instanceof Error ? err.message : String(err));
  process.exit(exitCodeOf(err));
});
