import { spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, stat, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';

/**
 * What a build needs from the repository. Everything else (dist/, tests, bench, scratch files,
 * .git) stays behind so that a copy builds exactly the sources and nothing a colleague left lying around.
 */
export const BUILD_INPUTS: readonly string[] = [
  'src',
  'data',
  'public',
  'scripts',
  'astro.config.mjs',
  'package.json',
  'tsconfig.json',
];

/**
 * Caches that tools keep inside node_modules. A copy gets its own instead of the shared ones:
 * Astro keeps its content data store in node_modules/.astro, and a build that found another
 * checkout's store there would reuse entries from it (or race with it).
 */
const LOCAL_CACHES = new Set(['.astro', '.vite', '.vitest', '.cache']);

export interface RepoCopy {
  /** Absolute path of the copy. */
  dir: string;
  /** Deletes the copy (never the original). */
  remove(): Promise<void>;
}

async function exists(p: string): Promise<boolean> {
  try {
    await stat(p);
    return true;
  } catch {
    return false;
  }
}

/**
 * Copies the build inputs of the repository at `from` to a fresh temp directory, and gives the
 * copy a node_modules whose every entry is a symlink into the original one (so nothing is
 * installed twice) except for the tool caches listed above.
 */
export async function copyRepo(opts: { from?: string; prefix?: string } = {}): Promise<RepoCopy> {
  const from = resolve(opts.from ?? process.cwd());
  const dir = await mkdtemp(join(tmpdir(), opts.prefix ?? 'site-copy-'));
  for (const entry of BUILD_INPUTS) {
    const src = join(from, entry);
    if (await exists(src)) await cp(src, join(dir, entry), { recursive: true, verbatimSymlinks: true });
  }
  const modules = join(from, 'node_modules');
  await mkdir(join(dir, 'node_modules'));
  for (const e of await readdir(modules)) {
    if (LOCAL_CACHES.has(e)) continue;
    await symlink(join(modules, e), join(dir, 'node_modules', e));
  }
  return {
    dir,
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}

/** The shell command `npm run <script>` would run in `dir`. */
export async function npmScript(dir: string, script: string): Promise<string> {
  const pkg = JSON.parse(await readFile(join(dir, 'package.json'), 'utf8')) as { scripts?: Record<string, string> };
  const cmd = pkg.scripts?.[script];
  if (!cmd) throw new Error(`${join(dir, 'package.json')} has no "${script}" script.`);
  return cmd;
}

/**
 * The environment a person's shell would give the command: without what the test runner adds
 * (VITEST makes Astro's dev server skip its request handler; NODE_ENV=test changes builds),
 * with npm's PATH.
 */
export function childEnv(dir: string, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (k === 'NODE_ENV' || k === 'TEST' || k.startsWith('VITEST')) continue;
    env[k] = v;
  }
  // What the npm scripts set: Astro's telemetry off, for commands a test runs directly (astro dev).
  env['ASTRO_TELEMETRY_DISABLED'] = '1';
  Object.assign(env, extra);
  env['PATH'] = npmPath(dir, env);
  return env;
}

/** PATH as npm run sets it: the project's node_modules/.bin first, so its Node 24 leads. */
export function npmPath(dir: string, env: NodeJS.ProcessEnv = process.env): string {
  return [join(dir, 'node_modules', '.bin'), env['PATH'] ?? ''].filter(Boolean).join(delimiter);
}

export interface BuildResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** stdout and stderr interleaved in arrival order. */
  output: string;
  ms: number;
}

export interface RunOptions {
  env?: NodeJS.ProcessEnv;
  /** Called with the child's pid as soon as it starts (the bench polls its memory). */
  onSpawn?: (pid: number) => void;
  timeoutMs?: number;
}

