/**
 * One cold run for bench/citations.ts: loads the citation modules, then formats the
 * gradient-estimation notes' 24 references in APA twice (the first builds the style's engine, the
 * second reuses it). Prints the three times in milliseconds as JSON.
 */
import { readFileSync } from 'node:fs';

const GRADIENT = 'src/content/bib/gradient-estimation.bib';

const t0 = performance.now();
const [{ readBibtex }, { builtInStyles, formatCitations }] = await Promise.all([
  import('../../src/lib/citations/read-bibtex'),
  import('../../src/lib/citations/format-citations'),
]);
const t1 = performance.now();
const items = readBibtex(readFileSync(GRADIENT, 'utf8'), GRADIENT);
const style = { name: 'apa', xml: builtInStyles.get('apa') };
const clusters = [...items.keys()].map((key) => ({ kind: 'parenthetical' as const, items: [{ key, prefix: '', locator: '', suppressAuthor: false }] }));
formatCitations(items, style, clusters);
const t2 = performance.now();
formatCitations(items, style, clusters);
const t3 = performance.now();
process.stdout.write(`${JSON.stringify({ importMs: t1 - t0, firstPostMs: t2 - t1, nextPostMs: t3 - t2 })}\n`);
