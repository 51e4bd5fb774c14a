import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ChromiumPathError,
  SYSTEM_CHROMIUM_PATHS,
  describeChromiumMissing,
  launchChromium,
  resolveChromium,
} from '../../../src/lib/browser/chromium';

// The flags the team brief prescribes, written out by hand.
const BRIEF_ARGS = [
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

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'chromium-test-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('resolveChromium', { timeout: 60_000 }, () => {
  it('takes CHROME_PATH first when it names an executable', async () => {
    const fake = join(dir, 'my-chrome');
    await writeFile(fake, '#!/bin/sh\n', 'utf8');
    await chmod(fake, 0o755);
    expect(await resolveChromium({ CHROME_PATH: fake })).toEqual({ executablePath: fake, args: BRIEF_ARGS, source: 'CHROME_PATH' });
  });

  it('refuses a CHROME_PATH that cannot be run instead of quietly using another browser', async () => {
    const plain = join(dir, 'not-executable');
    await writeFile(plain, 'x', 'utf8');
    await chmod(plain, 0o644);
    await expect(resolveChromium({ CHROME_PATH: plain })).rejects.toThrow(
      `CHROME_PATH is set to "${plain}", but the file is not executable. Point it at a Chromium or Chrome binary, or unset it.`,
    );
    await expect(resolveChromium({ CHROME_PATH: join(dir, 'missing') })).rejects.toBeInstanceOf(ChromiumPathError);
    await expect(resolveChromium({ CHROME_PATH: dir })).rejects.toThrow('but that is not a file.');
  });

  it('then a system install, then the browser bundled in @sparticuz/chromium, never sparticuz\'s own flags', async () => {
    const found = await resolveChromium({});
    if (!found) throw new Error(describeChromiumMissing());
    const system = SYSTEM_CHROMIUM_PATHS.find((p) => existsSync(p));
    if (system) expect(found).toMatchObject({ source: 'system', executablePath: system });
    else expect(found.source).toBe('@sparticuz/chromium');
    expect(found.args).toEqual(BRIEF_ARGS);
    expect(found.args).not.toContain('--single-process');
    expect(found.args).not.toContain('--disable-web-security');
  });
});

describe('launchChromium', { timeout: 120_000 }, () => {
  it('starts a headless browser that renders a page', async () => {
    const browser = await launchChromium({});
    if (!browser) throw new Error(describeChromiumMissing());
    try {
      const page = await browser.newPage();
      await page.setContent('<p id="t">ready</p>');
      expect(await page.textContent('#t')).toBe('ready');
    } finally {
      await browser.close();
    }
  });
});

describe('describeChromiumMissing', () => {
  it('says where it looked and how to fix it', () => {
    const text = describeChromiumMissing();
    expect(text).toContain('No Chromium was found');
    for (const p of SYSTEM_CHROMIUM_PATHS) expect(text).toContain(p);
    expect(text).toContain('CHROME_PATH');
    expect(text).toContain('@sparticuz/chromium');
  });
});
