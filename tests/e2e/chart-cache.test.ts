import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildFailure, buildIn, copyRepo, runIn, npmScript, type BuildResult, type RepoCopy } from './support/build-copy';

/**
 * The chart cache, judged by the build's own report ("charts: N drawn, M reused"), not by timings.
 * In a temp copy with caches of its own: a cold build draws every chart, a rebuild with no change
 * draws no chart and no diagram, and a rebuild after one row of one CSV changed redraws only the
 * charts that read it. The counts are the posts' chart components, counted by hand, times the
 * two layouts each is drawn in (desktop and phone): the harness-bench write-up has six (all on
 * data/harness-bench), the retrieval-QA example five (all on data/retrieval-qa/answers.csv), and
 * no other page draws one.
 */
const ALL = 2 * 11;
const RETRIEVAL_QA = 2 * 5;
/** The first data row of answers.csv (Atlas-8B with bm25 on contracts-01) and the same run made faithful, more helpful, dearer and slower, so each of the five charts changes. */
const ROW = 'contracts-01,contracts,Atlas-8B,bm25,0,3,0.00075,1.07';
const CHANGED = 'contracts-01,contracts,Atlas-8B,bm25,1,5,0.00175,2.07';

let copy: RepoCopy | undefined;
afterAll(async () => {
  await copy?.remove();
});

function report(r: BuildResult): { charts: string | undefined; diagrams: string | undefined } {
  return {
    charts: /charts: \d+ drawn, \d+ reused/.exec(r.output)?.[0],
    diagrams: /diagrams: \d+ rendered, \d+ reused from cache/.exec(r.output)?.[0],
  };
}

async function build(dir: string, what: string, extra = ''): Promise<BuildResult> {
  const r = extra ? await runIn(dir, `${await npmScript(dir, 'build')} ${extra}`, { timeoutMs: 10 * 60_000 }) : await buildIn(dir, { timeoutMs: 10 * 60_000 });
  if (r.code !== 0) throw buildFailure(what, r);
  return r;
}

describe('the chart cache', () => {
  it('draws every chart cold, none on a rebuild without changes, and only the charts of a changed CSV after one row changed', async () => {
    copy = await copyRepo({ prefix: 'chart-cache-' });
    expect(report(await build(copy.dir, 'The cold build')).charts).toBe(`charts: ${ALL} drawn, 0 reused`);

    const again = report(await build(copy.dir, 'The rebuild without changes'));
    expect(again.charts).toBe(`charts: 0 drawn, ${ALL} reused`);
    expect(again.diagrams).toBe('diagrams: 0 rendered, 1 reused from cache');

    const csv = join(copy.dir, 'data', 'retrieval-qa', 'answers.csv');
    const text = await readFile(csv, 'utf8');
    expect(text.split(/\r?\n/)).toContain(ROW);
    await writeFile(csv, text.replace(ROW, CHANGED));
    expect(report(await build(copy.dir, 'The rebuild after one row changed')).charts).toBe(`charts: ${RETRIEVAL_QA} drawn, ${ALL - RETRIEVAL_QA} reused`);

    // --no-cache reads nothing: every chart and the diagram are drawn again.
    const cold = report(await build(copy.dir, 'The build with --no-cache', '--no-cache'));
    expect(cold.charts).toBe(`charts: ${ALL} drawn, 0 reused`);
    expect(cold.diagrams).toBe('diagrams: 1 rendered, 0 reused from cache');
  }, 45 * 60_000);
});
