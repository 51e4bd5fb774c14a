import { readdirSync, readFileSync } from 'node:fs';

/**
 * Memory of a process and all its descendants, read from /proc (Linux). A build is a tree: a
 * shell, tsx, Node, esbuild, sometimes Chromium; the RSS of the parent alone would miss most of it.
 */

const PAGE = 4096;

interface Proc {
  pid: number;
  ppid: number;
  rss: number;
  /** The command name from /proc/<pid>/stat (at most 15 characters). */
  name: string;
}

function readProcs(): Proc[] {
  const out: Proc[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // The command name (field 2) may hold spaces and parentheses; fields after the last ')' are fixed.
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const statm = readFileSync(`/proc/${name}/statm`, 'utf8').split(' ');
      const comm = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      out.push({ pid: Number(name), ppid: Number(rest[1]), rss: Number(statm[1]) * PAGE, name: comm });
    } catch {
      // The process ended between listing and reading.
    }
  }
  return out;
}

/** `root` and its descendants. */
function tree(root: number): Proc[] {
  const procs = readProcs();
  const children = new Map<number, Proc[]>();
  for (const p of procs) children.set(p.ppid, [...(children.get(p.ppid) ?? []), p]);
  const self = procs.find((p) => p.pid === root);
  const out: Proc[] = [];
  const stack = self ? [self] : [];
  while (stack.length) {
    const p = stack.pop() as Proc;
    out.push(p);
    stack.push(...(children.get(p.pid) ?? []));
  }
  return out;
}

/** Summed resident set size in bytes of `root` and its descendants, and how many processes that is. */
export function treeRss(root: number): { bytes: number; processes: number } {
  const procs = tree(root);
  return { bytes: procs.reduce((sum, p) => sum + p.rss, 0), processes: procs.length };
}

/** The same sum, by command name (`node`, `chrome`, ...), names sorted. */
export function treeRssByName(root: number): Record<string, number> {
  const by = new Map<string, number>();
  for (const p of tree(root)) by.set(p.name, (by.get(p.name) ?? 0) + p.rss);
  return Object.fromEntries([...by].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

export interface PeakWatch {
  /** Stops polling; returns the highest summed RSS seen (bytes) and the most processes alive at once. */
  stop(): { peakBytes: number; peakProcesses: number; samples: number };
}

/**
 * Polls the tree under `root` every `intervalMs`. Summed RSS counts shared pages once per process,
 * so it overstates a little; a peak shorter than the interval can be missed.
 */
export function watchPeak(root: number, intervalMs = 100): PeakWatch {
  let peakBytes = 0;
  let peakProcesses = 0;
  let samples = 0;
  const sample = () => {
    const { bytes, processes } = treeRss(root);
    samples++;
    if (bytes > peakBytes) peakBytes = bytes;
    if (processes > peakProcesses) peakProcesses = processes;
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      return { peakBytes, peakProcesses, samples };
    },
  };
}
