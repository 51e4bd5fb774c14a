import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv, { type ValidateFunction } from 'ajv';
import { loadBenchmark } from '../../../src/lib/data/load-benchmark';
import type { Benchmark, ModelInfo, Run, TaskInfo } from '../../../src/lib/data/types';

export const SHIPPED_DIR = fileURLToPath(new URL('../../../data/harness-bench', import.meta.url));
export const FIXTURE_DIR = fileURLToPath(new URL('../../fixtures/other-sweep', import.meta.url));

const cache = new Map<string, Promise<Benchmark>>();
export function bench(dir: string): Promise<Benchmark> {
  let b = cache.get(dir);
  if (b === undefined) cache.set(dir, (b = loadBenchmark(dir)));
  return b;
}

let validators: { spec: ValidateFunction; config: ValidateFunction } | undefined;

/** Validators for a Vega-Lite top-level spec and for a Vega-Lite config, from the installed schema. */
export function vegaLiteValidators(): { spec: ValidateFunction; config: ValidateFunction } {
  if (validators) return validators;
  const schemaPath = fileURLToPath(new URL('../../../node_modules/vega-lite/build/vega-lite-schema.json', import.meta.url));
  const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as Record<string, unknown>;
  // The schema uses keywords and union types that strict mode rejects; it is still checked in full.
  const ajv = new Ajv({ strict: false, allowUnionTypes: true, allErrors: true });
  ajv.addSchema(schema, 'vl');
  validators = { spec: ajv.getSchema('vl') as ValidateFunction, config: ajv.compile({ $ref: 'vl#/definitions/Config' }) };
  return validators;
}

/** A small benchmark built in memory: one run per (sweep, model, harness, task). */
export function tinyBench(opts: {
  models: ReadonlyArray<Omit<ModelInfo, 'family'> & { family?: string; quant?: string }>;
  harnesses: readonly string[];
  tasks: readonly string[];
  sweeps?: readonly string[];
  passed: (model: string, harness: string, task: string, sweep: string) => boolean;
  time?: (model: string, harness: string, task: string, sweep: string) => number;
}): Benchmark {
  const runs: Run[] = [];
  for (const sweep of opts.sweeps ?? ['s1']) {
    for (const m of opts.models) {
      for (const harness of opts.harnesses) {
        for (const task of opts.tasks) {
          runs.push({
            sweep,
            model: m.model,
            quant: m.quant ?? 'Q4',
            harness,
            task,
            seed: 0,
            passed: opts.passed(m.model, harness, task, sweep),
            agentTimeS: opts.time?.(m.model, harness, task, sweep) ?? 100,
            graderMentions: 0,
            graderAccess: 'none',
          });
        }
      }
    }
  }
  const models = opts.models.map((m) => ({ model: m.model, family: m.family ?? 'f', totalParamsB: m.totalParamsB, activeParamsB: m.activeParamsB }));
  const tasks: TaskInfo[] = opts.tasks.map((task) => ({ task, language: 'Python' }));
  return { dir: 'memory', runs, models, tasks };
}
