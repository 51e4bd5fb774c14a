import { accessSync, constants, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser } from 'playwright-core';
import { patientTimeout } from '../async/patient-timeout';

export type ChromiumSource = 'CHROME_PATH' | 'system' | '@sparticuz/chromium';

export interface ResolvedChromium {
  executablePath: string;
  args: string[];
  source: ChromiumSource;
}

/** Where a system-wide Chromium or Chrome usually lives on Linux, in the order we prefer them. */
export const SYSTEM_CHROMIUM_PATHS: readonly string[] = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

/**
 * Our own flags, not @sparticuz/chromium's: those switch off web security and force a single
 * process, which suits a Lambda sandbox but not a build that loads local pages.
 */
export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--no-zygote',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** CHROME_PATH is set but does not name a file this process may execute. */
export class ChromiumPathError extends Error {
  readonly variable = 'CHROME_PATH';
  readonly value: string;
  constructor(value: string, reason: string) {
    super(`CHROME_PATH is set to "${value}", but ${reason}. Point it at a Chromium or Chrome binary, or unset it.`);
    this.name = 'ChromiumPathError';
    this.value = value;
  }
}

function executableProblem(path: string): string | null {
  try {
    if (!statSync(path).isFile()) return 'that is not a file';
  } catch {
    return 'no file exists there';
  }
  try {
    accessSync(path, constants.X_OK);
  } catch {
    return 'the file is not executable';
  }
  return null;
}

/** Why the bundled browser could not be used, kept for describeChromiumMissing(). */
let sparticuzFailure: string | null = null;

type SparticuzModule = { default: { executablePath: (input?: string) => Promise<string> } };

async function sparticuzPath(): Promise<string | null> {
  let mod: SparticuzModule;
  try {
    // require(), not import(): Astro loads its config (and so this module) through a Vite module
    // runner that is closed by the time a build renders anything, and dynamic imports issued
    // from such a module then fail. Node's require of this ES module (no top-level await) is
    // synchronous and independent of Vite.
    mod = createRequire(import.meta.url)('@sparticuz/chromium') as SparticuzModule;
  } catch (e) {
    const missing = e instanceof Error && 'code' in e && e.code === 'MODULE_NOT_FOUND';
    sparticuzFailure = missing
      ? 'the @sparticuz/chromium package is not installed'
      : `@sparticuz/chromium could not be loaded: ${e instanceof Error ? e.message : String(e)}`;
    return null;
  }
  try {
    // Called without an argument it only unpacks the archives shipped inside the package
    // (to the temp directory); it downloads only when handed a URL, which we never do.
    const path = await mod.default.executablePath();
    const problem = executableProblem(path);
    if (problem) {
      sparticuzFailure = `@sparticuz/chromium unpacked to ${path}, but ${problem}`;
      return null;
    }
    sparticuzFailure = null;
    return path;
  } catch (e) {
    sparticuzFailure = `@sparticuz/chromium failed to unpack: ${e instanceof Error ? e.message : String(e)}`;
    return null;
  }
}

/**
 * Finds a headless-capable Chromium: $CHROME_PATH, then a system install, then the binary bundled
 * in @sparticuz/chromium. Returns null when there is none. Never downloads anything.
 * Throws ChromiumPathError when CHROME_PATH is set but unusable: an explicit choice that does not
 * work should stop the build rather than quietly fall back to another browser.
 */
export async function resolveChromium(env: NodeJS.ProcessEnv = process.env): Promise<ResolvedChromium | null> {
  const args = [...CHROMIUM_ARGS];
  const fromEnv = env['CHROME_PATH'];
  if (fromEnv !== undefined && fromEnv !== '') {
    const problem = executableProblem(fromEnv);
    if (problem) throw new ChromiumPathError(fromEnv, problem);
    return { executablePath: fromEnv, args, source: 'CHROME_PATH' };
  }
  for (const path of SYSTEM_CHROMIUM_PATHS) {
    if (executableProblem(path) === null) return { executablePath: path, args, source: 'system' };
  }
  const bundled = await sparticuzPath();
  if (bundled) return { executablePath: bundled, args, source: '@sparticuz/chromium' };
  return null;
}

/** Launches headless Chromium through playwright-core, or returns null when none is available. */
export async function launchChromium(env: NodeJS.ProcessEnv = process.env): Promise<Browser | null> {
  const resolved = await resolveChromium(env);
  if (!resolved) return null;
  // Playwright's launch timeout is wall-clock: in a build that keeps this thread busy for minutes
  // it fires just as the browser's answer arrives. patientTimeout counts only time the thread was free.
  const launching = chromium.launch({ executablePath: resolved.executablePath, args: resolved.args, headless: true, timeout: 0 });
  return patientTimeout(launching, LAUNCH_TIMEOUT_MS, () => {
    // A browser that starts after all must not outlive the process that gave up on it.
    void launching.then((b) => b.close()).catch(() => undefined);
    return new Error(`Chromium (${resolved.executablePath}, from ${resolved.source}) did not start within ${LAUNCH_TIMEOUT_MS / 1000} s.`);
  });
}

/** As long as Playwright's default. */
const LAUNCH_TIMEOUT_MS = 180_000;

/** What to tell someone whose machine has no usable Chromium. */
export function describeChromiumMissing(): string {
  const lines = [
    'No Chromium was found, so nothing can be rendered in a headless browser.',
    `Looked at $CHROME_PATH (unset), then ${SYSTEM_CHROMIUM_PATHS.join(', ')}, then the @sparticuz/chromium package.`,
  ];
  if (sparticuzFailure) lines.push(`The bundled browser was not usable: ${sparticuzFailure}.`);
  lines.push(
    'To fix it, either set CHROME_PATH to a Chromium or Chrome binary, install one at one of the system paths above,',
    'or install the dev dependency @sparticuz/chromium (npm install --save-dev @sparticuz/chromium).',
  );
  return lines.join('\n');
}
