/** The figures CLI's --timings lines ("figures: timing: draw q4_vs_q8 0.176 s") as seconds per phase. */
export function parseTimings(stderr: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const m of stderr.matchAll(/^figures: timing: (.+) (\d+(?:\.\d+)?) s$/gm)) out[m[1] as string] = Number(m[2]);
  return out;
}

/** The peak RSS in bytes from the CLI's "figures: memory: peak RSS 119104 KiB" line, or 0 without one. */
export function parsePeakRss(stderr: string): number {
  const m = /^figures: memory: peak RSS (\d+) KiB$/m.exec(stderr);
  return m ? Number(m[1]) * 1024 : 0;
}
