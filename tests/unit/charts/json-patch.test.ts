import { describe, expect, it } from 'vitest';
import { applyPatch, diffJson } from '../../../src/lib/charts/json-patch';

describe('diffJson and applyPatch', () => {
  const light = { config: { background: '#ffffff', axis: { labelColor: '#57606a', grid: true } }, marks: [{ type: 'rect', fill: 'a' }, { type: 'text' }], data: [{ name: 's', values: [1, 2] }] };
  const dark = { config: { background: '#0f1419', axis: { labelColor: '#9da7b3', grid: true }, extra: null }, marks: [{ type: 'rect', fill: 'b' }, { type: 'text' }], data: [{ name: 's', values: [1, 2] }] };

  it('describes two themes of a spec by the few values that differ', () => {
    expect(diffJson(light, dark)).toEqual([
      { p: ['config', 'background'], v: '#0f1419' },
      { p: ['config', 'axis', 'labelColor'], v: '#9da7b3' },
      { p: ['config', 'extra'], v: null },
      { p: ['marks', 0, 'fill'], v: 'b' },
    ]);
  });

  it('round-trips: applying the diff of a and b to a gives b, without touching a', () => {
    const before = JSON.stringify(light);
    expect(applyPatch(light, diffJson(light, dark))).toEqual(dark);
    expect(JSON.stringify(light)).toBe(before);
    const shorter = { ...light, marks: [{ type: 'rect' }] };
    expect(applyPatch(light, diffJson(light, shorter))).toEqual(shorter);
    const fewer = { marks: light.marks };
    expect(applyPatch(light, diffJson(light, fewer))).toEqual(fewer);
    expect(applyPatch(light, diffJson(light, [1, 2]))).toEqual([1, 2]);
  });

  it('refuses a patch that does not fit the value', () => {
    expect(() => applyPatch({ a: 1 }, [{ p: ['b', 'c'], v: 1 }])).toThrow(/no container at \["b","c"\]/);
  });
});
