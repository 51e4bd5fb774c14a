import Papa from 'papaparse';

/** A small seeded generator (mulberry32): the same size always gives the same file. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A runs.csv of exactly `size` runs grown from a real one: every run repeated under new seeds,
 * with some outcomes flipped and times jittered, so the aggregates do real work on every row
 * while models, tasks and cells stay those of the original.
 */
export function syntheticRuns(runsCsv: string, size: number): string {
  const parsed = Papa.parse<string[]>(runsCsv.replace(/^\uFEFF/, ''), { skipEmptyLines: true });
  const [header, ...rows] = parsed.data;
  if (!header || rows.length === 0) throw new Error('The runs.csv to grow from has no runs.');
  const col = (name: string) => {
    const i = header.indexOf(name);
    if (i < 0) throw new Error(`The runs.csv to grow from has no "${name}" column.`);
    return i;
  };
  const seedCol = col('seed');
  const passedCol = col('passed');
  const timeCol = col('agent_time_s');
  const seedStride = Math.max(...rows.map((r) => Number(r[seedCol]))) + 1;
  const random = rng(size);
  const out: string[][] = [];
  for (let rep = 0; out.length < size; rep++) {
    for (const row of rows) {
      if (out.length === size) break;
      const r = [...row];
      r[seedCol] = String(Number(row[seedCol]) + rep * seedStride);
      if (rep > 0) {
        if (random() < 0.15) r[passedCol] = row[passedCol] === '1' ? '0' : '1';
        r[timeCol] = (Number(row[timeCol]) * (0.8 + 0.4 * random())).toFixed(1);
      }
      out.push(r);
    }
  }
  return `${Papa.unparse([header, ...out], { newline: '\n' })}\n`;
}
