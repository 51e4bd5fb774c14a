import type { TopLevelSpec } from 'vega-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { unitViews, unitFields } from '../../../src/lib/charts/vl-units';
import { isObject, specObject, type JsonObject } from '../../../src/lib/charts/json';
import { compileToVega } from '../../../src/lib/render/compile-to-vega';
import { chooseSweeps, figureSpecs, FIGURE_NAMES } from '../../../src/lib/specs/figure-specs';
import { VEGA_LITE_SCHEMA } from '../../../src/lib/specs/common';
import { FIXTURE_DIR, SHIPPED_DIR, bench, vegaLiteValidators } from './support';

/**
 * A field the chart positions or colours by, and the tooltip field that shows it: numbers are
 * shown pre-formatted (rate as "81.2%"), positions of labels are layout, not data.
 */
const SHOWN_AS: Record<string, string | null> = {
  rate: 'rateLabel',
  passed: 'passesLabel',
  avgTimeS: 'timeLabel',
  ciLo: 'ciLabel',
  ciHi: 'ciLabel',
  totalParamsB: 'paramsLabel',
  activeParamsB: 'paramsLabel',
  labelRate: null,
  labelX: null,
  onFrontier: 'frontierLabel',
  row: 'model',
  delta: 'deltaLabel',
  // Text labels built from fields the tooltip shows on their own.
  barLabel: 'rateLabel',
  endLabel: 'passesLabel',
};

function tooltipFields(encoding: JsonObject): Set<string> {
  const t = encoding['tooltip'];
  const list = Array.isArray(t) ? t : t === undefined ? [] : [t];
  return new Set(list.flatMap((d) => (isObject(d) && typeof d['field'] === 'string' ? [d['field']] : [])));
}

function encodedFields(encoding: JsonObject): string[] {
  const out: string[] = [];
  for (const [channel, def] of Object.entries(encoding)) {
    if (channel === 'tooltip') continue;
    if (isObject(def) && typeof def['field'] === 'string') out.push(def['field']);
  }
  return out;
}

// Compiling the Vega-Lite schema takes seconds on a slow machine; do it once, outside any test's time limit.
beforeAll(() => {
  vegaLiteValidators();
}, 120_000);

for (const [label, dir] of [
  ['shipped data', SHIPPED_DIR],
  ['other-sweep fixture', FIXTURE_DIR],
] as const) {
  describe(`figure specs of the ${label}`, async () => {
    const b = await bench(dir);
    const figures = figureSpecs(b, chooseSweeps(b.runs));

    it('are the six figures, in order', () => {
      expect(figures.map((f) => f.name)).toEqual([...FIGURE_NAMES]);
    });

    for (const { name, spec } of figures) {
      describe(name, () => {
        const json = specObject(spec);

        it('is valid against the Vega-Lite JSON schema', () => {
          const validate = vegaLiteValidators().spec;
          const ok = validate(json);
          expect(validate.errors ?? [], JSON.stringify(validate.errors?.slice(0, 3))).toEqual([]);
          expect(ok).toBe(true);
        });

        it('has a schema, a title, a description and inline data', () => {
          expect(json['$schema']).toBe(VEGA_LITE_SCHEMA);
          expect(typeof json['title']).toBe('string');
          expect(String(json['description']).length).toBeGreaterThan(40);
          const data = json['data'];
          expect(isObject(data) && Array.isArray(data['values']) && data['values'].length > 0).toBe(true);
        });

        it('compiles in both themes without a Vega-Lite warning', () => {
          for (const theme of ['light', 'dark'] as const) {
            const warnings: string[] = [];
            const vg = compileToVega(spec, theme, { warn: (m) => warnings.push(m) });
            expect(warnings).toEqual([]);
            expect(vg.marks?.length).toBeGreaterThan(0);
          }
        });

        it('gives every mark a tooltip showing each field it encodes', () => {
          const views = unitViews(json);
          expect(views.length).toBeGreaterThan(0);
          for (const view of views) {
            const tips = tooltipFields(view.encoding);
            expect(tips.size, `${view.mark} mark has no tooltip`).toBeGreaterThan(0);
            for (const field of encodedFields(view.encoding)) {
              const shown = field in SHOWN_AS ? SHOWN_AS[field] : field;
              if (shown === null || shown === undefined) continue;
              expect(tips.has(shown), `${view.mark} mark encodes ${field} but its tooltip lacks ${shown}`).toBe(true);
            }
            for (const field of tips) expect(unitFields(view).has(field), `tooltip field ${field} is not in the data`).toBe(true);
          }
        });

        it('carries a model field on every mark about a model', () => {
          const views = unitViews(json);
          const aboutModels = ['speed_vs_accuracy', 'size_vs_pass_rate', 'model_harness_heatmap', 'q4_vs_q8'].includes(name);
          for (const view of views) expect(unitFields(view).has('model')).toBe(aboutModels);
        });
      });
    }
  });
}

describe('figure specs are theme-neutral', () => {
  it('carry no config, background or colours of a theme', async () => {
    const b = await bench(SHIPPED_DIR);
    for (const { spec } of figureSpecs(b, chooseSweeps(b.runs))) {
      const text = JSON.stringify(spec);
      expect((spec as unknown as JsonObject)['config']).toBeUndefined();
      expect((spec as unknown as JsonObject)['background']).toBeUndefined();
      for (const colour of ['#0f1419', '#e6edf3', '#1b1f24']) expect(text).not.toContain(colour);
    }
  });

  it('are plain JSON (no functions or undefined values lost in a round trip)', async () => {
    const b = await bench(SHIPPED_DIR);
    for (const { spec } of figureSpecs(b, chooseSweeps(b.runs))) {
      expect(JSON.parse(JSON.stringify(spec)) as TopLevelSpec).toEqual(spec);
    }
  });
});
