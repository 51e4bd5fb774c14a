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
      out.push({ pid: Number(name), ppid: Number(rest[1]), rss: Number(statm[1]) * PAGE });
    } catch {
      // The process ended between listing and reading.
    }
  }
  return out;
}

/** Summed resident set size in bytes of `root` and its descendants, and how many processes that is. */
export function treeRss(root: number): { bytes: number; processes: number } {
  const procs = readProcs();
  const children = new Map<number, Proc[]>();
  for (const p of procs) children.set(p.ppid, [...(children.get(p.ppid) ?? []), p]);
  const self = procs.find((p) => p.pid === root);
  if (!self) return { bytes: 0, processes: 0 };
  let bytes = 0;
  let processes = 0;
  const stack = [self];
  while (stack.length) {
    const p = stack.pop() as Proc;
    bytes += p.rss;
    processes++;
    stack.push(...(children.get(p.pid) ?? []));
  }
  return { bytes, processes };
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
