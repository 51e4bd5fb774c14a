import { describe, expect, it } from 'vitest';
import { completeOpacity } from '../../../src/lib/charts/complete-opacity';

describe('completeOpacity', () => {
  it('appends a fallback of 1 to opacity rules that are all conditional, in nested marks too', () => {
    const spec = {
      marks: [
        { type: 'text', encode: { update: { opacity: [{ test: 'a', value: 0.2 }] } } },
        { type: 'symbol', encode: { update: { opacity: [{ test: 'a', value: 0.2 }, { value: 0.7 }] } } },
        { type: 'group', marks: [{ type: 'rect', encode: { enter: { opacity: [{ test: 'b', value: 0.06 }] } } }] },
      ],
    };
    const out = completeOpacity(spec);
    expect(out.marks[0]?.encode?.update?.opacity).toEqual([{ test: 'a', value: 0.2 }, { value: 1 }]);
    expect(out.marks[1]?.encode?.update?.opacity).toEqual([{ test: 'a', value: 0.2 }, { value: 0.7 }]);
    expect(out.marks[2]?.marks?.[0]?.encode?.enter?.opacity).toEqual([{ test: 'b', value: 0.06 }, { value: 1 }]);
    // The input is untouched.
    expect(spec.marks[0]?.encode?.update?.opacity).toHaveLength(1);
  });
});
