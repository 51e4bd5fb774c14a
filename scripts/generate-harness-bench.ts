/**
 * `npx tsx scripts/generate-harness-bench.ts [--seed N] [--out DIR]`: rebuilds the reconstructed
 * harness-bench data (runs.csv, models.csv, tasks.csv) from the published figures. Same seed,
 * same bytes. See data/harness-bench/README.md for what is published and what is reconstructed.
 */
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { CliError, exitCodeOf } from '../src/lib/cli/cli-error';
import { DEFAULT_SEED, generateHarnessBench } from '../src/benchmarks/harness-bench/generate/generate';

const HELP = `Usage: npx tsx scripts/generate-harness-bench.ts [options]

Reconstructs the harness-bench per-run data so that every published table and
remark is reproduced, checks it, and writes runs.csv, models.csv and tasks.csv.

Options:
  --seed N     non-negative integer seed for the random draws (default ${DEFAULT_SEED})
  --out DIR    output directory (default data/harness-bench)
  -h, --help   show this help
`;

async function main(argv: string[]): Promise<void> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { seed: { type: 'string' }, out: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    }));
  } catch (e) {
    throw new CliError(`${(e as Error).message}\n\n${HELP}`, 2);
  }
  if (values.help) {
    process.stdout.write(HELP);
    return;
  }
  const seedText = values.seed ?? String(DEFAULT_SEED);
  if (!/^\d{1,10}$/.test(seedText) || Number(seedText) > 0xffffffff) {
    throw new CliError(`--seed must be a whole number from 0 to 4294967295, got "${seedText}".`, 2);
  }
  const seed = Number(seedText);
  const out = values.out ?? join('data', 'harness-bench');

  const started = performance.now();
  const { files, rejected } = generateHarnessBench(seed);
  await mkdir(out, { recursive: true });
  for (const [name, text] of Object.entries(files)) {
    const target = join(out, name);
    const temp = `${target}.tmp-${process.pid}`;
    await writeFile(temp, text, 'utf8');
    await rename(temp, target);
  }
  const ms = Math.round(performance.now() - started);
  const lines = files['runs.csv'].split('\n').length - 2;
  console.log(
    `harness-bench: seed ${seed}, ${lines} runs written to ${out}/ ` +
      `(${rejected} earlier draw${rejected === 1 ? '' : 's'} rejected by the self-check, ${ms} ms)`,
  );
}

main(process.argv.slice(2)).catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(exitCodeOf(err));
});