/** Runs a shell command in `dir` with npm's PATH, collecting its output. Never throws on a non-zero exit. */
export function runIn(dir: string, command: string, opts: RunOptions = {}): Promise<BuildResult> {
  const started = performance.now();
  return new Promise((ok, fail) => {
    const child = spawn('sh', ['-c', command], {
      cwd: dir,
      env: childEnv(dir, opts.env),
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    if (child.pid !== undefined) opts.onSpawn?.(child.pid);
    let output = '';
    child.stdout.on('data', (b: Buffer) => (output += b.toString('utf8')));
    child.stderr.on('data', (b: Buffer) => (output += b.toString('utf8')));
    const timer =
      opts.timeoutMs === undefined
        ? undefined
        : setTimeout(() => {
            output += `\n[killed after ${opts.timeoutMs} ms]\n`;
            // The whole process group: the build may have started Chromium.
            if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
          }, opts.timeoutMs);
    child.on('error', fail);
    child.on('close', (code, signal) => {
      if (timer) clearTimeout(timer);
      ok({ code, signal, output, ms: performance.now() - started });
    });
  });
}

/** Runs what `npm run build` runs, inside the copy at `dir`; the site lands in `dir`/dist. */
export async function buildIn(dir: string, opts: RunOptions = {}): Promise<BuildResult> {
  return runIn(dir, await npmScript(dir, 'build'), opts);
}

/** A failed build as an error message that carries the tail of its output. */
export function buildFailure(what: string, r: BuildResult): Error {
  const tail = r.output.split('\n').slice(-60).join('\n');
  return new Error(`${what} failed (exit ${r.code ?? r.signal}). Last lines of its output:\n${tail}`);
}

export interface Running {
  pid: number;
  /** Everything printed so far (stdout and stderr, in arrival order). */
  output(): string;
  /**
   * Resolves with the output once `pattern` appears in it after offset `since` (default 0);
   * rejects after `timeoutMs` or if the process exits first.
   */
  waitFor(pattern: RegExp | string, timeoutMs?: number, since?: number): Promise<string>;
  exited(): boolean;
  /** Resolves when the command has exited and its output is closed. */
  done: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Kills the whole process group and waits for it to go. */
  stop(): Promise<void>;
}

/** Starts a long-running command (a dev server) in `dir` with npm's PATH. */
export function startIn(dir: string, command: string, env: NodeJS.ProcessEnv = {}): Running {
  const child = spawn('sh', ['-c', command], {
    cwd: dir,
    env: childEnv(dir, { FORCE_COLOR: '0', NO_COLOR: '1', ...env }),
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let out = '';
  let done = false;
  const listeners = new Set<() => void>();
  const notify = () => {
    for (const l of [...listeners]) l();
  };
  child.stdout.on('data', (b: Buffer) => {
    out += b.toString('utf8');
    notify();
  });
  child.stderr.on('data', (b: Buffer) => {
    out += b.toString('utf8');
    notify();
  });
  const closed = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((ok) =>
    child.on('close', (code, signal) => {
      done = true;
      notify();
      ok({ code, signal });
    }),
  );
  if (child.pid === undefined) throw new Error(`Could not start "${command}" in ${dir}.`);
  const pid = child.pid;
  return {
    pid,
    output: () => out,
    exited: () => done,
    done: closed,
    waitFor(pattern, timeoutMs = 60_000, since = 0) {
      const test = () => (typeof pattern === 'string' ? out.includes(pattern, since) : pattern.test(out.slice(since)));
      return new Promise((ok, fail) => {
        const check = () => {
          if (test()) {
            cleanup();
            ok(out);
          } else if (done) {
            cleanup();
            fail(new Error(`"${command}" exited before printing ${String(pattern)}. Its output:\n${out.slice(-4000)}`));
          }
        };
        const timer = setTimeout(() => {
          cleanup();
          fail(new Error(`"${command}" did not print ${String(pattern)} within ${timeoutMs} ms. Its output:\n${out.slice(-4000)}`));
        }, timeoutMs);
        const cleanup = () => {
          clearTimeout(timer);
          listeners.delete(check);
        };
        listeners.add(check);
        check();
      });
    },
    async stop() {
      if (done) return;
      try {
        process.kill(-pid, 'SIGTERM');
      } catch {
        return;
      }
      const killer = setTimeout(() => {
        try {
          process.kill(-pid, 'SIGKILL');
        } catch {
          // Already gone.
        }
      }, 5000);
      await closed;
      clearTimeout(killer);
    },
  };
}

/** A TCP port nobody listens on right now, on 127.0.0.1. */
export async function freePort(): Promise<number> {
  const { createServer } = await import('node:net');
  return new Promise((ok, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const addr = s.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      s.close(() => ok(port));
    });
  });
}
