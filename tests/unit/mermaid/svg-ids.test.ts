import { describe, expect, it } from 'vitest';
import { renameIdPrefix, scopeSvgIds } from '../../../src/lib/mermaid/scope-svg-ids';
import { withAccessibleName } from '../../../src/lib/mermaid/svg-accessible-name';
import { withRootClass } from '../../../src/lib/mermaid/svg-root-class';
import { diagramSvgId } from '../../../src/lib/mermaid/render-config';

describe('scopeSvgIds', () => {
  it('prefixes ids Mermaid left bare and rewrites every reference to them', () => {
    const svg =
      '<svg id="p" aria-labelledby="chart-title-p" aria-describedby="chart-desc-p">' +
      '<title id="chart-title-p">T</title><desc id="chart-desc-p">D</desc>' +
      '<style>#p .x{fill:url(#grad)}</style>' +
      '<defs><linearGradient id="grad"></linearGradient></defs>' +
      '<path id="L_A_B_0" marker-end="url(#p_arrow)"></path><use href="#L_A_B_0"></use><use xlink:href="#grad"></use>' +
      '<marker id="p_arrow"></marker></svg>';
    expect(scopeSvgIds(svg, 'p')).toBe(
      '<svg id="p" aria-labelledby="p-chart-title-p" aria-describedby="p-chart-desc-p">' +
        '<title id="p-chart-title-p">T</title><desc id="p-chart-desc-p">D</desc>' +
        '<style>#p .x{fill:url(#p-grad)}</style>' +
        '<defs><linearGradient id="p-grad"></linearGradient></defs>' +
        '<path id="p-L_A_B_0" marker-end="url(#p_arrow)"></path><use href="#p-L_A_B_0"></use><use xlink:href="#p-grad"></use>' +
        '<marker id="p_arrow"></marker></svg>',
    );
  });

  it('never merges a bare id into one Mermaid already prefixed', () => {
    // Mermaid emits both "p-L_A_B_0" (the edge) and "L_A_B_0" (its label) in one SVG.
    const svg = '<svg id="p"><path id="p-L_A_B_0"></path><g id="L_A_B_0"></g></svg>';
    expect(scopeSvgIds(svg, 'p')).toBe('<svg id="p"><path id="p-L_A_B_0"></path><g id="p-L_A_B_0-2"></g></svg>');
  });

  it('leaves an SVG whose ids are all scoped untouched', () => {
    const svg = '<svg id="p"><g id="p-a"></g><g id="p_b"></g></svg>';
    expect(scopeSvgIds(svg, 'p')).toBe(svg);
  });

  it('renameIdPrefix moves every scoped id and reference to a new prefix', () => {
    const svg = '<svg id="mmd-1-light"><style>#mmd-1-light{}</style><g id="mmd-1-light-x" filter="url(#mmd-1-light-f)"></g></svg>';
    expect(renameIdPrefix(svg, 'mmd-1-light', 'mmd-1-2-light')).toBe(
      '<svg id="mmd-1-2-light"><style>#mmd-1-2-light{}</style><g id="mmd-1-2-light-x" filter="url(#mmd-1-2-light-f)"></g></svg>',
    );
  });
});

describe('diagramSvgId', () => {
  it('uses the first 8 hex digits of the hash, the theme, and the copy number after the first', () => {
    expect(diagramSvgId('0123456789abcdef', 'light')).toBe('mmd-01234567-light');
    expect(diagramSvgId('0123456789abcdef', 'dark', 1)).toBe('mmd-01234567-dark');
    expect(diagramSvgId('0123456789abcdef', 'dark', 3)).toBe('mmd-01234567-3-dark');
  });
});

describe('withAccessibleName', () => {
  it('labels an SVG that has no name', () => {
    expect(withAccessibleName('<svg id="a"><g></g></svg>')).toBe('<svg aria-label="Diagram" id="a"><g></g></svg>');
  });
  it('keeps the title Mermaid linked from accTitle', () => {
    const svg = '<svg id="a" aria-labelledby="t"><title id="t">Flow</title></svg>';
    expect(withAccessibleName(svg)).toBe(svg);
  });
  it('escapes the fallback label', () => {
    expect(withAccessibleName('<svg></svg>', 'A "b" & <c>')).toBe('<svg aria-label="A &quot;b&quot; &amp; &lt;c>"></svg>');
  });
});

describe('withRootClass', () => {
  it('appends to the classes Mermaid set on the root only', () => {
    expect(withRootClass('<svg class="flowchart"><g class="node"></g></svg>', ['diagram-light', 'only-light'])).toBe(
      '<svg class="flowchart diagram-light only-light"><g class="node"></g></svg>',
    );
  });
  it('adds a class attribute when there is none', () => {
    expect(withRootClass('<svg id="a"><g class="x"></g></svg>', ['diagram-dark'])).toBe('<svg class="diagram-dark" id="a"><g class="x"></g></svg>');
  });
});
