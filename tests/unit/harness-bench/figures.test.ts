import type { TopLevelSpec } from 'vega-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIGURES, harnessBenchFigures, type FigureName } from '../../../src/benchmarks/harness-bench/figures';
import { harnessBenchDatasets } from '../../../src/benchmarks/harness-bench/load';
import type { ChartModel } from '../../../src/lib/charts/chart-kind';
import { isObject, specObject, type JsonObject } from '../../../src/lib/charts/json';
import { unitFields, unitViews } from '../../../src/lib/charts/vl-units';
import { compileToVega } from '../../../src/lib/render/compile-to-vega';
import { VEGA_LITE_SCHEMA } from '../../../src/lib/specs/common';
import { FIXTURE_DIR, SHIPPED_DIR, vegaLiteValidators } from '../specs/support';

// Expected values come from the published write-up (shared/reference/harness-bench-published.md),
// typed in by hand.

type Row = Record<string, unknown>;

async function figures(dir: string, choice = {}): Promise<Map<FigureName, ChartModel>> {
  const built = await harnessBenchFigures(await harnessBenchDatasets(dir), choice);
  return new Map(built.figures.map((f) => [f.name, f.model]));
}

function rows(model: ChartModel | undefined): Row[] {
  const data = model ? specObject(model.spec)['data'] : undefined;
  if (!isObject(data) || !Array.isArray(data['values'])) throw new Error('no inline data');
  return data['values'] as Row[];
}

function sortOf(model: ChartModel | undefined, channel: 'x' | 'y'): unknown {
  const enc = model ? specObject(model.spec)['encoding'] : undefined;
  return isObject(enc) && isObject(enc[channel]) ? enc[channel]['sort'] : undefined;
}

let shipped: Map<FigureName, ChartModel>;
beforeAll(async () => {
  // Compiling the Vega-Lite schema takes seconds on a slow machine; do it once, outside any test's time limit.
  vegaLiteValidators();
  shipped = await figures(SHIPPED_DIR);
}, 120_000);

