import type { DiagramTheme } from './render-config';
import { scopeSvgIds } from './scope-svg-ids';
import { withAccessibleName } from './svg-accessible-name';
import { withRootClass } from './svg-root-class';

/**
 * Turns Mermaid's SVG into what the page inlines: ids scoped to this copy, an accessible name,
 * and the classes the site's CSS uses to show only the copy matching the current theme.
 */
export function finishSvg(svg: string, svgId: string, theme: DiagramTheme): string {
  return withRootClass(withAccessibleName(scopeSvgIds(svg, svgId)), [`diagram-${theme}`, `only-${theme}`]);
}
