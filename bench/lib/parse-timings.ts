/** The figures CLI's --timings lines ("figures: timing: draw q4_vs_q8 0.176 s") as seconds per phase. */
export function parseTimings(stderr: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const m of stderr.matchAll(/^figures: timing: (.+) (\d+(?:\.\d+)?) s$/gm)) out[m[1] as string] = Number(m[2]);
  return out;
}
