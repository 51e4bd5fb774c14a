import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv, { type ValidateFunction } from 'ajv';

export const SHIPPED_DIR = fileURLToPath(new URL('../../../data/harness-bench', import.meta.url));
export const FIXTURE_DIR = fileURLToPath(new URL('../../fixtures/other-sweep', import.meta.url));

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

/** The write-up's six figure specs drawn from a harness-bench-shaped folder (the fixture pairs base with tuned). */
export async function harnessSpecs(dir: string): Promise<Array<{ name: string; spec: import('vega-lite').TopLevelSpec }>> {
  const { harnessBenchFigures } = await import('../../../src/benchmarks/harness-bench/figures');
  const { harnessBenchDatasets } = await import('../../../src/benchmarks/harness-bench/load');
  const choice = dir === FIXTURE_DIR ? { a: 'base', b: 'tuned' } : {};
  const built = await harnessBenchFigures(await harnessBenchDatasets(dir), choice);
  return built.figures.map((f) => ({ name: f.name, spec: f.model.spec }));
}
