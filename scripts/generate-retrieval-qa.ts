/**
 * `npx tsx scripts/generate-retrieval-qa.ts`: writes the SYNTHETIC example data of the
 * retrieval-QA write-up (data/retrieval-qa/answers.csv and models.csv). Nothing in it was
 * measured: models, scores and costs are invented by a seeded generator, so that the example
 * post has data of a shape other than harness-bench's. Same seed, same bytes.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { toCsv } from '../src/lib/charts/to-csv';
import { formatDecimal } from '../src/lib/format';
import { Xoshiro128StarStar } from '../src/lib/stats/xoshiro128-star-star';

const SEED = 20261202;
const OUT = 'data/retrieval-qa';

/** Fictional models: name, parameters (billions), price per 1k tokens (USD), how faithful and helpful they tend to be. */
const MODELS = [
  { model: 'Atlas-8B', params_b: 8, open_weights: true, price: 0.0002, skill: 0.55, help: 3.1 },
  { model: 'Boreal-70B', params_b: 70, open_weights: true, price: 0.0009, skill: 0.78, help: 3.8 },
  { model: 'Cirrus-MoE', params_b: 141, open_weights: true, price: 0.0006, skill: 0.74, help: 3.6 },
  { model: 'Dune-Pro', params_b: 400, open_weights: false, price: 0.003, skill: 0.86, help: 4.2 },
] as const;
/** Retrievers and how much they add to the chance of a faithful answer, and the context tokens they bring. */
const RETRIEVERS = [
  { retriever: 'bm25', lift: -0.12, tokens: 3000 },
  { retriever: 'dense', lift: 0, tokens: 4000 },
  { retriever: 'hybrid', lift: 0.08, tokens: 5000 },
] as const;
/** Question sets and how hard they are. */
const DATASETS = [
  { dataset: 'contracts', hardness: 0.12 },
  { dataset: 'clinical', hardness: 0.05 },
  { dataset: 'filings', hardness: 0 },
] as const;
const QUESTIONS_PER_DATASET = 12;

function main(): Promise<void> {
  const rng = Xoshiro128StarStar.fromSeed(SEED);
  const uniform = (): number => rng.nextUint32() / 2 ** 32;
  const rows: Array<Array<string | number>> = [];
  for (const d of DATASETS) {
    for (let q = 1; q <= QUESTIONS_PER_DATASET; q++) {
      const question = `${d.dataset}-${String(q).padStart(2, '0')}`;
      // Some questions are harder than others for every model: the reason to pair by question.
      const own = (uniform() - 0.5) * 0.3;
      for (const m of MODELS) {
        for (const r of RETRIEVERS) {
          const p = Math.min(0.97, Math.max(0.03, m.skill + r.lift - d.hardness - own));
          const faithful = uniform() < p ? 1 : 0;
          const help = Math.round(Math.min(5, Math.max(1, m.help + (faithful ? 0.4 : -0.6) + (uniform() - 0.5) * 1.6)));
          const tokens = r.tokens + Math.round(uniform() * 800);
          const cost = (tokens / 1000) * m.price;
          const latency = (0.4 + (m.params_b / 100) * 0.9 + tokens / 6000) * (0.8 + uniform() * 0.4);
          rows.push([question, d.dataset, m.model, r.retriever, faithful, help, formatDecimal(cost, 5), formatDecimal(latency, 2)]);
        }
      }
    }
  }
  const answers = toCsv(['question', 'dataset', 'model', 'retriever', 'faithful', 'helpfulness', 'cost_usd', 'latency_s'], rows, '\n');
  const models = toCsv(['model', 'params_b', 'open_weights'], MODELS.map((m) => [m.model, m.params_b, m.open_weights]), '\n');
  return mkdir(OUT, { recursive: true }).then(async () => {
    await writeFile(join(OUT, 'answers.csv'), answers);
    await writeFile(join(OUT, 'models.csv'), models);
    process.stdout.write(`wrote ${rows.length} answers and ${MODELS.length} models to ${OUT}/\n`);
  });
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
