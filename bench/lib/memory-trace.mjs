// Preloaded into every Node process of a build by `npm run bench:memory` (NODE_OPTIONS=--import):
// appends this process's memory, as V8 and Node see it, to $MEMORY_TRACE_FILE every 250 ms, so
// the profile can tell V8's heap from memory held outside it (native addons such as the bundler,
// code, buffers). With $MEMORY_TRACE_GC_MS and --expose-gc it also forces a full collection that
// often, so heapUsed then shows what is retained rather than garbage V8 has not yet collected.
// Plain JavaScript because it is loaded before tsx.
import { appendFileSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';

const file = process.env.MEMORY_TRACE_FILE;
if (file && isMainThread) {
  const t0 = Date.now();
  const script = process.argv[1] ?? '';
  const gcEvery = Number(process.env.MEMORY_TRACE_GC_MS ?? 0);
  const gc = typeof globalThis.gc === 'function' ? globalThis.gc : undefined;
  let lastGc = 0;
  const sample = () => {
    const now = Date.now() - t0;
    if (gc && gcEvery > 0 && now - lastGc >= gcEvery) {
      gc();
      lastGc = now;
    }
    const m = process.memoryUsage();
    appendFileSync(file, `${JSON.stringify({ pid: process.pid, script, at: Date.now(), rss: m.rss, heapTotal: m.heapTotal, heapUsed: m.heapUsed, external: m.external })}\n`);
  };
  setInterval(sample, 250).unref();
}
