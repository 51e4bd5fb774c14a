/**
 * One measured load, in a process of its own so that its peak memory is its own: loads the
 * dataset `<name>` under the data folder `<dataDir>` the way a build does (`loadDatasetNow`, with
 * the folder's datapackage.json if it has one) and prints one JSON line with the time and the peak RSS.
 */
import { loadDatasetNow } from '../../src/lib/data/dataset';

const [dataDir, name] = process.argv.slice(2);
if (dataDir === undefined || name === undefined) throw new Error('usage: load-worker.ts <dataDir> <name>');
const t0 = performance.now();
const ds = await loadDatasetNow(name, dataDir);
const ms = performance.now() - t0;
// maxRSS is in KiB: the process's high-water mark, including the text read and every row built.
process.stdout.write(`${JSON.stringify({ rows: ds.rows.length, columns: ds.schema.fields.length, ms, peakRssBytes: process.resourceUsage().maxRSS * 1024 })}\n`);