describe('the write-up\'s figures from the shipped data', () => {
  it('are the six figures, in the original order', () => {
    expect([...shipped.keys()]).toEqual(FIGURES.map((f) => f.name));
  });

  it('task_difficulty lists tasks hardest first, starting with the six published hardest ids in order', () => {
    const order = sortOf(shipped.get('task_difficulty'), 'y') as string[];
    expect(order).toHaveLength(16);
    expect(order.slice(0, 6)).toEqual(['pt3_rope_gqa', 'jax1_complex_lp', 'pt7_prompt_blend', 'pt6_generate_cached', 'rs1_arena', 'pt5_logit_lens']);
    // Both tasks every one of the 85 cells passed, tied at 100%, then by name.
    expect(order.slice(14)).toEqual(['p2_shortest_path', 'sql1_recursive']);
    expect(rows(shipped.get('task_difficulty')).slice(14).map((r) => r['barLabel'])).toEqual(['100.0% (85/85)', '100.0% (85/85)']);
  });

  it('speed_vs_accuracy plots all 85 cells and puts exactly the fastest 15/16 cell and the only 16/16 cell on the frontier', () => {
    const m = shipped.get('speed_vs_accuracy');
    expect(rows(m)).toHaveLength(85);
    // Nothing is faster than gpt-oss-120b + pi (34 s, far left), and only Qwen3.6-27B + pi beats 15/16.
    expect(rows(m).filter((r) => r['onFrontier'] === true).map((r) => [r['label'], r['yText'], r['xText']])).toEqual([
      ['Qwen3.6-27B UD-Q4_K_XL + pi', '16/16, 100.0%', '207'],
      ['gpt-oss-120b MXFP4 + pi', '15/16, 93.8%', '34'],
    ]);
    expect(m?.description).toContain('holds 2 points: gpt-oss-120b MXFP4 + pi (pass rate 15/16, 93.8%; mean agent time per task (s) 34) and Qwen3.6-27B UD-Q4_K_XL + pi (pass rate 16/16, 100.0%; mean agent time per task (s) 207).');
  });

  it('speed_vs_accuracy shows the other published 15/16 cells with their times', () => {
    const tier = rows(shipped.get('speed_vs_accuracy'))
      .filter((r) => String(r['yText']).startsWith('15/16'))
      .map((r) => `${String(r['label'])} ${String(r['xText'])} s`);
    expect(tier.sort()).toEqual(
      [
        'gpt-oss-120b MXFP4 + pi 34 s',
        'Qwen3.6-35B-A3B UD-Q4_K_XL + qwen 108 s',
        'Qwen3.6-35B-A3B Q8_0 + claude 244 s',
        'gemma-4-26B-A4B-it UD-Q4_K_XL + opencode 307 s',
        'Qwen3.6-27B Q8_0 + qwen 395 s',
        'gemma-4-31b-it Q4_K_M + pi 422 s',
        'Qwen3.6-27B Q8_0 + opencode 462 s',
      ].sort(),
    );
  });

  it('size_vs_pass_rate has one point per Q4 model with its published size, family and passes', () => {
    const got = rows(shipped.get('size_vs_pass_rate')).map((r) => [r['model'], r['x'], r['size'], r['family'], String(r['yText']).split(',')[0]]);
    expect(got.sort((a, b) => String(a[0]).localeCompare(String(b[0])))).toEqual(
      [
        ['Qwen3.6-27B', 27, 27, 'Qwen3.6', '66/80'],
        ['gemma-4-31b-it', 31, 31, 'gemma-4', '65/80'],
        ['Qwen3.6-35B-A3B', 35, 3, 'Qwen3.6', '64/80'],
        ['gpt-oss-120b', 117, 5.1, 'gpt-oss', '62/80'],
        ['Qwen3-Coder-Next', 80, 3, 'Qwen3-Coder', '56/80'],
        ['gemma-4-26B-A4B-it', 26, 4, 'gemma-4', '56/80'],
        ['Qwen3.5-35B-A3B', 35, 3, 'Qwen3.5', '55/80'],
        ['Qwen3.5-27B', 27, 27, 'Qwen3.5', '55/80'],
        ['gpt-oss-20b', 21, 3.6, 'gpt-oss', '45/80'],
        ['Qwen3-Omni-30B-A3B-Instruct', 30, 3, 'Qwen3-Omni', '27/80'],
      ].sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    );
  });

  it('harness_ranking ranks the Q4 harnesses as published, each rate inside its interval', () => {
    const m = shipped.get('harness_ranking');
    expect(sortOf(m, 'y')).toEqual(['pi', 'qwen', 'claude', 'opencode', 'aider']);
    expect(rows(m).map((r) => [r['harness'], r['barLabel']])).toEqual([
      ['pi', '76.9% (123/160)'],
      ['qwen', '75.0% (120/160)'],
      ['claude', '66.2% (106/160)'],
      ['opencode', '63.8% (102/160)'],
      ['aider', '62.5% (100/160)'],
    ]);
    for (const r of rows(m)) {
      expect(r['lo'] as number).toBeLessThan(r['value'] as number);
      expect(r['hi'] as number).toBeGreaterThan(r['value'] as number);
    }
  });

  it('model_harness_heatmap orders rows by the Q4 model ranking and columns by the harness ranking', () => {
    const m = shipped.get('model_harness_heatmap');
    expect(sortOf(m, 'y')).toEqual([
      'Qwen3.6-27B',
      'gemma-4-31b-it',
      'Qwen3.6-35B-A3B',
      'gpt-oss-120b',
      // Ties (56/80, then 55/80) by name, code-unit order: upper case before lower case.
      'Qwen3-Coder-Next',
      'gemma-4-26B-A4B-it',
      'Qwen3.5-27B',
      'Qwen3.5-35B-A3B',
      'gpt-oss-20b',
      'Qwen3-Omni-30B-A3B-Instruct',
    ]);
    expect(sortOf(m, 'x')).toEqual(['pi', 'qwen', 'claude', 'opencode', 'aider']);
  });

  it('model_harness_heatmap writes passes in its 50 cells, the published 16/16 and 15/16 ones among them', () => {
    const all = rows(shipped.get('model_harness_heatmap'));
    expect(all).toHaveLength(50);
    const cell = (model: string, harness: string) => all.find((r) => r['model'] === model && r['harness'] === harness)?.['cellText'];
    expect(cell('Qwen3.6-27B', 'pi')).toBe('16/16');
    expect(cell('gemma-4-26B-A4B-it', 'opencode')).toBe('15/16');
    expect(cell('gpt-oss-120b', 'pi')).toBe('15/16');
    expect(cell('Qwen3.6-35B-A3B', 'qwen')).toBe('15/16');
    expect(cell('gemma-4-31b-it', 'pi')).toBe('15/16');
    expect(all.filter((r) => r['cellText'] === '16/16' || r['cellText'] === '15/16')).toHaveLength(5);
  });

  it('q4_vs_q8 pairs the 7 sub-50B models with the published passes and changes, and states the totals', () => {
    const m = shipped.get('q4_vs_q8');
    expect(m?.table.rows.map((r) => [r[0], r[1]?.split(',')[0], r[2]?.split(',')[0], r[3]]).sort((x, y) => String(x[0]).localeCompare(String(y[0])))).toEqual(
      [
        ['Qwen3.6-35B-A3B', '64/80', '66/80', '+2'],
        ['Qwen3.6-27B', '66/80', '65/80', '-1'],
        ['gemma-4-31b-it', '65/80', '59/80', '-6'],
        ['Qwen3.5-27B', '55/80', '52/80', '-3'],
        ['Qwen3.5-35B-A3B', '55/80', '51/80', '-4'],
        ['Qwen3-Coder-Next', '56/80', '55/80', '-1'],
        ['gpt-oss-20b', '45/80', '52/80', '+7'],
      ].sort((x, y) => String(x[0]).localeCompare(String(y[0]))),
    );
    expect(m?.description).toContain('in total 406/560, 72.5% to 400/560, 71.4% (-6).');
  });
});

