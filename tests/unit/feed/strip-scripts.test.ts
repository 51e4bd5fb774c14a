import { describe, expect, it } from 'vitest';
import { stripScripts } from '../../../src/lib/feed/strip-scripts';

describe('stripScripts', () => {
  it('drops module scripts, JSON islands and classic scripts, keeping everything around them', () => {
    const html =
      '<figure><svg><text>a</text></svg>' +
      '<script type="application/json" data-chart-island>{"a":"<b>"}</script>' +
      '<figcaption>Fig. 1</figcaption></figure>' +
      '<script type="module" src="/home/me/site/src/components/charts/VegaChart.astro?astro&type=script&index=0&lang.ts"></script>' +
      '<p>after</p><SCRIPT>x()</SCRIPT >';
    expect(stripScripts(html)).toBe('<figure><svg><text>a</text></svg><figcaption>Fig. 1</figcaption></figure><p>after</p>');
  });
  it('leaves HTML without scripts as it is, including text that mentions them', () => {
    const html = '<p>Use a &lt;script&gt; tag; <code>noscript</code> and <a href="/scripts/">scripts</a>.</p>';
    expect(stripScripts(html)).toBe(html);
  });
});