describe('choosing the sweeps', () => {
  it('leaves the slope chart out of a single-sweep benchmark, and pairs named sweeps', async () => {
    const fixture = await figures(FIXTURE_DIR, { a: 'base', b: 'tuned' });
    expect([...fixture.keys()]).toContain('q4_vs_q8');
    expect(fixture.get('q4_vs_q8')?.description).toContain('from sweep base (left) to tuned (right)');
  });

  it('names the sweeps there are for a sweep that has none', async () => {
    // The first figure that takes the primary sweep is the size chart.
    await expect(figures(SHIPPED_DIR, { primary: 'q5' })).rejects.toThrow('<Scatter>: sweep="q5" has no runs; the sweeps are "q4", "q8".');
  });
});

for (const [label, dir] of [
  ['shipped data', SHIPPED_DIR],
  ['other-sweep fixture', FIXTURE_DIR],
] as const) {
  describe(`figure specs of the ${label}`, () => {
    let all: Map<FigureName, ChartModel>;
    beforeAll(async () => {
      all = label === 'shipped data' ? shipped : await figures(dir, { a: 'base', b: 'tuned' });
    }, 120_000);

    it('are valid against the Vega-Lite JSON schema, with a schema, a title, a description and inline data', () => {
      const { spec: validate } = vegaLiteValidators();
      for (const [name, m] of all) {
        expect(validate(m.spec), `${name}: ${JSON.stringify(validate.errors?.slice(0, 3))}`).toBe(true);
        const json = specObject(m.spec);
        expect(json['$schema']).toBe(VEGA_LITE_SCHEMA);
        expect(typeof json['title']).toBe('string');
        expect(String(json['description']).length).toBeGreaterThan(40);
        expect(rows(m).length).toBeGreaterThan(0);
      }
    });

    it('compile in both themes without a Vega-Lite warning', () => {
      for (const [name, m] of all) {
        for (const theme of ['light', 'dark'] as const) {
          const warnings: string[] = [];
          const vg = compileToVega(m.spec, theme, { warn: (w) => warnings.push(w) });
          expect(warnings, name).toEqual([]);
          expect(vg.marks?.length).toBeGreaterThan(0);
        }
      }
    });

    it('give every mark a tooltip whose fields are in its data', () => {
      for (const [name, m] of all) {
        for (const view of unitViews(specObject(m.spec))) {
          const t = view.encoding['tooltip'];
          const fields = (Array.isArray(t) ? t : []).flatMap((d: unknown) => (isObject(d) && typeof d['field'] === 'string' ? [d['field']] : []));
          expect(fields.length, `${name}: ${view.mark} mark has no tooltip`).toBeGreaterThan(0);
          for (const f of fields) expect(unitFields(view).has(f), `${name}: tooltip field ${f} is not in the data`).toBe(true);
        }
      }
    });

    it('are plain JSON, theme-neutral: no config, background or page colours', () => {
      for (const m of all.values()) {
        const text = JSON.stringify(m.spec);
        expect(JSON.parse(text) as TopLevelSpec).toEqual(m.spec);
        expect((m.spec as unknown as JsonObject)['config']).toBeUndefined();
        for (const colour of ['#0f1419', '#e6edf3', '#1b1f24']) expect(text).not.toContain(colour);
      }
    });
  });
}
